// The quarterly review in the workshop: a first workshop records three
// commitments (one refused at its field first) on 2026-09-01; a second on
// 2026-12-02 opens its team link, marks them, and shows the team change the
// rules give, computed here by hand; the record file opens it too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { serve, launch, phone, axe, ready, completeCheck, shareLink } from '../harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ITEMS = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'];
const TITLES = { B4: 'The best idea wins', B6: 'Arguments taken personally', C3: 'Commitments kept', C8: 'Clear ownership, reviewed' };
const THEN = [
  { known: [5, 5], answer: 4 },
  { known: [3, 2], answer: 3 },
  { known: [4, 4], answer: 4, B4: 1, B6: 1 },
];
const NOW = [
  { known: [5, 5], answer: 5 },
  { known: [4, 3], answer: 4 },
  { known: [5, 4], answer: 4, B6: 1 },
  { known: [5, 5], answer: 4, C3: 1 },
];

/** A team view by INSTRUMENT.md's rules, by hand: the shown team Trust
 * Index, each item's shown mean score, and the splits. */
function teamView(people) {
  const answerOf = (p, id) => p[id] ?? p.answer;
  const score = (id, x) => (id === 'B6' ? (5 - x) * 25 : (x - 1) * 25);
  const reversed = (id, x) => (id === 'B6' ? 6 - x : x);
  const round = (x) => Math.floor(x + 0.5);
  const indexes = people.map((p) => {
    const coverage = (100 * p.known.reduce((a, b) => a + b, 0)) / (5 * p.known.length);
    const q = ITEMS.reduce((s, id) => s + score(id, answerOf(p, id)), 0) / ITEMS.length;
    return (coverage + q) / 2;
  });
  const items = Object.fromEntries(ITEMS.map((id) => [id, round(people.reduce((s, p) => s + score(id, answerOf(p, id)), 0) / people.length)]));
  const splits = ITEMS.filter((id) => {
    const xs = people.map((p) => reversed(id, answerOf(p, id)));
    return xs.some((x) => x >= 4) && xs.some((x) => x <= 2);
  });
  return { index: round(indexes.reduce((a, b) => a + b) / people.length), items, splits, n: people.length };
}

async function linksOf(people) {
  const links = [];
  for (const person of people) {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    await completeCheck(page, { known: person.known, answers: ITEMS.map((id) => person[id] ?? person.answer) });
    links.push(await shareLink(page));
    await context.close();
  }
  return links;
}

/** A workshop page on a phone whose clock says `day`. */
async function workshopOn(day, address = server.url + 'workshop/') {
  const context = await phone(browser, { acceptDownloads: true });
  await context.clock.setFixedTime(new Date(`${day}T10:00:00Z`));
  const page = await context.newPage();
  await page.goto(address);
  await ready(page);
  return page;
}

async function combine(page, links) {
  await page.fill('#codes', links.join('\n'));
  await page.click('text=Add codes');
  await page.click('text=Reveal the team view');
  await page.waitForSelector('[data-testid=team-index]');
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`text=${button}`)]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

const clean = async (page, where) => assert.deepEqual(await axe(page), [], `axe on ${where}`);
const text = async (page, sel) => (await page.textContent(sel)).replace(/\s+/g, ' ').trim();

