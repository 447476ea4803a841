// Two pages: the check that every participant loads, and the workshop on its
// own page. Old addresses, what each first load fetches, offline per page,
// a first paint that matches what comes next, and the radius token.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phone, ready, axe, completeCheck, shareLink } from '../harness.js';

let server, browser;
before(async () => { server = await serve(undefined, { brotli: true }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Waits until a service worker controls the page. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

test('the welcome links to the workshop page, keeping the embedding options', async () => {
  const page = await (await phone(browser)).newPage();
  await page.goto(server.url + '?accent=%23aa3300');
  await ready(page);
  await page.click('text=Combine results');
  await ready(page);
  assert.equal(page.url(), server.url + 'workshop/?accent=%23aa3300');
  assert.equal((await page.textContent('#step-heading')).trim(), 'Combine results');
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--litmus-accent').trim());
  assert.equal(accent, '#aa3300', 'the workshop reads the same options');
  await page.click('text=Back to my check');
  await ready(page);
  assert.equal(page.url(), server.url + '?accent=%23aa3300');
  assert.equal((await page.textContent('#step-heading')).trim(), 'Leadership trust check');
  await page.context().close();
});

test('old workshop addresses go to the workshop page before the check’s WebAssembly is fetched', async () => {
  for (const fragment of ['#combine', '#t=not-a-team-code']) {
    const context = await phone(browser);
    const page = await context.newPage();
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(server.url + '?title=Acme' + fragment);
    await ready(page);
    assert.equal(page.url(), server.url + 'workshop/?title=Acme' + fragment);
    assert.deepEqual(fetched.filter((p) => /\/litmus-[^/]*\.(js|wasm)$/.test(p)), [], `no check code for ${fragment}`);
    if (fragment.startsWith('#t=')) {
      assert.match(await page.textContent('[data-testid=share-error]'), /This team view could not be opened/);
    }
    assert.equal((await page.textContent('.brand')).trim(), 'Acme');
    await context.close();
  }
});

test('a participant’s first visit never downloads workshop or compare code, not even for offline use', async () => {
  const context = await phone(browser);
  const fetched = [];
  context.on('request', (r) => fetched.push(r.url()));
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await controlled(page);
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) {
      for (const r of await (await caches.open(key)).keys()) urls.push(r.url);
    }
    return urls;
  });
  assert.ok(cached.some((u) => /\.wasm$/.test(u)), 'the check is cached for offline use');
  assert.deepEqual([...fetched, ...cached].filter((u) => u.includes('workshop') || u.includes('compare')), []);
  await context.close();
});

test('after one visit to the workshop page it combines results with the network off', async () => {
  const links = [];
  for (const answer of [2, 3, 4]) {
    const page = await (await phone(browser)).newPage();
    await page.goto(server.url);
    await ready(page);
    await completeCheck(page, { known: [5, 4], answers: Array(14).fill(answer) });
    links.push(await shareLink(page));
    await page.context().close();
  }
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url + 'workshop/');
  await ready(page);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  await page.fill('#codes', links.join('\n'));
  await page.click('text=Add codes');
  await page.click('text=Reveal the team view');
  await page.waitForSelector('[data-testid=team-index]');
  // Coverage 90 for everyone; Q with every item at 2, 3 and 4 (B6 reversed)
  // is 23.2, 50 and 76.8: indexes 56.6, 70 and 83.4, mean 70.
  assert.equal((await page.textContent('[data-testid=team-index] .index-value')).trim(), '70');
  await context.close();
});

test('after one visit the compare page opens with the network off, with what is kept', async () => {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await completeCheck(page, { known: [5, 4], answers: Array(14).fill(3) });
  await page.click('text=Compare with an earlier result');
  await page.waitForSelector('[data-testid=kept]');
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-testid=kept]');
  assert.equal(await page.locator('[data-testid=kept] li').count(), 1);
  await context.close();
});

/** What the shell shows with the app blocked, at an address. */
async function shellAt(address, { saved } = {}) {
  const context = await phone(browser);
  if (saved) await context.addInitScript((s) => { localStorage.setItem('litmus.session', s); }, saved);
  const page = await context.newPage();
  await page.route(/\.(js|wasm)$/, (r) => r.abort());
  await page.goto(address);
  const shown = await page.evaluate(() => ({
    neutral: document.documentElement.classList.contains('neutral'),
    visibleText: [...document.querySelectorAll('#app h1, #app p, #app button')]
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
      .map((e) => e.textContent.trim()),
  }));
  await context.close();
  return shown;
}

test('the first paint matches what comes next: a neutral shell where the app will not show the welcome', async () => {
  // A finished check, for its share link and its saved progress.
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await completeCheck(page, { known: [3] });
  const link = await shareLink(page);
  const saved = await page.evaluate(() => localStorage.getItem('litmus.session'));
  await context.close();

  const fresh = await shellAt(server.url);
  assert.equal(fresh.neutral, false);
  assert.ok(fresh.visibleText.includes('Leadership trust check'), 'a first visit paints the welcome');
  for (const [what, address, options] of [
    ['a share link', link, {}],
    ['the value question', server.url + '#value', {}],
    ['a host’s own title', server.url + '?title=Acme%20Trust', {}],
    ['a returning user', server.url, { saved }],
  ]) {
    const shown = await shellAt(address, options);
    assert.equal(shown.neutral, true, what);
    assert.deepEqual(shown.visibleText, [], `${what}: nothing painted that the app would replace`);
  }

  // A returning user: the app opens on their results with nothing shifting.
  const ctx = await phone(browser);
  await ctx.addInitScript((s) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('litmus.session', s); sessionStorage.setItem('seeded', '1'); } }, saved);
  const returning = await ctx.newPage();
  await returning.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await returning.goto(server.url);
  await returning.waitForSelector('[data-testid=trust-index]');
  assert.equal(await returning.evaluate(() => window.__shift), 0, 'nothing moved when the app took over');
  assert.deepEqual(await axe(returning), []);
  await ctx.close();
});

test('every corner follows the radius option', async () => {
  for (const radius of [0, 24]) {
    const page = await (await phone(browser)).newPage();
    await page.goto(`${server.url}?radius=${radius}`);
    await ready(page);
    await completeCheck(page, { known: [2], answers: [4, 2, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3] });
    await page.click('text=Share or save this result');
    const radii = await page.evaluate(() => {
      const out = {};
      for (const sel of ['.card', '.button', '.stats div', '.note', '.qr', '#share-link']) {
        const e = document.querySelector(sel);
        if (e) out[sel] = parseFloat(getComputedStyle(e).borderTopLeftRadius);
      }
      return out;
    });
    assert.ok(Object.keys(radii).length >= 5, JSON.stringify(radii));
    for (const [sel, r] of Object.entries(radii)) {
      if (radius === 0) assert.equal(r, 0, `${sel} is square with radius=0`);
      else assert.ok(r > 0 && r <= 24, `${sel} follows radius=24: ${r}`);
    }
    assert.equal(radii['.card'], radius);
    await page.context().close();
  }
  // The workshop page too.
  const page = await (await phone(browser)).newPage();
  await page.goto(`${server.url}workshop/?radius=0`);
  await ready(page);
  for (const sel of ['.card', '#codes', '.button']) {
    assert.equal(await page.evaluate((s) => getComputedStyle(document.querySelector(s)).borderTopLeftRadius, sel), '0px', sel);
  }
  await page.context().close();
});
