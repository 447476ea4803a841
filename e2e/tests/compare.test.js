// A leader's results over time at 390x844: the check keeps each completed
// result with its day (the browser clock moved between them); the compare
// page lists them, compares exactly as INSTRUMENT.md's rules give (computed
// here by hand), from the device, a pasted link and a result file; the
// history file moves them to a fresh browser and merges without duplicates;
// three results draw a trend; the reminder is a calendar file ical.js reads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { serve, launch, phone, axe, ready, completeCheck, shareLink } from '../harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ITEMS = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'];
const TITLES = {
  B1: 'One shared picture', B2: 'Personal stories shared', B3: 'Preferences set aside', B4: 'The best idea wins',
  B5: 'Talking about our lives', B6: 'Arguments taken personally', C1: 'Asking for help', C2: 'Confidences kept',
  C3: 'Commitments kept', C4: 'Lessons, not blame', C5: 'Knowing our blind spots', C6: 'The value managers bring',
  C7: 'Measurable priorities', C8: 'Clear ownership, reviewed',
};
const ALIGNMENT = ['B1', 'B3', 'B4', 'C6', 'C7', 'C8'];
const SEPTEMBER = { known: [5, 3], answer: 4, B4: 2, C3: 2, B6: 2 };
const DECEMBER = { known: [5, 5, 2], answer: 4, B4: 5, C3: 1, C7: 2, B6: 4, C1: 5 };
const MARCH = { known: [5, 5, 5], answer: 5, B6: 1 };

const round = (x) => Math.floor(x + 0.5);
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** A result by INSTRUMENT.md's rules, by hand: every number as shown. */
function result(p) {
  const score = (id) => { const x = p[id] ?? p.answer; return id === 'B6' ? (5 - x) * 25 : (x - 1) * 25; };
  const items = Object.fromEntries(ITEMS.map((id) => [id, score(id)]));
  const coverage = (100 * p.known.reduce((a, b) => a + b, 0)) / (5 * p.known.length);
  const q = mean(ITEMS.map(score));
  const index = round((coverage + q) / 2);
  return {
    index, band: index >= 80 ? 'Deep' : index >= 60 ? 'Solid' : index >= 40 ? 'Developing' : 'Fragile',
    coverage: round(coverage), q: round(q), items,
    trust: round(mean(ITEMS.filter((i) => !ALIGNMENT.includes(i)).map(score))),
    alignment: round(mean(ALIGNMENT.map(score))),
  };
}
const answersOf = (p) => ITEMS.map((id) => p[id] ?? p.answer);
/** Waits until the page's message says what matches `pattern`. */
const messageSays = (page, pattern) => page.waitForFunction(
  ([source, flags]) => new RegExp(source, flags).test(document.querySelector('[data-testid=message]')?.textContent ?? ''),
  [pattern.source, pattern.flags],
);
const text = async (page, sel) => (await page.textContent(sel)).replace(/\s+/g, ' ').trim();
const clean = async (page, where) => assert.deepEqual(await axe(page), [], `axe on ${where}`);
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`text=${button}`)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** The comparison on screen is exactly the rules' for `then` and `now`. */
async function assertComparison(page, then, now, where) {
  const [a, b] = [result(then), result(now)];
  const sign = (d) => (d > 0 ? `up ${d}` : d < 0 ? `down ${-d}` : 'no change');
  assert.match(await text(page, '[data-testid=index-change]'), new RegExp(`^${a.index} → ${b.index} .*${sign(b.index - a.index)}`), where);
  if (a.band !== b.band) assert.equal(await text(page, '[data-testid=band-change]'), `${a.band} → ${b.band}`);
  assert.match(await text(page, '[data-testid=coverage-change]'), new RegExp(`^${a.coverage}% → ${b.coverage}% .*${sign(b.coverage - a.coverage)}`));
  assert.match(await text(page, '[data-testid=questions-change]'), new RegExp(`^${a.q} → ${b.q} .*${sign(b.q - a.q)}`));
  const themes = await page.locator('[data-testid=theme-change]').allTextContents();
  assert.match(themes[0], new RegExp(`^${a.trust} → ${b.trust} .*${sign(b.trust - a.trust)}`));
  assert.match(themes[1], new RegExp(`^${a.alignment} → ${b.alignment} .*${sign(b.alignment - a.alignment)}`));
  const moved = ITEMS.map((id, k) => ({ id, k, d: b.items[id] - a.items[id] }));
  const gains = moved.filter((m) => m.d > 0).sort((x, y) => y.d - x.d || x.k - y.k).slice(0, 3).map((m) => TITLES[m.id]);
  const drops = moved.filter((m) => m.d < 0).sort((x, y) => x.d - y.d || x.k - y.k).slice(0, 3).map((m) => TITLES[m.id]);
  const firstOf = async (sel) => (await page.locator(`${sel} li > p:first-child > strong`).allTextContents());
  assert.deepEqual(await firstOf('[data-testid=gains]'), gains, `${where}: gains`);
  assert.deepEqual(await firstOf('[data-testid=drops]'), drops, `${where}: drops`);
  assert.match(await text(page, '[data-testid=gains] li'), /Next step:/);
  const rows = await page.locator('[data-testid=statement-changes] li').allTextContents();
  for (const m of moved) {
    assert.ok(rows[m.k].includes(`${a.items[m.id]} → ${b.items[m.id]}`) && rows[m.k].includes(sign(m.d)), `${m.id}: ${rows[m.k]}`);
  }
  if (then.known.length !== now.known.length) {
    assert.match(await text(page, '[data-testid=note]'), new RegExp(`Then you counted ${then.known.length} colleagues, now ${now.known.length}`));
  }
}

