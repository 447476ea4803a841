// The static app shell: the first screen paints from the HTML alone, and the
// app takes it over without anything on screen changing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phone, ready, axe } from '../harness.js';

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(undefined, { brotli: true }); });
after(async () => { await browser?.close(); await server?.close(); });

/** What a user sees of the first screen: its text and where each block sits. */
function firstScreen(page) {
  return page.evaluate(() => {
    const app = document.getElementById('app').cloneNode(true);
    app.querySelectorAll('noscript').forEach((n) => n.remove());
    const box = (sel) => [...document.querySelectorAll(`#app ${sel}`)].map((e) => {
      const r = e.getBoundingClientRect();
      return [e.textContent.trim().slice(0, 30), Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    });
    return {
      text: app.textContent.replace(/\s+/g, ' ').trim(),
      boxes: box('h1, p, li, button, label, input, .card'),
    };
  });
}

test('without the app the shell shows the welcome screen, its promise and disabled controls', async () => {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.route(/\.(js|wasm)$/, (r) => r.abort());
  await page.goto(server.url);
  assert.equal((await page.textContent('h1')).trim(), 'Leadership trust check');
  assert.match(await page.textContent('.lead'), /five life experiences/);
  assert.match(await page.textContent('#app'), /Private by design\. Your answers stay on this device\./);
  assert.ok(await page.isDisabled('.step-nav button'), 'Start does nothing until the app runs, so it says so');
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('the shell paints before the app is fetched, and the app replaces it with no visible change', async () => {
  const context = await phone(browser);
  const shellPage = await context.newPage();
  await shellPage.route(/\.(js|wasm)$/, (r) => r.abort());
  await shellPage.goto(server.url);
  const shell = await firstScreen(shellPage);
  await shellPage.close();

  const page = await (await phone(browser)).newPage();
  await page.addInitScript(() => {
    window.__lcp = [];
    window.__shift = 0;
    new PerformanceObserver((l) => { window.__lcp.push(...l.getEntries().map((e) => e.size)); })
      .observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url);
  await ready(page);
  assert.deepEqual(await firstScreen(page), shell, 'the app draws exactly what the shell drew');
  assert.ok(!(await page.isDisabled('button[type=submit]')), 'the app enables Start');

  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    fetched: performance.getEntriesByType('resource')
      .filter((r) => /\.(js|wasm)$/.test(r.name)).map((r) => r.startTime),
    lcp: window.__lcp,
    shift: window.__shift,
  }));
  assert.ok(timing.fcp > 0, 'there is a first contentful paint');
  assert.equal(timing.fetched.length, 2, 'the app is one script and one WebAssembly module');
  for (const start of timing.fetched) {
    assert.ok(start >= timing.fcp, `the app was fetched at ${start} ms, before the first paint at ${timing.fcp} ms`);
  }
  assert.equal(timing.lcp.length, 1, `one largest paint, the shell's, not a second one by the app: ${timing.lcp}`);
  assert.equal(timing.shift, 0, 'nothing moved when the app took over');
  await page.context().close();
  await context.close();
});

test('the workshop page has its own shell, and its app replaces it with no visible change', async () => {
  const context = await phone(browser);
  const shellPage = await context.newPage();
  // The app's files never arrive (a failed load would add the shell's
  // "could not load" message, which the app never draws).
  await shellPage.route(/\.(js|wasm)$/, () => {});
  await shellPage.goto(server.url + 'workshop/');
  assert.equal((await shellPage.textContent('h1')).trim(), 'Combine results');
  assert.match(await shellPage.textContent('#app'), /Confidential, not anonymous/);
  assert.ok(await shellPage.isDisabled('text=Reveal the team view'));
  assert.deepEqual(await axe(shellPage), []);
  const shell = await firstScreen(shellPage);
  await shellPage.close();

  const page = await (await phone(browser)).newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url + 'workshop/');
  await ready(page);
  assert.deepEqual(await firstScreen(page), shell, 'the app draws exactly what the shell drew');
  assert.ok(!(await page.isDisabled('text=Add codes')), 'the app enables its controls');
  assert.equal(await page.evaluate(() => window.__shift), 0, 'nothing moved when the app took over');
  await page.context().close();
  await context.close();
});
