// The workshop in German, French and Spanish, at 390x844: a facilitator
// collects three results, reveals the team view, records a commitment (one
// refused at its field first) and shares the team link; next quarter the
// link opens the record, and the review beside four new results marks the
// commitment and shows the team change. Every screen is walked in English
// and in each language by the same clicks (by id, never by wording): no
// English is left on a translated screen, each is axe-clean with its page's
// `lang`, and the numbers are the English walk's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, phone, axe, ready, completeCheck, shareLink, texts, valueLink } from '../harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const LOCALES = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };
const HEADINGS = {
  en: 'Combine results',
  de: 'Ergebnisse zusammenführen',
  fr: 'Regrouper les résultats',
  es: 'Reunir los resultados',
};
// What a facilitator types, and words a language shares with English.
const TYPED = ['Tell one story each at the offsite', 'CEO'];
const SAME = {
  all: ['Litmus', 'English', 'Deutsch', 'Français', 'Español', '/ 100', ...TYPED],
  de: ['Workshop', 'Link'],
  fr: ['Manager'],
  es: [],
};
const allowed = (code, text) => /^[\d\s%/–·.,:()+−▲▼→-]*$/.test(text) || SAME.all.includes(text) || SAME[code].includes(text)
  || TYPED.some((t) => text.startsWith(t));

