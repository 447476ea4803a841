// A consultant's own questionnaire, end to end: written in the embed
// builder's Questions tab (its problems shown at their fields), downloaded,
// hosted beside the widget, taken through the snippet on a second origin,
// shared, combined in the workshop; a built-in result refused there; a
// broken or misnamed file explained; offline after one visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, phone, axe, ready, completeCheck, shareLink } from '../harness.js';

let widget, host, browser;
const pages = {};
before(async () => {
  widget = await serve(undefined, { pages }); // the widget's host: dist/ and the consultant's file
  host = await serve(undefined, { host: 'localhost', pages }); // the consultant's own site
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([widget, host].map((s) => s?.close()));
});

// Six statements, two themes named by the consultant, one reverse-scored:
// rows as a spreadsheet copies them (statement, theme, reverse, next step).
const ROWS = [
  ['We tell each other the truth, even when it is unwelcome.', 'Candour', 'no', 'Open each meeting with one unwelcome truth.'],
  ['We admit our mistakes to each other quickly.', 'candour', '', 'Share one mistake a week in the leadership meeting.'],
  ['We hold back concerns in leadership meetings.', 'Candour', 'yes', 'Ask for the strongest objection before deciding.'],
  ['We agree on the three outcomes that matter most this year.', 'Direction', 'no', 'Write down the three outcomes together this month.'],
  ['We back team decisions in public, even those we argued against.', 'Direction', 'no', 'Agree how you will speak about each decision.'],
  ['We know what each of us will give up for the team\'s goals.', 'Direction', 'no', 'Name what each of you sets aside this quarter.'],
].map((r) => r.join('\t')).join('\n');

// Hand computation by INSTRUMENT.md's rules. Item score (x-1)*25, reversed
// (5-x)*25; Q the mean; L = 100*sum(k)/(5n); index the mean of L and Q,
// shown rounded half up; bands by the shown index (0 Red, 30 Amber, 55
// Green, 85 Blue).
const PEOPLE = [
  // 100, 75, 75 (reversed), 50, 75, 0: Q 62.5; L 80; index 71.25.
  { known: [5, 3], answers: [5, 4, 2, 3, 4, 1], index: 71.25, shown: '71', band: 'Green', candour: '83', direction: '42' },
  // 75, 75, 25, 75, 75, 75: Q 66.67; L 100; index 83.33.
  { known: [5, 5], answers: [4, 4, 4, 4, 4, 4], index: 250 / 3, shown: '83', band: 'Green' },
  // every score 25: Q 25; L 40; index 32.5.
  { known: [2, 2], answers: [2, 2, 4, 2, 2, 2], index: 32.5, shown: '33', band: 'Amber' },
];

const t = async (p, sel) => (await p.textContent(sel)).trim();

async function waitNoProblems(builder) {
  await builder.waitForSelector('#problems .ok');
}

