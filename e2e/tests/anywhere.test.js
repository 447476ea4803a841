// Embedded anywhere: in a frame sandboxed with `allow-scripts` alone, with a
// host's over-long texts at 320px, on an iPhone (no zoom on focus), and with
// a plain message in the shell whenever the app cannot start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, phone, axe, ready } from '../harness.js';

let widget, bare, host, browser;
const pages = {};
const widgetFiles = {}; // a consultant's questionnaire file, beside the widget
before(async () => {
  widget = await serve(undefined, { cors: true, pages: widgetFiles }); // sends Access-Control-Allow-Origin
  bare = await serve(); // sends no CORS header
  host = await serve(undefined, { host: 'localhost', pages }); // the host page's own origin
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([widget, bare, host].map((s) => s?.close()));
});

const SHELL_MESSAGE = '.shell [role=alert]';

/** A host page on its own origin that embeds `src` in a frame sandboxed
 * with `allow-scripts` alone, as site builders and CMS embed blocks do. */
function sandboxedHost(name, src) {
  pages[`/${name}.html`] = `<!doctype html><html lang="en"><title>Host</title>
    <h1>A consultant's page</h1>
    <iframe title="Leadership trust check" sandbox="allow-scripts" src="${src}" style="width:390px;height:800px;border:0"></iframe>`;
  return `${host.url}${name}.html`;
}

test('in a frame sandboxed with allow-scripts alone the whole check completes, Enter moving on', async () => {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  const page = await context.newPage();
  const blocked = [];
  page.on('console', (m) => { if (/Blocked form submission/.test(m.text())) blocked.push(m.text()); });
  await page.goto(sandboxedHost('sandboxed', widget.url));
  const frame = page.frameLocator('iframe');
  await frame.locator('#step-heading').waitFor();
  // The frame's origin is opaque: storage is refused and the app says so.
  assert.equal(await page.frames()[1].evaluate(() => self.origin), 'null');
  await frame.locator('button[type=submit]').click();
  await frame.locator('#team-size').waitFor();
  // Enter in a field moves on, as in a form.
  await frame.locator('#team-size').fill('2');
  await frame.locator('#team-size').press('Enter');
  for (const known of [5, 3]) {
    await frame.locator('#slot-0').waitFor();
    for (let s = 0; s < known; s++) await frame.locator(`#slot-${s}`).check();
    await frame.locator(`#slot-${known - 1}`).press('Enter');
  }
  for (let i = 0; i < 14; i++) {
    await frame.locator(`label[for=q${i}-4]`).click();
    await frame.locator(`#q${i}-4`).press('Enter');
  }
  await frame.locator('[data-testid=trust-index]').waitFor();
  // Coverage 80; every item 75 (B6 reversed: 25): Q = 1000/14; index 75.7.
  assert.equal((await frame.locator('[data-testid=trust-index] .index-value').textContent()).trim(), '76');
  assert.equal((await frame.locator('[data-testid=coverage]').textContent()).trim(), '80%');
  assert.match(await frame.locator('main').textContent(), /last only until you close or reload this page/);
  assert.deepEqual(blocked, [], 'no form submission was attempted');
  await context.close();
});

test('in a frame sandboxed with allow-scripts alone a consultant questionnaire file loads and is taken', async () => {
  const file = JSON.parse(await readFile(new URL('../../embed/leadership-trust.json', import.meta.url), 'utf8'));
  widgetFiles['/sandboxed-trust.json'] = JSON.stringify({ ...file, id: 'sandboxed-trust', title: 'Sandboxed trust check' });
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  const page = await context.newPage();
  await page.goto(sandboxedHost('sandboxed-own', `${widget.url}?instrument=sandboxed-trust`));
  const frame = page.frameLocator('iframe');
  await frame.locator('#step-heading').waitFor();
  assert.equal(await page.frames()[1].evaluate(() => self.origin), 'null');
  assert.equal((await frame.locator('#step-heading').textContent()).trim(), 'Sandboxed trust check');
  await frame.locator('button[type=submit]').click();
  await frame.locator('#team-size').waitFor();
  await context.close();
});

test('in a sandboxed frame whose server sends no CORS header, the shell says why it cannot start', async () => {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  const page = await context.newPage();
  await page.goto(sandboxedHost('sandboxed-bare', bare.url));
  const frame = page.frameLocator('iframe');
  const message = frame.locator(SHELL_MESSAGE);
  await message.waitFor();
  assert.match(await message.textContent(), /Access-Control-Allow-Origin/);
  assert.match(await message.textContent(), /its own tab/);
  assert.ok(await frame.locator('.shell button.primary').isDisabled());
  await context.close();
});

