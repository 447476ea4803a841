// Sharing a result with no server: link, QR, text, file, print; damaged links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, phone, axe, ready, completeCheck as complete, recode } from '../harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// Answers by item (1-5, 0 = prefer not) and experiences ticked per colleague.
const ANSWERS = [4, 2, 3, 5, 1, 4, 3, 0, 3, 3, 5, 3, 2, 3];
const KNOWN = [5, 3, 2, 5];

async function completeCheck(page, { labels = [] } = {}) {
  await page.goto(server.url);
  await ready(page);
  await complete(page, { known: KNOWN, answers: ANSWERS, labels, keyword: 'private keyword' });
}

/** Every number on a results screen, as a user reads it. */
async function numbers(page) {
  const t = async (sel) => (await page.textContent(sel)).trim();
  return {
    index: await t('[data-testid=trust-index] .index-value'),
    band: await t('[data-testid=band]'),
    verdict: await t('[data-testid=verdict]'),
    coverage: await t('[data-testid=coverage]'),
    trust: await t('[data-testid=theme-trust]'),
    alignment: await t('[data-testid=theme-alignment]'),
    questions: await t('[data-testid=questions]'),
    bars: await page.locator('.bar-value').allTextContents(),
    steps: await page.locator('[data-testid=next-steps] li').allTextContents(),
  };
}

async function openSheet(page) {
  await page.click('text=Share or save this result');
  await page.waitForSelector('#share-sheet');
  return page.inputValue('[data-testid=share-link]');
}

test('a result shared by link opens with the same numbers in a fresh browser', async () => {
  const a = await phone(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await a.newPage();
  const requests = [];
  await completeCheck(page, { labels: ['CFO', 'COO'] });
  page.on('request', (r) => requests.push(r.url()));
  const mine = await numbers(page);
  // L = 75, Q = 650 / 13 = 50: the index is 62.5, shown rounded half up.
  assert.equal(mine.index, '63');

  const link = await openSheet(page);
  await assertClean(page, 'share sheet');
  const fragment = new URL(link).hash;
  assert.match(fragment, /^#r=[A-Za-z0-9_-]+$/);
  assert.ok(fragment.length <= 100, `fragment is ${fragment.length} characters`);
  assert.doesNotMatch(link, /CFO|private/);
  assert.match(await page.textContent('#share-sheet'), /Never included: your private keywords/);
  assert.match(await page.textContent('#share-sheet'), /Not included: your colleague labels/);
  // The QR code is drawn in the page, in SVG, large enough to scan.
  const qr = await page.locator('svg.qr').boundingBox();
  assert.ok(qr.width >= 250, `QR code is ${qr.width}px wide`);
  assert.ok((await page.getAttribute('svg.qr path', 'd')).length > 100);

  // Copy link and copy as text.
  await page.click('text=Copy link');
  await page.waitForSelector('.share-status:text("Link copied.")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await page.click('text=Copy as text');
  await page.waitForSelector('.share-status:text("Summary copied as text.")');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, new RegExp(`Trust Index: \\*\\*${mine.index}/100\\*\\* \\(${mine.band}\\)`));
  assert.match(text, /Next steps:\n1\. /);
  assert.match(text, new RegExp(`Full result: ${link.replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&')}`));
  assert.doesNotMatch(text, /CFO|private keyword/);

  // Download the result file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download result file')]);
  assert.equal(download.suggestedFilename(), 'litmus-result.json');
  const file = await readFile(await download.path(), 'utf8');
  const json = JSON.parse(file);
  assert.equal(json.format, 'litmus-result');
  assert.equal(String(json.trust_index), mine.index);
  assert.equal(`#r=${json.code}`, fragment);

  // Print: one clean A4 page and one Letter page.
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter']) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `${format} print is ${pages} pages`);
  }
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(requests, [], 'sharing sent nothing over the network');

  // A fresh browser opens the link: same numbers, marked as someone's result.
  const b = await phone(browser);
  const other = await b.newPage();
  await other.goto(link);
  await ready(other);
  assert.equal((await other.textContent('#step-heading')).trim(), 'Their Trust Index');
  assert.match(await other.textContent('.shared-banner'), /A shared result/);
  assert.deepEqual(await numbers(other), mine);
  assert.doesNotMatch(await other.textContent('main'), /CFO/);
  assert.equal(await other.locator('text=Review my answers').count(), 0, 'read-only');
  await assertClean(other, 'shared result');
  // Take the check yourself: the address loses the code, the check starts.
  await other.click('text=Take the check yourself');
  await other.waitForSelector('#step-heading:text("Leadership trust check")');
  assert.equal(new URL(other.url()).hash, '');

  // The result file opens the same result.
  await other.setInputFiles('#open-file', await download.path());
  await other.waitForSelector('.shared-banner');
  assert.deepEqual(await numbers(other), mine);

  // With the opt-in, labels travel too.
  await page.check('#share-labels');
  assert.match(await page.textContent('#share-sheet'), /Included: your colleague labels/);
  const withLabels = await page.inputValue('[data-testid=share-link]');
  assert.notEqual(withLabels, link);
  await other.goto(withLabels);
  await other.reload();
  await ready(other);
  assert.match(await other.textContent('.bar-chart'), /CFO.*COO/s);
  await a.close();
  await b.close();
});

test('Share uses the system share sheet where there is one, and copies the link where not', async () => {
  // A phone browser: navigator.share exists (recorded here instead of a real sheet).
  const a = await phone(browser);
  await a.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => { window.__shared.push(data); return Promise.resolve(); };
  });
  const page = await a.newPage();
  await completeCheck(page);
  const link = await openSheet(page);
  await page.click('text=Share…');
  await page.waitForSelector('.share-status:text("Shared.")');
  const [data] = await page.evaluate(() => window.__shared);
  assert.equal(data.url, link);
  assert.equal(data.title, 'Leadership trust check');
  assert.match(data.text, /Trust Index: \*\*\d+\/100\*\*/);
  await a.close();

  // A desktop browser without a share sheet: the link is copied instead.
  const b = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  await b.addInitScript(() => { delete Navigator.prototype.share; });
  const desk = await b.newPage();
  await completeCheck(desk);
  const deskLink = await openSheet(desk);
  await desk.click('text=Share…');
  await desk.waitForSelector('.share-status:text("link was copied instead")');
  assert.equal(await desk.evaluate(() => navigator.clipboard.readText()), deskLink);
  await b.close();
});