async function clean(page, where) {
  assert.equal(await page.getAttribute('html', 'lang'), where.split(':')[0]);
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe on ${where}: ${JSON.stringify(violations, null, 1)}`);
}

/** Three results for last quarter and four for this one. */
async function links(people) {
  const out = [];
  for (const { known, answer, split } of people) {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(server.url);
    await ready(page);
    const answers = Array(14).fill(answer);
    if (split) answers[3] = 1;
    await completeCheck(page, { known, answers });
    out.push(await shareLink(page));
    await context.close();
  }
  return out;
}

/** The workshop in `code` on a phone whose clock says `day`. */
async function workshopOn(code, day, address) {
  const context = await phone(browser, { locale: LOCALES[code], acceptDownloads: true });
  await context.clock.setFixedTime(new Date(`${day}T10:00:00Z`));
  const page = await context.newPage();
  await page.goto(address);
  if (code !== 'en') await page.waitForURL(new RegExp(`/workshop/index\\.${code}\\.html`));
  await page.waitForSelector('#step-heading, [data-testid=team-index]');
  return page;
}

async function addAndReveal(page, codes) {
  await page.fill('#codes', codes.join('\n'));
  await page.click('.combine form .button.primary');
  await page.click('.combine > .step-nav .button.primary');
  await page.waitForSelector('[data-testid=team-index]');
}

/** The numbers an element shows, as digits (what only a screen reader
 * hears is left out: its words put the number elsewhere in the sentence). */
const digits = (page, sel) => page.$eval(sel, (e) => {
  const shown = e.cloneNode(true);
  for (const hidden of shown.querySelectorAll('.visually-hidden')) hidden.remove();
  return shown.textContent.replace(/\D+/g, ' ').trim();
});

/** The whole workshop in `code`: every screen's words by name, and the
 * numbers shown. */
async function walk(code, then, now) {
  const screens = {};
  // The language from the address's option (on the first page) and then
  // from the browser's preferred language (the team link holds none).
  const first = await workshopOn(code, '2026-09-01', `${server.url}workshop/?lang=${code}`);
  assert.equal((await first.textContent('#step-heading')).trim(), HEADINGS[code]);
  screens.collecting = await texts(first);
  await clean(first, `${code}: collecting`);
  await first.fill('#codes', [...then.slice(0, 2), 'not a code at all https://x.org/#r=AAAA'].join('\n'));
  await first.click('.combine form .button.primary');
  await first.waitForSelector('[data-testid=rejected]');
  screens.counts = await texts(first);
  await clean(first, `${code}: two results and a rejected code`);
  await addAndReveal(first, then.slice(2));
  screens.team = await texts(first);
  await clean(first, `${code}: the team view`);
  const numbers = {
    index: await digits(first, '[data-testid=team-index]'),
    coverage: await digits(first, '[data-testid=team-coverage]'),
    passed: await digits(first, '[data-testid=team-passed]'),
    splits: await first.locator('[data-testid=splits] li').count(),
  };
  // A commitment refused at its field, then recorded.
  await first.click('.commitment-form button[type=submit]');
  await first.waitForSelector('#c-what-error');
  screens.refused = await texts(first);
  await clean(first, `${code}: a refused commitment`);
  await first.fill('#c-what', TYPED[0]);
  await first.fill('#c-who', TYPED[1]);
  await first.selectOption('#c-statement', { index: 1 });
  await first.click('.commitment-form button[type=submit]');
  await first.waitForSelector('[data-testid=commitments]');
  screens.committed = await texts(first);
  await clean(first, `${code}: a recorded commitment`);
  await first.click('.share-toggle');
  await first.waitForSelector('#share-sheet');
  screens.share = await texts(first);
  await clean(first, `${code}: the team view's share sheet`);
  const teamLink = await first.inputValue('[data-testid=share-link]');
  // The team record file, in the page's language, holds the team link.
  const [file] = await Promise.all([first.waitForEvent('download'), first.click('.exports .step-nav button:first-child')]);
  const record = await readFile(await file.path(), 'utf8');
  assert.ok(record.includes(teamLink), `${code}: the record file holds the team link`);
  assert.match(teamLink, /\/workshop\/#t=/, 'the team link names no language');
  await first.context().close();

  // Next quarter: the team link, the review beside four new results.
  const second = await workshopOn(code, '2026-12-02', teamLink);
  screens.opened = await texts(second);
  await clean(second, `${code}: a team link opened`);
  await second.click('[aria-labelledby=next-quarter-heading] .button.primary');
  await second.waitForSelector('[data-testid=last-quarter]');
  screens.beside = await texts(second);
  await clean(second, `${code}: collecting beside last quarter`);
  await addAndReveal(second, now);
  await second.click('label[for=mark-0-done]');
  screens.review = await texts(second);
  await clean(second, `${code}: the review and the team change`);
  numbers.change = await digits(second, '[data-testid=team-index-change]');
  numbers.results = await digits(second, '[data-testid=team-results-change]');
  numbers.marked = await digits(second, '[data-testid=commitment-review] .hint');
  await second.context().close();
  return { screens, numbers, record };
}

test('the workshop in German, French and Spanish: every screen translated, axe-clean, the same numbers', async () => {
  const then = await links([
    { known: [5, 5], answer: 4 },
    { known: [3, 2], answer: 3 },
    { known: [4, 4], answer: 4, split: true },
  ]);
  const now = await links([
    { known: [5, 5], answer: 5 },
    { known: [4, 3], answer: 4 },
    { known: [5, 4], answer: 4, split: true },
    { known: [5, 5], answer: 4 },
  ]);
  const en = await walk('en', then, now);
  assert.ok(en.screens.review.some((t) => /3 results, this quarter 4/.test(t)), 'the English walk reached the team change');
  for (const code of ['de', 'fr', 'es']) {
    const run = await walk(code, then, now);
    for (const [screen, list] of Object.entries(run.screens)) {
      const english = list.filter((t) => en.screens[screen].includes(t) && !allowed(code, t));
      assert.deepEqual(english, [], `${code} ${screen}: still English`);
    }
    assert.deepEqual(run.numbers, en.numbers, `${code}: the same numbers as in English`);
    const lines = (text) => text.split('\n').filter((l) => /[a-z]{3}/i.test(l.replace(/https?:\S+|\*\*.*?\*\*/g, '')));
    const english = lines(run.record).filter((l) => lines(en.record).includes(l) && !l.includes(TYPED[0]));
    assert.deepEqual(english, [], `${code}: the team record file has no line left in English`);
    assert.notEqual(run.record.split('\n')[0], en.record.split('\n')[0], `${code}: the record's heading`);
  }
});

test('the workshop’s shell paints in the reader’s language, and its app draws the same words with no layout shift', async () => {
  for (const code of ['de', 'fr', 'es']) {
    const context = await phone(browser, { locale: LOCALES[code] });
    const shell = await context.newPage();
    await shell.route(/\.wasm$/, (route) => route.abort());
    await shell.goto(server.url + 'workshop/');
    await shell.waitForURL(new RegExp(`/workshop/index\\.${code}\\.html`));
    assert.equal((await shell.textContent('h1')).trim(), HEADINGS[code]);
    const english = await texts(shell);
    for (const t of ['Combine results', 'Add codes', 'Reveal the team view', 'Back to my check']) {
      assert.ok(!english.includes(t), `${code} shell: ${t}`);
    }
    await clean(shell, `${code}: the workshop's shell`);
    await shell.close();

    const live = await context.newPage();
    await live.addInitScript(() => {
      window.__shifts = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    await live.goto(`${server.url}workshop/index.${code}.html`);
    const words = () => live.evaluate(() => {
      const app = document.querySelector('#app').cloneNode(true);
      app.querySelectorAll('noscript').forEach((n) => n.remove());
      return app.textContent.replace(/\s+/g, ' ').trim();
    });
    const before = await words();
    await ready(live);
    assert.equal(await words(), before, `${code}: the app draws what the shell drew`);
    assert.equal(await live.evaluate(() => window.__shifts), 0);
    await context.close();
  }
});

test('the value question\'s perception gaps in German, French and Spanish: translated, axe-clean, the same numbers', async () => {
  // INSTRUMENT.md's worked case "manager sees more value than the team".
  const manager = await valueLink(browser, server, 0, [5, 4, 5, 3]);
  const members = [];
  for (const a of [[3, 4, 4, 3], [4, 3, 3, 4], [3, 5, 4, 2]]) members.push(await valueLink(browser, server, 1, a));
  const secondManager = await valueLink(browser, server, 0, [1, 1, 1, 1]);
  const FUNDAMENTALS = ['talent', 'clarity', 'trust', 'performance'];
  const walkGaps = async (code) => {
    const page = await workshopOn(code, '2026-09-01', `${server.url}workshop/?lang=${code}`);
    const screens = {};
    await page.fill('#codes', [manager, members[0], members[1]].join('\n'));
    await page.click('.combine form .button.primary');
    await page.waitForSelector('[data-testid=below-minimum]');
    screens.below = await texts(page);
    await clean(page, `${code}: value results below the minimum`);
    await page.fill('#codes', [members[2], secondManager].join('\n'));
    await page.click('.combine form .button.primary');
    await page.waitForSelector('[data-testid=rejected]');
    screens.rejected = await texts(page);
    await page.click('.combine > .step-nav .button.primary');
    await page.waitForSelector('[data-testid=gap-talent]');
    screens.gaps = await texts(page);
    await clean(page, `${code}: the perception gaps`);
    const gaps = {};
    for (const id of FUNDAMENTALS) {
      gaps[id] = {
        digits: await digits(page, `[data-testid=gap-${id}]`),
        flagged: (await page.getAttribute(`[data-testid=gap-${id}]`, 'data-flagged')) !== null,
      };
    }
    await page.context().close();
    return { screens, gaps };
  };
  const en = await walkGaps('en');
  // The worked case's numbers, as English shows them.
  assert.match(en.gaps.talent.digits, /^3 3 5 1 7/);
  assert.deepEqual(FUNDAMENTALS.map((id) => en.gaps[id].flagged), [true, false, true, false]);
  for (const code of ['de', 'fr', 'es']) {
    const run = await walkGaps(code);
    for (const [screen, list] of Object.entries(run.screens)) {
      const english = list.filter((t) => en.screens[screen].includes(t) && !allowed(code, t));
      assert.deepEqual(english, [], `${code}: English left on the value question's ${screen} screen`);
    }
    assert.deepEqual(run.gaps, en.gaps, `${code}: the same gaps`);
  }
});
