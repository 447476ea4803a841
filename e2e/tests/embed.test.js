// Embedding: a host page on one origin embeds the widget from another origin
// with the builder's snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, axe } from '../harness.js';

let widget, host, third, browser;
const pages = {};
before(async () => {
  widget = await serve(); // http://127.0.0.1:PORT/
  host = await serve(undefined, { host: 'localhost', pages }); // another origin
  third = await serve(undefined, { pages }); // a third origin, for a stranger's message
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([widget, host, third].map((s) => s?.close()));
});

const frameHeight = (page) => page.evaluate(() => document.getElementById('litmus-widget').getBoundingClientRect().height);

/** Waits until the frame's height satisfies `ok` (the widget reports it). */
async function heightWhere(page, ok) {
  await page.waitForFunction(
    (src) => new Function('h', `return ${src}`)(document.getElementById('litmus-widget').getBoundingClientRect().height),
    ok,
  );
  return frameHeight(page);
}

test('a consultant builds a snippet and gets a branded, auto-sizing widget on their own page', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const cspErrors = [];
  const builder = await context.newPage();
  builder.on('console', (m) => { if (/Content Security Policy/.test(m.text())) cspErrors.push(m.text()); });
  await builder.goto(widget.url + 'embed/');
  const hostOrigin = host.url.replace(/\/$/, '');

  // A bad colour is ignored, and the builder says so (reported by the widget).
  await builder.fill('[name=accent]', 'red');
  await builder.waitForSelector('#warnings:has-text("option \\"accent\\" ignored")');
  assert.deepEqual(await axe(builder), [], 'axe on the builder');

  await builder.fill('[name=accent]', '#aa3300');
  await builder.fill('[name=radius]', '4');
  await builder.fill('[name=title]', 'Acme Partners');
  await builder.fill('[name=cta_label]', 'Book a team workshop');
  await builder.fill('[name=cta_url]', 'https://acme.example/book');
  await builder.click('#tab-questions');
  await builder.uncheck('[name=extended]');
  await builder.click('#tab-brand');
  await builder.fill('[name=origin]', hostOrigin);
  await builder.waitForFunction((o) => document.getElementById('snippet').value.includes(encodeURIComponent(o)), hostOrigin);
  await builder.waitForFunction(() => document.getElementById('warnings').textContent === '');
  await builder.click('#copy');
  const snippet = await builder.evaluate(() => navigator.clipboard.readText());
  assert.match(snippet, /^<iframe id="litmus-widget" src="http:\/\/127\.0\.0\.1:\d+\/\?/);
  assert.match(snippet, /e\.origin !== widget \|\| e\.source !== frame\.contentWindow/);

  // The consultant's own page, on another origin.
  pages['/host.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme</title></head>
    <body><h1>Acme Partners</h1><p>Take our five-minute check:</p>${snippet}<p id="after">Contact us.</p></body></html>`;
  const page = await context.newPage();
  page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) cspErrors.push(m.text()); });
  await page.goto(host.url + 'host.html');
  const frame = page.frameLocator('#litmus-widget');
  await frame.locator('#step-heading').waitFor();

  // Theme and title applied inside the frame.
  const inner = page.frames().find((f) => f.url().startsWith(widget.url));
  assert.equal(await inner.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--litmus-accent').trim()), '#aa3300');
  assert.equal(await inner.evaluate(() => getComputedStyle(document.querySelector('.button.primary')).backgroundColor), 'rgb(170, 51, 0)');
  assert.equal(await inner.evaluate(() => getComputedStyle(document.querySelector('.button.primary')).borderTopLeftRadius), '3px');
  assert.equal((await frame.locator('.brand').textContent()).trim(), 'Acme Partners');

  // The frame fits its content: no inner scrollbar, grows and shrinks.
  const welcome = await heightWhere(page, 'h > 300 && h !== 640');
  const noScroll = () => inner.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1);
  assert.ok(await noScroll(), 'no inner scrollbar on the welcome step');

  // Keyboard inside the frame: Tab into it and start.
  await page.keyboard.press('Tab');
  for (let i = 0; i < 10 && !(await inner.evaluate(() => document.activeElement?.matches('button[type=submit]'))); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await frame.locator('#team-size').waitFor();
  const team = await heightWhere(page, `h !== ${welcome}`);
  // Five label fields, then one: the frame shrinks.
  await frame.locator('#team-size').fill('1');
  const smaller = await heightWhere(page, `h < ${team}`);
  assert.ok(smaller < team, `frame shrank from ${team} to ${smaller}`);
  assert.ok(await noScroll(), 'no inner scrollbar on the team step');
  // The extended part is off, as the consultant chose.
  assert.equal(await frame.locator('#part-1').isChecked(), false);

  // Messages from the wrong origin are ignored: one from the host page
  // itself, one from a stranger's frame on a third origin.
  const before = await frameHeight(page);
  await page.evaluate(() => {
    window.__seen = [];
    window.addEventListener('message', (e) => window.__seen.push([e.origin, e.data && e.data.height]));
  });
  await page.evaluate(() => window.postMessage({ type: 'litmus:height', height: 5 }, '*'));
  pages['/stranger.html'] = `<script>parent.postMessage({ type: 'litmus:height', height: 7 }, '*');</script>`;
  const strangerOrigin = third.url.replace(/\/$/, '');
  assert.notEqual(strangerOrigin, widget.url.replace(/\/$/, ''));
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    document.body.appendChild(f);
  }, third.url + 'stranger.html');
  await page.waitForFunction((o) => window.__seen.some(([origin, h]) => origin === o && h === 7), strangerOrigin);
  assert.ok(await page.evaluate(() => window.__seen.some(([, h]) => h === 5)), 'the host page\'s own message arrived');
  assert.equal(await frameHeight(page), before, 'a stranger cannot resize the frame');

  // Complete the check inside the frame; the call to action is there.
  await frame.locator('button[type=submit]').click();
  for (let i = 0; i < 5; i++) await frame.locator('#slot-' + i).check();
  await frame.locator('button[type=submit]').click();
  for (let q = 0; q < 6; q++) {
    await frame.locator(`label[for=q${q}-4]`).click();
    await frame.locator('button[type=submit]').click();
  }
  await frame.locator('[data-testid=trust-index]').waitFor();
  const cta = frame.locator('.cta a');
  assert.equal((await cta.textContent()).trim(), 'Book a team workshop');
  assert.equal(await cta.getAttribute('href'), 'https://acme.example/book');
  assert.equal(await cta.getAttribute('target'), '_blank');
  const results = await heightWhere(page, `h > ${smaller}`);
  assert.ok(results > smaller);
  assert.ok(await noScroll(), 'no inner scrollbar on the results');
  assert.deepEqual(await axe(inner), [], 'axe inside the frame');
  assert.deepEqual(cspErrors, [], 'no Content-Security-Policy violation');
  await context.close();
});

test('options given as plain URL parameters work without any script on the host', async () => {
  const page = await browser.newPage();
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(widget.url + '?accent=%23226644&title=Plain+Host&cta_label=Talk+to+us&cta_url=javascript%3Aalert(1)&bogus=1');
  await page.waitForSelector('#step-heading');
  assert.equal((await page.textContent('.brand')).trim(), 'Plain Host');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--litmus-accent').trim()), '#226644');
  assert.ok(warnings.some((w) => /option "cta_url" ignored: only http:\/\/ and https:\/\//.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /option "bogus" ignored: unknown option/.test(w)));
  await page.close();
});
