// The core journey in the two other engines attendees hold: WebKit (what
// Safari on an iPhone runs: Debian's WebKitGTK MiniBrowser driven by its
// WebKitWebDriver through selenium-webdriver, in a virtual X display) and
// Firefox (Debian's firefox-esr through puppeteer-core over WebDriver BiDi).
// In each: a check completed, the Trust Index the rules give, and the share
// link reopened in a fresh session with the same numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { Builder, By, Capabilities, until } from 'selenium-webdriver';
import puppeteer from 'puppeteer-core';
import { serve } from '../harness.js';

const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

let server;
before(async () => { server = await serve(); });
after(async () => { await server?.close(); });

// The journey's answers: experiences known per colleague, and per item 1-5
// on the scale or 0 for "prefer not".
const KNOWN = [5, 3];
const ANSWERS = [4, 2, 5, 3, 1, 2, 4, 0, 5, 3, 2, 4, 1, 5];
const REVERSED = 5; // B6
const TRUST = [1, 4, 5, 6, 7, 8, 9, 10]; // B2 B5 B6 C1-C5; the rest is alignment

/** The numbers INSTRUMENT.md's rules give, worked out here by hand. */
function expected() {
  const round = (x) => Math.floor(x + 0.5);
  const score = (i) => (i === REVERSED ? 5 - ANSWERS[i] : ANSWERS[i] - 1) * 25;
  const answered = ANSWERS.map((a, i) => i).filter((i) => ANSWERS[i] > 0);
  const mean = (ids) => ids.reduce((s, i) => s + score(i), 0) / ids.length;
  const coverage = (100 * KNOWN.reduce((a, b) => a + b, 0)) / (5 * KNOWN.length); // 80
  const q = mean(answered); // 750 / 13
  return {
    index: String(round((coverage + q) / 2)), // 68.8: 69
    coverage: `${round(coverage)}%`,
    trust: String(round(mean(answered.filter((i) => TRUST.includes(i))))),
    alignment: String(round(mean(answered.filter((i) => !TRUST.includes(i))))),
  };
}

/** What a user reads on a result: the same on their own and on a link. */
const NUMBERS = {
  index: '[data-testid=trust-index] .index-value',
  coverage: '[data-testid=coverage]',
  trust: '[data-testid=theme-trust]',
  alignment: '[data-testid=theme-alignment]',
};

/** The journey, written once over a small driver interface: `open(url)`,
 * `click(css)`, `text(css)`, `value(css)`, `waitFor(css)`. */
async function journey(d) {
  await d.open(server.url);
  await d.waitFor('#step-heading');
  await d.click('button[type=submit]');
  await d.waitFor('#team-size');
  // The team size with its stepper buttons, as a thumb would set it.
  while (Number(await d.value('#team-size')) > KNOWN.length) await d.click('[aria-label="One fewer colleague"]');
  while (Number(await d.value('#team-size')) < KNOWN.length) await d.click('[aria-label="One more colleague"]');
  assert.equal(await d.value('#team-size'), String(KNOWN.length));
  await d.click('button[type=submit]');
  for (const known of KNOWN) {
    await d.waitFor('#slot-0');
    for (let s = 0; s < known; s++) await d.click(`label[for=slot-${s}]`);
    await d.click('button[type=submit]');
  }
  for (const [i, a] of ANSWERS.entries()) {
    await d.waitFor(`label[for=q${i}-${a === 0 ? 'skip' : a}]`);
    await d.click(`label[for=q${i}-${a === 0 ? 'skip' : a}]`);
    await d.click('button[type=submit]');
  }
  await d.waitFor('[data-testid=trust-index]');
  const mine = {};
  for (const [k, css] of Object.entries(NUMBERS)) mine[k] = (await d.text(css)).trim();
  assert.deepEqual(mine, expected());
  await d.click('.share-toggle');
  await d.waitFor('[data-testid=share-link]');
  const link = await d.value('[data-testid=share-link]');
  assert.match(new URL(link).hash, /^#r=[A-Za-z0-9_-]+$/);
  return link;
}

/** The shared result, opened from `link` in a fresh session. */
async function reopen(d, link) {
  await d.open(link);
  await d.waitFor('[data-testid=trust-index]');
  const theirs = {};
  for (const [k, css] of Object.entries(NUMBERS)) theirs[k] = (await d.text(css)).trim();
  assert.deepEqual(theirs, expected());
  assert.match(await d.text('main'), /Take the check yourself/);
}

/** A virtual X display for MiniBrowser; resolves to its name (":N"). */
function virtualDisplay() {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'inherit', 'pipe'] });
  const name = new Promise((ok, fail) => {
    xvfb.once('error', fail);
    xvfb.stdio[3].once('data', (d) => ok(`:${String(d).trim()}`));
  });
  return { name, stop: () => xvfb.kill() };
}

/** WebKitWebDriver on a free port, ready for sessions. */
async function webkitDriver(display) {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const proc = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${url}/status`)).ok) break; } catch { /* not listening yet */ }
    if (i > 100) throw new Error('WebKitWebDriver did not start');
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return { url, stop: () => proc.kill() };
}

/** A MiniBrowser session (each one a fresh, ephemeral profile). */
async function webkitSession(url) {
  const caps = new Capabilities({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  });
  const driver = await new Builder().usingServer(url).withCapabilities(caps).build();
  // The narrowest MiniBrowser window with its toolbar: 447px wide.
  await driver.manage().window().setRect({ width: 390, height: 844 });
  const find = (css) => driver.wait(until.elementLocated(By.css(css)), 10_000);
  return {
    driver,
    open: (u) => driver.get(u),
    waitFor: (css) => find(css),
    click: async (css) => (await find(css)).click(),
    text: async (css) => (await find(css)).getText(),
    value: async (css) => (await find(css)).getAttribute('value'),
  };
}

test('WebKit: a check completed, the Trust Index the rules give, the share link reopened', async () => {
  const display = virtualDisplay();
  const wd = await webkitDriver(await display.name);
  try {
    const first = await webkitSession(wd.url);
    const version = (await first.driver.getCapabilities()).get('browserVersion');
    let link;
    try { link = await journey(first); } finally { await first.driver.quit(); }
    const second = await webkitSession(wd.url);
    try { await reopen(second, link); } finally { await second.driver.quit(); }
    console.log(`WebKitGTK ${version}: journey passed`);
  } finally {
    wd.stop();
    display.stop();
  }
});

test('Firefox: a check completed, the Trust Index the rules give, the share link reopened', async () => {
  // The window is sized at launch: Firefox ESR 140's WebDriver BiDi lacks
  // the screen-orientation command that puppeteer's setViewport sends.
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true,
    defaultViewport: null, args: ['--width=390', '--height=844'],
  });
  try {
    const session = async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      return {
        context,
        open: (u) => page.goto(u),
        waitFor: (css) => page.waitForSelector(css, { timeout: 10_000 }),
        click: async (css) => (await page.waitForSelector(css, { timeout: 10_000 })).click(),
        text: (css) => page.$eval(css, (e) => e.innerText),
        value: (css) => page.$eval(css, (e) => e.value),
      };
    };
    const first = await session();
    const link = await journey(first);
    await first.context.close();
    const second = await session();
    await reopen(second, link);
    await second.context.close();
    console.log(`${await browser.version()}: journey passed`);
  } finally {
    await browser.close();
  }
});