test('when the app cannot load, or the browser is too old, the shell says so in words', async () => {
  const context = await phone(browser);
  // The module cannot be fetched (a first visit that went offline).
  let page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(widget.url);
  await page.locator(SHELL_MESSAGE).waitFor();
  assert.match(await page.textContent(SHELL_MESSAGE), /could not load.*reload/);
  assert.ok(await page.locator('.shell button.primary').isDisabled());
  assert.deepEqual(await axe(page), [], 'axe on the shell with its message');
  await page.close();
  // A browser without the module's WebAssembly features.
  page = await context.newPage();
  await page.addInitScript(() => { WebAssembly.validate = () => false; WebAssembly.instantiate = () => Promise.reject(new WebAssembly.CompileError('unsupported')); WebAssembly.instantiateStreaming = WebAssembly.instantiate; });
  await page.goto(widget.url);
  await page.locator(SHELL_MESSAGE).waitFor();
  assert.match(await page.textContent(SHELL_MESSAGE), /too old/);
  assert.equal(await page.locator(SHELL_MESSAGE).count(), 1, 'one message, not two');
  await page.close();
  // The workshop page says the same.
  page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(widget.url + 'workshop/');
  await page.locator(SHELL_MESSAGE).waitFor();
  assert.match(await page.textContent(SHELL_MESSAGE), /could not load/);
  await page.close();
  // A returning user's neutral shell shows the welcome again, with the message.
  page = await context.newPage();
  await page.addInitScript(() => localStorage.setItem('litmus.current', 'leadership-trust'));
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(widget.url);
  await page.locator(SHELL_MESSAGE).waitFor();
  assert.ok(await page.locator(SHELL_MESSAGE).isVisible());
  // And where the app starts, there is no message.
  page = await context.newPage();
  await page.goto(widget.url);
  await ready(page);
  assert.equal(await page.locator('[role=alert]').count(), 0);
  await context.close();
});

const LONG = 'W'.repeat(200);

test('200-character unbroken texts from a host or a user wrap at 320px: nothing scrolls sideways', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const q = new URLSearchParams({ title: LONG, intro: LONG, cta_label: LONG, cta_url: 'https://acme.example/book' });
  await page.goto(`${widget.url}?${q}`);
  await ready(page);
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.match(await page.textContent('.masthead'), /W{200}/);
  assert.match(await page.textContent('main'), /W{200}/);
  assert.equal(await sideways(), 0, 'welcome');
  await page.click('button[type=submit]');
  await page.fill('#team-size', '2');
  await page.fill('#label-0', 'L'.repeat(40));
  await page.fill('#label-1', 'Ünïcødé'.repeat(5).slice(0, 40));
  assert.equal(await sideways(), 0, 'team step with long labels');
  await page.click('button[type=submit]');
  await page.check('#slot-0');
  await page.fill('#keyword-0', 'K'.repeat(200));
  assert.equal(await sideways(), 0, 'colleague step with a long keyword');
  for (let i = 0; i < 2 + 14; i++) await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=trust-index]');
  assert.match(await page.textContent('main'), /L{40}/);
  assert.equal(await sideways(), 0, 'results with long labels and call to action');
  await page.click('text=Share or save this result');
  assert.equal(await sideways(), 0, 'share sheet');
  await context.close();
});

test('on a phone no text field is under 16px, so Safari never zooms on focus', async () => {
  const context = await phone(browser);
  const page = await context.newPage();
  const small = () => page.evaluate(() => [...document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea')]
    .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 16).map((e) => e.id || e.outerHTML.slice(0, 60)));
  await page.goto(widget.url);
  await ready(page);
  await page.click('button[type=submit]');
  await page.fill('#team-size', '1');
  assert.deepEqual(await small(), [], 'team step');
  await page.click('button[type=submit]');
  assert.deepEqual(await small(), [], 'colleague step');
  for (let i = 0; i < 15; i++) await page.click('button[type=submit]');
  await page.click('text=Share or save this result');
  await page.waitForSelector('[data-testid=share-link]');
  assert.deepEqual(await small(), [], 'share sheet');
  await page.goto(widget.url + 'workshop/');
  await page.waitForSelector('#codes:not([disabled])');
  assert.deepEqual(await small(), [], 'workshop paste box');
  await context.close();
});
