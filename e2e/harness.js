// Shared by the end-to-end tests: a static server for the release build on
// localhost, Debian's Chromium through playwright-core, and an axe-core scan.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.LITMUS_DIST || join(here, '..', 'dist');
const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
};

const BROTLI = { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } };

/** Serves DIST (or the folder `root()` names at each request) on a free
 * localhost port. Returns { url, close }. Extra pages can be served from
 * memory: `pages` maps a path to its text (HTML, or by the path's extension). With `brotli`, bodies go out
 * brotli-compressed (quality 11) to clients that accept it, as any static
 * host or CDN would serve them. With `cors`, every response carries
 * `Access-Control-Allow-Origin: *`, as a host must for a widget in a frame
 * sandboxed without `allow-same-origin`. */
export async function serve(root = DIST, { host = '127.0.0.1', pages = {}, brotli = false, cors = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (cors) res.setHeader('access-control-allow-origin', '*');
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] || TYPES['.html'] });
      return res.end(pages[path]);
    }
    let file = join(typeof root === 'function' ? root() : root, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const headers = { 'content-type': TYPES[extname(file)] || 'application/octet-stream' };
      let body = await readFile(file);
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
        if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body, BROTLI));
        body = compressed.get(file);
        headers['content-encoding'] = 'br';
        headers.vary = 'accept-encoding';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  const close = () => new Promise((ok) => {
    server.close(ok);
    // Service workers and keep-alive hold connections open; end them.
    server.closeAllConnections();
  });
  return { url: `http://${host}:${port}/`, close };
}

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--disable-quic',
];

/** Launches Debian's Chromium, with any extra flags. */
export function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

/** A phone-sized context (390x844, touch). */
export function phone(browser, extra = {}) {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, ...extra });
}

/** Runs axe-core on the page; returns the violations (empty is good). */
export async function axe(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) {
    await page.evaluate(AXE_SOURCE);
  }
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/** Waits until the app has replaced the static shell. */
export async function ready(page) {
  await page.waitForSelector('#step-heading');
}

/** Completes the leadership-trust check on `page`, from its welcome screen
 * to the results, with the mouse: `known` experiences ticked per colleague
 * (its length is the team size), `answers` per item (1-5; 0 = prefer not),
 * optional private `labels`, and a private `keyword` on each colleague's
 * first experience. Returns when the results show. */
export async function completeCheck(page, { known = [5], answers = Array(14).fill(4), labels = [], keyword } = {}) {
  await page.click('button[type=submit]');
  await page.fill('#team-size', String(known.length));
  for (const [i, label] of labels.entries()) await page.fill(`#label-${i}`, label);
  await page.click('button[type=submit]');
  for (const k of known) {
    for (let s = 0; s < k; s++) await page.check(`#slot-${s}`);
    if (keyword) await page.fill('#keyword-0', keyword);
    await page.click('button[type=submit]');
  }
  for (const [i, a] of answers.entries()) {
    await page.click(`label[for=q${i}-${a === 0 ? 'skip' : a}]`);
    await page.click('button[type=submit]');
  }
  await page.waitForSelector('[data-testid=trust-index]');
}

/** The share link of the result on screen. */
export async function shareLink(page) {
  await page.click('text=Share or save this result');
  return page.inputValue('[data-testid=share-link]');
}

/** A completed check's share link and its QR code as the share sheet draws
 * it (an SVG), in a fresh phone context of `browser`. */
export async function qrOfResult(browser, server, { known, answers }) {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await completeCheck(page, { known, answers });
  const link = await shareLink(page);
  const svg = await page.$eval('svg.qr', (e) => e.outerHTML);
  await context.close();
  return { link, svg };
}

/** Greyscale pictures (one byte per pixel) of QR code SVGs drawn side by
 * side on white, `side` pixels each, rendered in the browser. */
