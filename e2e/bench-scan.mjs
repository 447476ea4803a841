// A benchmark, not a test: how fast the workshop reads QR codes in headless
// Chromium through its WebAssembly reader in a worker. Prints the median
// time to read one 640x480 frame holding a participant's QR code (50
// frames, posted one after another as the scanner does), with the CPU at
// full speed and slowed 4x, and the longest main-thread task while the
// camera scans three codes. (Chromium's CPU throttling slows the page,
// not the worker: the 4x frame time is close to the full-speed one.) Needs a release build in dist/ (scripts/build).
//   node e2e/bench-scan.mjs
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, phone, ready, qrOfResult, pictures, y4m } from './harness.js';

const server = await serve();
const maker = await launch();
const qrs = [];
for (const known of [[5, 5], [3, 2], [4, 4]]) qrs.push(await qrOfResult(maker, server, { known, answers: Array(14).fill(4) }));
const frames = await pictures(maker, qrs.map((q) => q.svg), { width: 640, height: 480, side: 300 });
await maker.close();
const dir = await mkdtemp(join(tmpdir(), 'litmus-bench-scan-'));
const video = join(dir, 'room.y4m');
await writeFile(video, y4m(frames.map((f) => f.grey), 640, 480));

const browser = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
const context = await phone(browser, { permissions: ['camera'] });
const page = await context.newPage();
await page.goto(server.url + 'workshop/');
await ready(page);
const cdp = await context.newCDPSession(page);
const grey = [...frames[2].grey];
for (const rate of [1, 4]) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const times = await page.evaluate(async (grey) => {
    const url = document.querySelector('meta[name=litmus-scan]').content;
    const worker = new Worker(url);
    const times = [];
    for (let i = 0; i < 51; i++) {
      const rgba = new Uint8ClampedArray(640 * 480 * 4);
      for (let p = 0; p < grey.length; p++) rgba.fill(grey[p], 4 * p, 4 * p + 3), (rgba[4 * p + 3] = 255);
      const start = performance.now();
      const codes = await new Promise((done) => {
        worker.onmessage = (e) => done(e.data.codes);
        worker.postMessage({ width: 640, height: 480, pixels: rgba.buffer }, [rgba.buffer]);
      });
      if (codes.length !== 1) throw new Error(`frame ${i}: ${codes.length} codes read`);
      if (i > 0) times.push(performance.now() - start); // the first includes loading the reader
    }
    worker.terminate();
    return times.sort((a, b) => a - b);
  }, grey);
  const median = times[Math.floor(times.length / 2)];
  console.log(`CPU ${rate}x: a 640x480 frame read in ${median.toFixed(1)} ms (median of ${times.length}), ${(1000 / median).toFixed(0)} frames a second`);
}

// The main thread while the camera scans, at 4x: the longest task.
await page.evaluate(() => {
  window.__tasks = [];
  new PerformanceObserver((l) => window.__tasks.push(...l.getEntries().map((e) => [Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask' });
});
const clicked = await page.evaluate(() => performance.now());
await page.click('text=Scan QR codes with the camera');
await page.waitForSelector('[data-testid=counts]:has-text("3 valid")', { timeout: 60_000 });
const tasks = await page.evaluate(() => window.__tasks);
// The click itself (drawing the preview, opening the camera, starting the
// worker) is one task; reading frames must add none.
const reading = tasks.filter(([at]) => at > clicked + 500);
const start = tasks.filter(([at]) => at <= clicked + 500).map(([, d]) => d);
console.log(`while scanning at 4x: the click's task ${start.length ? Math.max(...start) + ' ms' : 'under 50 ms'}; ${reading.length} task(s) over 50 ms while frames were read${reading.length ? ` (longest ${Math.max(...reading.map(([, d]) => d))} ms)` : ''}`);
await browser.close();
await server.close();