test('a consultant writes a questionnaire in the builder; it is taken, shared and combined by its own rules', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
  const builder = await context.newPage();
  await builder.goto(widget.url + 'embed/');
  // The Questions tab, by keyboard: arrows move between the tabs.
  await builder.focus('#tab-brand');
  await builder.keyboard.press('ArrowRight');
  assert.equal(await builder.getAttribute('#tab-questions', 'aria-selected'), 'true');
  await builder.check('input[value=own]');
  await waitNoProblems(builder);
  assert.deepEqual(await axe(builder), [], 'axe on the Questions tab');

  await builder.fill('#f-id', 'acme-trust');
  await builder.fill('#f-title', 'Acme leadership check');
  await builder.fill('#f-themes-0-title', 'Candour');
  await builder.fill('#f-themes-1-title', 'Direction');
  for (const [i, [name, min]] of [['Red', 0], ['Amber', 30], ['Green', 55], ['Blue', 85]].entries()) {
    await builder.fill(`#f-bands-${i}-title`, name);
    await builder.fill(`#f-bands-${i}-min`, String(min));
  }
  // Part 1 from spreadsheet rows; part 2 removed.
  await builder.fill('#f-parts-0-paste', ROWS);
  await builder.click('#f-parts-0 >> button:has-text("Fill this part from the rows")');
  await builder.click('#f-parts-1 >> button:has-text("Remove this part")');
  assert.equal(await builder.locator('#f-parts-0-items > fieldset').count(), 6);
  assert.equal(await builder.inputValue('#f-parts-0-items-1-theme'), 'trust', 'a theme named in any case is matched');
  assert.equal(await builder.isChecked('#f-parts-0-items-2-reverse'), true);

  // Two mistakes, each shown at its field with the rule; the preview says so too.
  await builder.fill('#f-bands-2-min', '20');
  await builder.fill('#f-parts-0-items-3-next_step', '');
  await builder.waitForSelector('#problems .problem');
  await builder.waitForFunction(() => document.querySelectorAll('.field-error').length === 2, null, { timeout: 5000 }).catch(async (e) => { console.log(await builder.textContent('#problems')); throw e; });
  assert.match(await t(builder, '#problems'), /2 problems to fix/);
  assert.equal(await builder.getAttribute('#f-bands-2-min', 'aria-invalid'), 'true');
  const describedBy = await builder.getAttribute('#f-bands-2-min', 'aria-describedby');
  assert.equal(await t(builder, `#${describedBy}`), 'bands must start at 0 and rise strictly, up to 100');
  assert.match(await builder.frameLocator('#preview').locator('main').textContent(), /parts\[0\]\.items\[3\]\.next_step: must not be empty/);
  assert.deepEqual(await axe(builder), [], 'axe with problems shown');
  await builder.screenshot({ path: '/tmp/litmus-builder-problems.png' });
  // Fixed, the preview shows the questionnaire as a participant takes it.
  await builder.fill('#f-bands-2-min', '55');
  await builder.fill('#f-parts-0-items-3-next_step', 'Write down the three outcomes together this month.');
  await waitNoProblems(builder);
  const preview = builder.frameLocator('#preview');
  await preview.locator('#step-heading').waitFor();
  assert.equal((await preview.locator('#step-heading').textContent()).trim(), 'Acme leadership check');

  // The file, downloaded.
  const [download] = await Promise.all([builder.waitForEvent('download'), builder.click('#download')]);
  assert.equal(download.suggestedFilename(), 'acme-trust.json');
  const file = await readFile(await download.path(), 'utf8');
  const json = JSON.parse(file);
  assert.equal(json.parts.length, 1);
  assert.deepEqual(json.parts[0].items.map((i) => i.id), ['B1', 'B2', 'B3', 'B4', 'B5', 'B6']);
  assert.deepEqual(json.bands.map((b) => [b.title, b.min]), [['Red', 0], ['Amber', 30], ['Green', 55], ['Blue', 85]]);
  // Hosted beside the widget.
  pages['/acme-trust.json'] = file;
  // The builder on a narrow screen: nothing scrolls sideways.
  await builder.setViewportSize({ width: 320, height: 800 });
  assert.ok(await builder.evaluate(() => document.documentElement.scrollWidth <= 320), 'the builder scrolls sideways at 320 px');
  await builder.setViewportSize({ width: 1000, height: 900 });

  // The snippet names the file; the consultant's page is on another origin.
  await builder.click('#tab-brand');
  await builder.fill('[name=origin]', host.url.replace(/\/$/, ''));
  await builder.waitForFunction(() => document.getElementById('snippet').value.includes('localhost'));
  const snippet = await builder.inputValue('#snippet');
  assert.match(snippet, /instrument=acme-trust/);
  assert.match(await t(builder, '#steps'), /acme-trust\.json/);
  await context.close();
  pages['/acme.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Acme</title></head><body><h1>Acme</h1>${snippet}</body></html>`;

  // A participant takes it there, on a phone.
  const phoneContext = await phone(browser);
  const page = await phoneContext.newPage();
  await page.goto(host.url + 'acme.html');
  const frame = await (await page.waitForSelector('#litmus-widget')).contentFrame();
  await frame.waitForSelector('#step-heading');
  assert.equal(await t(frame, '#step-heading'), 'Acme leadership check');
  await completeCheck(frame, PEOPLE[0]);
  const p = PEOPLE[0];
  assert.equal(await t(frame, '[data-testid=trust-index] .index-value'), p.shown);
  assert.equal(await t(frame, '[data-testid=band]'), p.band);
  assert.equal(await t(frame, '[data-testid=theme-trust]'), p.candour);
  assert.equal(await t(frame, '[data-testid=theme-alignment]'), p.direction);
  // Next steps: the stories (one colleague below five), then the lowest
  // statements scored 50 or less: B6 (0), B4 (50).
  const steps = await frame.textContent('[data-testid=next-steps]');
  assert.ok(steps.indexOf('Name what each of you sets aside') < steps.indexOf('Write down the three outcomes'), steps);
  assert.deepEqual(await axe(frame), [], 'axe on the results of a consultant questionnaire');
  const link = await shareLink(frame);
  assert.match(link, /\?.*instrument=acme-trust.*#r=/);
  await phoneContext.close();

  // The link opens elsewhere with the same numbers.
  const elsewhere = await (await phone(browser)).newPage();
  await elsewhere.goto(link);
  await elsewhere.waitForSelector('[data-testid=trust-index]');
  assert.equal(await t(elsewhere, '[data-testid=trust-index] .index-value'), p.shown);
  assert.equal(await t(elsewhere, '[data-testid=band]'), p.band);
  assert.equal(await elsewhere.title(), 'Acme leadership check');

  // Two more leaders, on the widget's own address.
  const links = [link];
  for (const person of PEOPLE.slice(1)) {
    const other = await (await phone(browser)).newPage();
    await other.goto(widget.url + '?instrument=acme-trust');
    await ready(other);
    await completeCheck(other, person);
    assert.equal(await t(other, '[data-testid=trust-index] .index-value'), person.shown);
    assert.equal(await t(other, '[data-testid=band]'), person.band);
    links.push(await shareLink(other));
    await other.context().close();
  }
  // A result of Litmus's own questionnaire.
  const ours = await (await phone(browser)).newPage();
  await ours.goto(widget.url);
  await ready(ours);
  await completeCheck(ours);
  const ourLink = await shareLink(ours);
  await ours.context().close();

  // The facilitator combines the three; ours is refused with the reason.
  const workshop = await (await phone(browser)).newPage();
  await workshop.goto(widget.url + 'workshop/?instrument=acme-trust');
  await ready(workshop);
  await workshop.fill('#codes', [...links, ourLink].join('\n'));
  await workshop.click('text=Add codes');
  assert.match(await t(workshop, '[data-testid=counts]'), /3 valid · 0 duplicates ignored · 1 rejected/);
  assert.match(await t(workshop, '[data-testid=rejected]'), /Line 4: .*questionnaire/);
  await workshop.click('text=Reveal the team view');
  await workshop.waitForSelector('[data-testid=team-index]');
  // Team Trust Index: the mean of the unrounded indexes, 62.36: 62, Green.
  const mean = PEOPLE.reduce((s, x) => s + x.index, 0) / 3;
  assert.equal(await t(workshop, '[data-testid=team-index] .index-value'), String(Math.round(mean)));
  assert.equal(await t(workshop, '[data-testid=team-index] + .band'), 'Green');
  assert.deepEqual(await axe(workshop), [], 'axe on the team view of a consultant questionnaire');
  await workshop.context().close();
});

test('a broken, missing or misnamed questionnaire file is explained, never a blank page', async () => {
  const good = JSON.parse(await readFile(new URL('../../embed/leadership-trust.json', import.meta.url), 'utf8'));
  const broken = structuredClone(good);
  broken.id = 'broken';
  broken.parts[0].items[1].theme = 'trusst';
  broken.bands[1].min = 0;
  broken.parts[1].items = [];
  pages['/broken.json'] = JSON.stringify(broken);
  pages['/not-json.json'] = '{"id": "x",';
  const page = await (await phone(browser)).newPage();
  const cases = [
    ['broken', 'broken.json', [
      'bands[1].min: bands must start at 0 and rise strictly, up to 100',
      'parts[0].items[1].theme: unknown theme "trusst" (known: trust, alignment)',
      'parts[1].items: a part needs at least one item',
    ]],
    ['not-json', 'not-json.json', [/is not JSON/]],
    ['nowhere', 'nowhere.json', [/could not be loaded \(HTTP 404\)/]],
    ['..%2Fsecret', '../secret', [/is not the name of a file beside this page/]],
    ['https%3A%2F%2Fevil.example%2Fx', 'https://evil.example/x', [/is not the name of a file beside this page/]],
  ];
  for (const [name, file, problems] of cases) {
    await page.goto(`${widget.url}?instrument=${name}`);
    await page.waitForSelector('#problem-heading');
    assert.equal(await t(page, '#problem-heading'), 'This questionnaire could not be opened');
    assert.equal(await t(page, 'main code'), file, name);
    const listed = await page.locator('.problems li').allTextContents();
    assert.equal(listed.length, problems.length, `${name}: ${listed}`);
    problems.forEach((want, i) => (typeof want === 'string' ? assert.equal(listed[i].trim(), want) : assert.match(listed[i], want)));
    assert.deepEqual(await axe(page), [], `axe on ${name}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `${name} scrolls sideways (${width})`);
  }
  await page.screenshot({ path: '/tmp/litmus-file-problem.png' });
  // The workshop explains the same way.
  await page.goto(`${widget.url}workshop/?instrument=broken`);
  await page.waitForSelector('#problem-heading');
  assert.match(await page.textContent('main'), /unknown theme "trusst"/);
  await page.context().close();
});

test('after one visit a consultant questionnaire opens offline, its file included', async () => {
  pages['/acme-offline.json'] = JSON.stringify({
    ...JSON.parse(await readFile(new URL('../../embed/leadership-trust.json', import.meta.url), 'utf8')),
    id: 'acme-offline',
    title: 'Acme offline check',
  });
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(widget.url + '?instrument=acme-offline');
  await ready(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.equal(await t(page, '#step-heading'), 'Acme offline check');
  await context.close();
});