export async function pictures(browser, svgs, { width, height, side, perPicture = 1 }) {
  const page = await (await phone(browser)).newPage();
  const out = await page.evaluate(async ({ svgs, width, height, side, perPicture }) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d');
    const images = [];
    for (const svg of svgs) {
      const img = new Image();
      const sized = svg.replace('<svg', `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"`);
      img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(sized);
      await img.decode();
      images.push(img);
    }
    const result = [];
    for (let at = 0; at < images.length; at += perPicture) {
      g.fillStyle = '#fff';
      g.fillRect(0, 0, width, height);
      const group = images.slice(at, at + perPicture);
      const gap = (width - group.length * side) / (group.length + 1);
      group.forEach((img, k) => g.drawImage(img, gap + k * (side + gap), (height - side) / 2, side, side));
      const rgba = g.getImageData(0, 0, width, height).data;
      let grey = '';
      for (let i = 0; i < width * height; i++) {
        grey += String.fromCharCode(Math.round(0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2]));
      }
      result.push({ grey: btoa(grey), png: canvas.toDataURL('image/png').split(',')[1] });
    }
    return result;
  }, { svgs, width, height, side, perPicture });
  await page.context().close();
  return out.map((p) => ({ grey: Buffer.from(p.grey, 'base64'), png: Buffer.from(p.png, 'base64') }));
}

/** A Y4M video (what Chromium's fake camera plays, looping): each picture
 * held for a second, with blank frames between. */
export function y4m(frames, width, height) {
  const blank = Buffer.alloc(width * height, 255);
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts = [Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)];
  for (const y of [blank, ...frames.flatMap((f) => [...Array(10).fill(f), blank, blank, blank])]) {
    parts.push(Buffer.from('FRAME\n'), y, chroma);
  }
  return Buffer.concat(parts);
}

/** Every text a person reads in the app now: its text nodes, accessible
 * names given by aria-label, and placeholders. */
export function texts(page, root = '#app', attributes = ['aria-label', 'placeholder']) {
  return page.evaluate(([root, attributes]) => {
    const out = new Set();
    const app = document.querySelector(root);
    const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      if (walker.currentNode.parentElement.closest('script, style, [hidden]')) continue;
      const text = walker.currentNode.textContent.replace(/\s+/g, ' ').trim();
      if (text) out.add(text);
    }
    for (const e of app.querySelectorAll(attributes.map((a) => `[${a}]`).join(', '))) {
      if (e.closest('[hidden]')) continue;
      for (const a of attributes) if (e.getAttribute(a)) out.add(e.getAttribute(a));
    }
    return [...out];
  }, [root, attributes]);
}

/** A value question result's share link, made on a fresh phone: `role` 0
 * the manager, 1 a team member; `answers` the four fundamentals' (1-5). */
export async function valueLink(browser, server, role, answers) {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url + '#value');
  await ready(page);
  const heading = (await page.textContent('#step-heading')).trim();
  if (heading !== 'The value question') throw new Error(`#value opened "${heading}"`);
  await page.click('button[type=submit]');
  await page.click(`label[for=role-${role}]`);
  await page.click('button[type=submit]');
  // Each role is asked its own statements.
  const first = await page.textContent('legend.statement');
  const expected = role === 0 ? /^I bring real value to my team in developing talent/ : /^My manager brings real value/;
  if (!expected.test(first)) throw new Error(`role ${role} was asked "${first}"`);
  for (const [i, a] of answers.entries()) {
    await page.click(`label[for=q${i}-${a}]`);
    await page.click('button[type=submit]');
  }
  await page.waitForSelector('[data-testid=trust-index]');
  const link = await shareLink(page);
  await context.close();
  return link;
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** `code` (a result code) with its body changed by `change` (in place, or
 * a new body returned) and its checksum made right again: damaged, yet not
 * mistyped. */
export function recode(code, change) {
  const bytes = Buffer.from(code, 'base64url');
  const body = Buffer.from(bytes.subarray(0, bytes.length - 4));
  const changed = change(body) ?? body;
  const sum = Buffer.alloc(4);
  sum.writeUInt32LE(crc32(changed));
  return Buffer.concat([changed, sum]).toString('base64url');
}
