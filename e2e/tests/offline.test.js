// Offline after one visit, and a new release replacing the cache cleanly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, phone, ready, DIST, completeCheck } from '../harness.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Waits until the service worker controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

/** A first visit on a phone: the page is loaded and its service worker in control. */
async function firstVisit(server) {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await controlled(page);
  return { context, page };
}

test('after one visit the app opens and completes a check with the network off', async () => {
  const server = await serve();
  const { context, page } = await firstVisit(server);
  try {
    const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
    assert.match(manifest, /manifest\.webmanifest$/);

    await context.setOffline(true);
    await page.reload();
    await ready(page);
    assert.equal((await page.textContent('#step-heading')).trim(), 'Leadership trust check');
    await completeCheck(page, { known: [0] });
    // Coverage 0 and every item 75 (B6 reversed: 25): Q = 1000/14, index 35.7.
    assert.equal((await page.textContent('[data-testid=trust-index] .index-value')).trim(), '36');

    // A share link opens offline too.
    await page.click('text=Share or save this result');
    const link = await page.inputValue('[data-testid=share-link]');
    const other = await context.newPage();
    await other.goto(link);
    await ready(other);
    assert.equal((await other.textContent('[data-testid=trust-index] .index-value')).trim(), '36');
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new release replaces the cache cleanly', async () => {
  const v2 = await mkdtemp(join(tmpdir(), 'litmus-v2-'));
  await cp(DIST, v2, { recursive: true });
  const html = await readFile(join(v2, 'index.html'), 'utf8');
  await writeFile(join(v2, 'index.html'), html.replace('<title>Litmus:', '<title>Litmus (new release):'));
  const sw = await readFile(join(v2, 'sw.js'), 'utf8');
  await writeFile(join(v2, 'sw.js'), sw.replace(/const CACHE = PREFIX \+ '[0-9a-f]+'/, "const CACHE = PREFIX + '0000000000000002'"));

  let root = DIST;
  const server = await serve(() => root);
  const { context, page } = await firstVisit(server);
  try {
    const first = await page.evaluate(() => caches.keys());
    assert.equal(first.length, 1);
    assert.notEqual(first[0], 'litmus-check-0000000000000002');

    // The new release is deployed; the next visits pick it up.
    root = v2;
    // The browser finds the new worker; wait until it has activated (and so
    // deleted the old cache).
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      await reg.update();
      const worker = reg.installing || reg.waiting;
      if (worker) {
        await new Promise((ok) => {
          const check = () => worker.state === 'activated' && ok();
          worker.addEventListener('statechange', check);
          check();
        });
      }
    });
    assert.deepEqual(await page.evaluate(() => caches.keys()), ['litmus-check-0000000000000002'], 'only the new cache');
    await page.reload();
    await ready(page);
    assert.match(await page.title(), /new release/);
  } finally {
    await context.close();
    await server.close();
    await rm(v2, { recursive: true, force: true });
  }
});