test('a workshop records commitments; next quarter’s reviews them and shows the team change', async () => {
  const [thenLinks, nowLinks] = [await linksOf(THEN), await linksOf(NOW)];
  const [then, now] = [teamView(THEN), teamView(NOW)];

  // September: three commitments, the first try refused at its field.
  const first = await workshopOn('2026-09-01');
  await combine(first, thenLinks);
  assert.match(await text(first, '.eyebrow'), /1 September 2026/);
  assert.equal(await first.inputValue('#c-due'), '2026-11-30', 'due in a quarter unless chosen');
  const long = 'x'.repeat(121);
  await first.fill('#c-what', long);
  await first.click('text=Record this commitment');
  assert.match(await text(first, '#c-what-error'), /at most 120 characters/);
  assert.equal(await first.getAttribute('#c-what', 'aria-invalid'), 'true');
  assert.equal(await first.inputValue('#c-what'), long, 'the refused text is kept');
  await clean(first, 'a refused commitment');
  // The statements offered: the splits first.
  const offered = await first.locator('#c-statement option').allTextContents();
  assert.deepEqual(offered.slice(1, 3), [`${TITLES.B4} (split)`, `${TITLES.B6} (split)`]);
  const commitments = [
    ['Each of us tells one story that shaped them', 'CEO', '2026-10-15', TITLES.B4],
    ['Argue about ideas, never people: a rule for every meeting', '', '2026-11-01', TITLES.B6],
    ['One owner per metric, reviewed monthly', 'COO', '2026-11-30', null],
  ];
  for (const [what, who, due, statement] of commitments) {
    await first.fill('#c-what', what);
    await first.fill('#c-who', who);
    await first.fill('#c-due', due);
    if (statement) await first.selectOption('#c-statement', { label: `${statement} (split)` });
    await first.click('text=Record this commitment');
    await first.waitForFunction((w) => document.querySelector('[data-testid=commitments]')?.textContent.includes(w), what);
  }
  assert.equal(await first.locator('#c-what').count(), 0, 'three at most');
  assert.match(await text(first, '[data-testid=commitments]'), /Each of us tells one story that shaped them \(CEO\), by 15 October 2026; answers “The best idea wins”/);
  await clean(first, 'three commitments');

  const ics = await download(first, 'Add due dates to a calendar (.ics)');
  assert.equal(ics.name, 'litmus-commitments-2026-09-01.ics');
  const calendar = new ICAL.Component(ICAL.parse(ics.text));
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  assert.deepEqual(events.map((e) => e.startDate.toString()), ['2026-10-15', '2026-11-01', '2026-11-30']);
  assert.match(events[0].summary, /^Commitment due: Each of us tells one story/);
  const record = await download(first, 'Download the team record');
  assert.equal(record.name, 'litmus-team-record-2026-09-01.md');
  assert.match(record.text, /^# Our commitments \(1 September 2026\)/);
  assert.match(record.text, /#t=[A-Za-z0-9_-]+/);
  const teamLink = await shareLink(first);
  assert.match(teamLink, /workshop\/#t=/);
  for (const l of thenLinks) assert.ok(!teamLink.includes(l.split('#r=')[1].slice(0, 16)), 'no individual code');

  // December: the team link opens the record read-only, then the review.
  const second = await workshopOn('2026-12-02', teamLink);
  assert.equal(await second.locator('[data-testid=recorded-commitments] li').count(), 3);
  await clean(second, 'a team record opened');
  await second.click('text=Review it with this quarter’s results');
  await second.waitForSelector('#codes');
  assert.match(await text(second, '[data-testid=last-quarter]'), /1 September 2026, 3 results, 3 commitments/);
  await clean(second, 'collecting beside last quarter');
  // Nothing is shown before the new set reaches three.
  await second.fill('#codes', nowLinks.slice(0, 2).join('\n'));
  await second.click('text=Add codes');
  assert.equal(await second.locator('[data-testid=team-change]').count(), 0);
  await combine(second, nowLinks.slice(2));

  // Last quarter's commitments come first.
  const review = second.locator('[data-testid=commitment-review]');
  assert.equal(await review.locator('fieldset').count(), 3);
  for (const [i, mark] of ['done', 'partly', 'not-done'].entries()) await second.click(`label[for=mark-${i}-${mark}]`);
  assert.match(await text(second, '[data-testid=commitment-review]'), /3 of 3 marked/);

  // The team change, exactly as the rules give it.
  const sign = (d) => (d > 0 ? `▲ ${d}` : d < 0 ? `▼ ${-d}` : 'no change');
  assert.match(await text(second, '[data-testid=team-index-change]'), new RegExp(`^${then.index} → ${now.index} ${sign(now.index - then.index)}`));
  assert.equal(await text(second, '[data-testid=team-results-change]'), '3 → 4');
  assert.match(await text(second, '[data-testid=results-differ]'), /Last quarter combined 3 results, this quarter 4/);
  assert.deepEqual(now.splits.filter((s) => !then.splits.includes(s)), ['C3']);
  assert.deepEqual(await second.locator('[data-testid=new-splits] li').allTextContents(), [TITLES.C3]);
  assert.deepEqual(await second.locator('[data-testid=resolved-splits] li').allTextContents(), [TITLES.B4]);
  const rows = await second.locator('[data-testid=statement-changes] li').allTextContents();
  assert.equal(rows.length, ITEMS.length);
  for (const [k, id] of ITEMS.entries()) {
    const d = now.items[id] - then.items[id];
    assert.ok(rows[k].includes(`${then.items[id]} → ${now.items[id]}`), `${id}: ${rows[k]}`);
    assert.ok(rows[k].includes(d === 0 ? 'no change' : `${d > 0 ? 'up' : 'down'} ${Math.abs(d)}`), `${id}: ${rows[k]}`);
  }
  await clean(second, 'the review');

  // The new team link keeps the review.
  await second.fill('#c-what', 'Keep the story round going');
  await second.click('text=Record this commitment');
  await second.waitForSelector('[data-testid=commitments]');
  const next = await shareLink(second);
  const third = await workshopOn('2026-12-03', next);
  assert.match(await text(third, '[data-testid=recorded-reviews]'), /Each of us tells one story that shaped them \(CEO\), by 15 October 2026; answers “The best idea wins” — done.*— partly.*— not done/);
  assert.match(await text(third, '[data-testid=recorded-commitments]'), /Keep the story round going/);

  // Last quarter's record file opens it beside the new codes too; a damaged
  // link says why and changes nothing.
  const fourth = await workshopOn('2026-12-02');
  await fourth.fill('#last-link', teamLink.replace(/#t=(.{12})./, (m, p) => `#t=${p}${m.endsWith('A') ? 'B' : 'A'}`));
  await fourth.click('text=Open last quarter’s link');
  assert.match(await text(fourth, '#last-error'), /could not be opened/);
  await clean(fourth, 'a damaged last-quarter link');
  await fourth.setInputFiles('#last-file', { name: record.name, mimeType: 'text/markdown', buffer: Buffer.from(record.text) });
  assert.match(await text(fourth, '[data-testid=last-quarter]'), /1 September 2026, 3 results, 3 commitments/);
  await combine(fourth, nowLinks);
  assert.equal(await fourth.locator('[data-testid=commitment-review] fieldset').count(), 3);
  for (const p of [first, second, third, fourth]) await p.context().close();
});