async function assertClean(page, where) {
  assert.deepEqual(await axe(page), [], `axe on ${where}`);
}

test('damaged links say what is wrong and leave the opener’s own progress alone', async () => {
  const a = await phone(browser);
  const page = await a.newPage();
  await completeCheck(page);
  const link = await openSheet(page);
  const code = new URL(link).hash.slice(3);

  const b = await phone(browser);
  const other = await b.newPage();
  // The opener has progress of their own.
  await other.goto(server.url);
  await ready(other);
  await other.click('button[type=submit]');
  await other.fill('#label-0', 'Mine');
  const saved = await other.evaluate(() => localStorage.getItem('litmus.session'));

  const base = link.split('#')[0];
  const cases = [
    [`${base}#r=${code.slice(0, 12)}`, /cut off/],
    // One character changed (never to itself: the nonce makes the code random).
    [`${base}#r=${code.slice(0, 5)}${code[5] === 'X' ? 'Y' : 'X'}${code.slice(6)}`, /changed or mistyped/],
    // The first character (the format byte) changed: damaged, not "newer".
    [`${base}#r=${code[0] === 'B' ? 'C' : 'B'}${code.slice(1)}`, /changed or mistyped/],
    [`${base}#r=hello%20world`, /characters a result never has/],
    [`${base}#r=`, /holds no result/],
    [`${base}#r=${recode(code, (b) => { b[0] = 9; })}`, /newer version of Litmus/],
    [`${base}#r=${recode(code, (b) => { b[1] = 7; })}`, /questionnaire this app does not have/],
    [`${base}#r=${recode(code, (b) => { b[2] = 3; })}`, /version 3 of the leadership-trust questionnaire/],
  ];
  for (const [url, message] of cases) {
    // Each link opened as a fresh page load, as following a link does.
    await other.goto('about:blank');
    await other.goto(url);
    await ready(other);
    assert.match(await other.textContent('[data-testid=share-error]'), message, url);
    assert.equal(await other.locator('[data-testid=trust-index]').count(), 0, 'no numbers from a damaged code');
    assert.equal(await other.evaluate(() => localStorage.getItem('litmus.session')), saved);
  }
  await assertClean(other, 'damaged link');
  await other.click('text=Take the check yourself');
  await other.waitForSelector('#team-size');
  assert.equal(await other.inputValue('#label-0'), 'Mine');
  await a.close();
  await b.close();
});
