// Bad saves, denied storage and "Start over" never break the app or lose data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phone, axe, ready } from '../harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a corrupt save is reported, set aside, and the user can go on', async () => {
  const context = await phone(browser);
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('litmus.session', 'litmus-save 2\ninstrument leadership-trust 1\nanswers 9 9\n');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  const notice = await page.textContent('.notice');
  assert.match(notice, /could not be restored: the saved data is damaged \(line 3/);
  assert.match(notice, /set aside on this device, not deleted/);
  const kept = await page.evaluate(() => localStorage.getItem('litmus.session.unreadable'));
  assert.match(kept, /answers 9 9/, 'the unreadable save is kept');
  assert.deepEqual(await axe(page), []);
  // Going on works and saves a fresh session.
  await page.click('button[type=submit]');
  await page.waitForSelector('#team-size');
  const saved = await page.evaluate(() => localStorage.getItem('litmus.session'));
  assert.match(saved, /^litmus-save 2\n/);
  await context.close();
});

test('a save from a future version says so', async () => {
  const context = await phone(browser);
  await context.addInitScript(() => localStorage.setItem('litmus.session', 'litmus-save 9\n'));
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  assert.match(await page.textContent('.notice'), /newer version of Litmus/);
  await context.close();
});

test('with storage denied the check still completes and says progress will not be kept', async () => {
  const context = await phone(browser);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await ready(page);
  assert.match(await page.textContent('.notice[data-kind=warning]'), /does not let Litmus save on this device/);
  assert.deepEqual(await axe(page), []);
  for (let i = 0; i < 1 + 1 + 5 + 14; i++) await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=trust-index]');
  assert.equal((await page.textContent('[data-testid=trust-index]')).trim(), '0/ 100');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with storage full the app keeps going in memory and says so', async () => {
  const context = await phone(browser);
  await context.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await page.click('button[type=submit]');
  await page.waitForSelector('#team-size');
  assert.match(await page.textContent('.notice[data-kind=warning]'), /storage is full/);
  await page.click('button[type=submit]');
  await page.waitForSelector('#slot-0');
  await context.close();
});

test('start over asks first, then erases everything stored', async () => {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await page.click('button[type=submit]');
  await page.waitForSelector('#team-size');
  await page.fill('#label-0', 'CEO');
  assert.match(await page.evaluate(() => localStorage.getItem('litmus.session')), /CEO/);
  await page.click('text=Start over');
  assert.match(await page.textContent('.confirm'), /cannot be undone/);
  await page.click('text=Keep my answers');
  assert.match(await page.evaluate(() => localStorage.getItem('litmus.session')), /CEO/);
  await page.click('text=Start over');
  await page.click('text=Erase and start over');
  await page.waitForSelector('#step-heading:text("Leadership trust check")');
  assert.match(await page.textContent('.notice'), /erased/);
  assert.equal(await page.evaluate(() => localStorage.getItem('litmus.session')), null);
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('.notice').count(), 0, 'nothing to restore after starting over');
  await context.close();
});