test('a leader keeps results over time, compares them by the rules, and carries them in a file', async () => {
  const context = await phone(browser, { acceptDownloads: true });
  await context.clock.setFixedTime(new Date('2026-09-01T09:00:00Z'));
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await completeCheck(page, { known: SEPTEMBER.known, answers: answersOf(SEPTEMBER) });
  assert.match(await text(page, '.over-time'), /kept on this device/);
  const septemberLink = await shareLink(page);
  const septemberFile = await download(page, 'Download result file');
  await page.click('button:has-text("Take the check again")');
  // The welcome lists it.
  await page.waitForSelector('[data-testid=kept]');
  assert.match(await text(page, '[data-testid=kept]'), new RegExp(`^1 September 2026 · Leadership trust check · Trust Index ${result(SEPTEMBER).index} \\(${result(SEPTEMBER).band}\\)`));
  await clean(page, 'the welcome with one kept result');

  await context.clock.setFixedTime(new Date('2026-12-02T09:00:00Z'));
  await completeCheck(page, { known: DECEMBER.known, answers: answersOf(DECEMBER) });
  // The results list both, the new one latest.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=kept] li').length === 2);
  assert.match(await text(page, '[data-testid=kept] li'), /^2 December 2026 .* latest/);
  await page.click('text=Compare with an earlier result');
  await page.waitForSelector('[data-testid=kept]');
  assert.equal(new URL(page.url()).pathname, '/compare/');
  const kept = await page.locator('[data-testid=kept] li').allTextContents();
  assert.equal(kept.length, 2);
  assert.match(kept[0], new RegExp(`2 December 2026 · Leadership trust check · Trust Index ${result(DECEMBER).index}.*latest`));
  assert.match(kept[1], new RegExp(`1 September 2026 · Leadership trust check · Trust Index ${result(SEPTEMBER).index}`));
  assert.equal(await page.locator('[data-testid=trend]').count(), 0, 'no trend below three');
  await clean(page, 'the results over time');

  // From the device.
  await page.click('text=Compare with the latest');
  await page.waitForSelector('[data-testid=index-change]');
  assert.match(await text(page, '.sides'), /Then\s*1 September 2026.*Now\s*2 December 2026/);
  await assertComparison(page, SEPTEMBER, DECEMBER, 'kept');
  await clean(page, 'a comparison');
  await page.click('text=Back to your results');

  // From a pasted link (format 2: it carries its day), and from a file.
  await page.fill('#earlier-link', `my result from September: ${septemberLink}`);
  await page.click('text=Compare this link');
  await page.waitForSelector('[data-testid=index-change]');
  assert.match(await text(page, '.sides'), /Then\s*1 September 2026 · a result link/);
  await assertComparison(page, SEPTEMBER, DECEMBER, 'link');
  await page.click('text=Back to your results');
  await page.setInputFiles('#earlier-file', { name: septemberFile.name, mimeType: 'application/json', buffer: Buffer.from(septemberFile.text) });
  await page.waitForSelector('[data-testid=index-change]');
  await assertComparison(page, SEPTEMBER, DECEMBER, 'file');
  await page.click('text=Back to your results');

  // The link shows its day where it is opened; a link made before links
  // carried one (format 1, a golden code) says "date unknown".
  const opened = await (await phone(browser)).newPage();
  await opened.goto(septemberLink);
  await opened.waitForSelector('[data-testid=shared-completed]');
  assert.equal(await text(opened, '[data-testid=shared-completed]'), 'Completed: 1 September 2026');
  await opened.goto(server.url + '#r=AQEBAQAAAAMNttpttttAGK0VSQ');
  await opened.reload();
  await opened.waitForSelector('[data-testid=shared-completed]');
  assert.equal(await text(opened, '[data-testid=shared-completed]'), 'Completed: date unknown');
  await opened.context().close();

  // Bad input says why and changes nothing kept.
  const damaged = septemberLink.replace(/#r=(.{12})./, (m, p) => `#r=${p}${m.endsWith('A') ? 'B' : 'A'}`);
  await page.fill('#earlier-link', damaged);
  await page.click('text=Compare this link');
  await messageSays(page, /could not be opened/);
  assert.equal(await page.locator('[data-testid=kept] li').count(), 2);
  await clean(page, 'a damaged link');

  // The history file, and a reminder next quarter.
  const history = await download(page, 'Download the history file');
  assert.match(history.text, /^litmus-history 1\nlitmus-save 2\n/);
  const reminder = await download(page, 'Remind me next quarter (.ics)');
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(reminder.text)).getFirstSubcomponent('vevent'));
  assert.equal(event.startDate.toString(), '2027-03-02', '90 days after 2026-12-02');
  assert.ok(reminder.text.replace(/\r\n /g, '').includes(server.url), 'the event holds the check’s address');

  // A fresh browser: the file brings both; opening it again adds none.
  const fresh = await (await phone(browser)).newPage();
  await fresh.goto(server.url + 'compare/');
  await ready(fresh);
  assert.equal(await text(fresh, '[data-testid=none-kept]'), 'No result is kept on this device yet.');
  await clean(fresh, 'nothing kept');
  const open = () => fresh.setInputFiles('#earlier-file', { name: history.name, mimeType: 'text/plain', buffer: Buffer.from(history.text) });
  await open();
  await messageSays(fresh, /^2 results added from the file\.$/);
  assert.equal(await fresh.locator('[data-testid=kept] li').count(), 2);
  await open();
  await messageSays(fresh, /^Every result in that file is already kept here\.$/);
  assert.equal(await fresh.locator('[data-testid=kept] li').count(), 2);
  // A newer version's file is refused, not half-merged.
  await fresh.setInputFiles('#earlier-file', { name: 'newer.txt', mimeType: 'text/plain', buffer: Buffer.from(history.text.replace('litmus-history 1', 'litmus-history 9')) });
  await messageSays(fresh, /newer version of Litmus.*nothing was merged/);
  assert.equal(await fresh.locator('[data-testid=kept] li').count(), 2);
  // Removing one keeps the rest, across a reload.
  await fresh.click('[aria-label="Remove the result of 1 September 2026"]');
  await fresh.reload();
  await ready(fresh);
  assert.equal(await fresh.locator('[data-testid=kept] li').count(), 1);
  await fresh.context().close();

  // A third result draws the trend, as a chart and a table.
  await context.clock.setFixedTime(new Date('2027-03-02T09:00:00Z'));
  await page.goto(server.url);
  await ready(page);
  await page.click('button:has-text("Take the check again")');
  await completeCheck(page, { known: MARCH.known, answers: answersOf(MARCH) });
  await page.click('text=Compare with an earlier result');
  await page.waitForSelector('[data-testid=trend]');
  const rows = await page.locator('[data-testid=trend-table] tbody tr').allTextContents();
  assert.deepEqual(rows, [
    `1 September 2026${result(SEPTEMBER).index}`, `2 December 2026${result(DECEMBER).index}`, `2 March 2027${result(MARCH).index}`,
  ]);
  await clean(page, 'the trend');

  // Removing one on the check: gone from the list, and after a reload.
  await page.goto(server.url);
  await ready(page);
  assert.equal(await page.locator('[data-testid=kept] li').count(), 3);
  await page.click('[aria-label="Remove the result of 2 December 2026"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=kept] li').length === 2);
  await page.reload();
  await ready(page);
  assert.deepEqual(
    (await page.locator('[data-testid=kept] time').allTextContents()),
    ['2 March 2027', '1 September 2026'],
  );
  await context.close();
});

test('a result of another questionnaire is refused with the reason, comparing nothing', async () => {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url + '#value');
  await ready(page);
  await page.click('button[type=submit]');
  await page.click('label[for=role-0]');
  await page.click('button[type=submit]');
  for (let i = 0; i < 4; i++) {
    await page.click(`label[for=q${i}-4]`);
    await page.click('button[type=submit]');
  }
  await page.waitForSelector('[data-testid=trust-index]');
  const valueLink = await shareLink(page);
  const other = await (await phone(browser)).newPage();
  await other.goto(server.url);
  await ready(other);
  await completeCheck(other, { known: [5], answers: Array(14).fill(4) });
  await other.click('text=Compare with an earlier result');
  await other.waitForSelector('[data-testid=kept]');
  await other.fill('#earlier-link', valueLink);
  await other.click('text=Compare this link');
  await other.waitForSelector('[data-testid=not-comparable]');
  assert.match(await text(other, '[data-testid=not-comparable]'), /different questionnaires/);
  assert.equal(await other.locator('[data-testid=index-change]').count(), 0);
  await clean(other, 'a refusal');
  await other.context().close();
  await context.close();
});
