// The whole assessment in a real browser at a phone viewport, keyboard only.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, phone, axe, ready } from '../harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Presses Tab until the focused element matches `selector` (keyboard only). */
async function tabTo(page, selector, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

async function next(page) {
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
}

async function heading(page) {
  return (await page.textContent('#step-heading')).trim();
}

async function assertAccessible(page, where) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe violations on ${where}: ${JSON.stringify(violations, null, 1)}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow}px`);
}

// Answers chosen for the test, by item: 1-5 on the scale, or 0 for "prefer not".
const ITEMS = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'];
const ANSWERS = { B1: 4, B2: 2, B3: 5, B4: 3, B5: 1, B6: 2, C1: 4, C2: 0, C3: 5, C4: 3, C5: 2, C6: 4, C7: 1, C8: 5 };
const THEME = { B1: 'a', B2: 't', B3: 'a', B4: 'a', B5: 't', B6: 't', C1: 't', C2: 't', C3: 't', C4: 't', C5: 't', C6: 'a', C7: 'a', C8: 'a' };
const KNOWN = [5, 3, 1]; // experiences ticked per colleague

// The expected numbers, computed by hand from INSTRUMENT.md's rules.
function expected() {
  const score = (id) => { const x = ANSWERS[id]; return id === 'B6' ? (5 - x) * 25 : (x - 1) * 25; };
  const answered = ITEMS.filter((id) => ANSWERS[id] > 0);
  const mean = (ids) => ids.reduce((s, id) => s + score(id), 0) / ids.length;
  const L = (100 * KNOWN.reduce((a, b) => a + b, 0)) / (5 * KNOWN.length); // 60
  const Q = mean(answered); // 750 / 13
  const index = (L + Q) / 2; // 58.85
  const round = (x) => Math.floor(x + 0.5);
  return {
    index: round(index), coverage: round(L), questions: round(Q),
    trust: round(mean(answered.filter((id) => THEME[id] === 't'))),
    alignment: round(mean(answered.filter((id) => THEME[id] === 'a'))),
  };
}

async function answerQuestion(page, value) {
  // Tab into the radio group, Space selects the first choice, arrows move on.
  await tabTo(page, 'input[type=radio]');
  await page.keyboard.press('Space');
  const moves = value === 0 ? 5 : value - 1;
  for (let i = 0; i < moves; i++) await page.keyboard.press('ArrowDown');
}

test('a leader completes the check with the keyboard on a phone and resumes after a reload', async () => {
  const context = await phone(browser);
  const page = await context.newPage();
  const requests = [];
  let loading = true;
  page.on('request', (r) => { if (!loading) requests.push(r.url()); });

  await page.goto(server.url);
  await ready(page);
  loading = false;
  assert.equal(await heading(page), 'Leadership trust check');
  assert.match(await page.textContent('main'), /Nothing is sent anywhere/);
  assert.match(await page.textContent('main'), /About five minutes/);
  await assertAccessible(page, 'welcome');
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');

  // Team: three colleagues, one with a private label.
  await page.waitForSelector('#team-size');
  assert.equal(await heading(page), 'Your leadership team');
  await assertAccessible(page, 'team');
  await tabTo(page, '#team-size');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await tabTo(page, '#label-0');
  await page.keyboard.type('CFO');
  assert.equal(await page.locator('.labels li').count(), 3);
  await next(page);

  // Litmus: tick experiences, one by typing a private keyword.
  for (let c = 0; c < KNOWN.length; c++) {
    await page.waitForSelector(`#slot-0`);
    assert.match(await heading(page), new RegExp(`^Colleague ${c + 1} of 3`));
    if (c === 0) assert.equal(await heading(page), 'Colleague 1 of 3: CFO');
    await assertAccessible(page, `colleague ${c + 1}`);
    for (let s = 0; s < KNOWN[c]; s++) {
      if (s === 1) {
        await tabTo(page, `#keyword-${s}`);
        await page.keyboard.type('grew up abroad');
      } else {
        await tabTo(page, `#slot-${s}`);
        await page.keyboard.press('Space');
      }
    }
    assert.equal(await page.textContent('.tally'), `You could describe ${KNOWN[c]} of 5.`);
    await next(page);
  }

  // Questions, one per screen; reload after the fifth.
  for (let i = 0; i < ITEMS.length; i++) {
    await page.waitForSelector('input[type=radio]');
    assert.equal(await heading(page), `Question ${i + 1} of 14`);
    await assertAccessible(page, `question ${ITEMS[i]}`);
    await answerQuestion(page, ANSWERS[ITEMS[i]]);
    await next(page);
    if (i === 4) {
      await page.waitForSelector('#step-heading:text("Question 6 of 14")');
      loading = true;
      await page.reload();
      await ready(page);
      loading = false;
      assert.equal(await heading(page), 'Question 6 of 14', 'resumes where the user was');
      assert.match(await page.textContent('.notice'), /restored/);
      // The previous answer survived the reload.
      await tabTo(page, 'button.secondary');
      await page.keyboard.press('Enter');
      await page.waitForSelector('#step-heading:text("Question 5 of 14")');
      assert.equal(await page.isChecked('#q4-1'), true);
      await next(page);
      await page.waitForSelector('#step-heading:text("Question 6 of 14")');
    }
  }

  // Results.
  await page.waitForSelector('[data-testid=trust-index]');
  const want = expected();
  assert.deepEqual(want, { index: 59, coverage: 60, questions: 58, trust: 50, alignment: 67 });
  const text = async (id) => (await page.textContent(`[data-testid=${id}]`)).trim();
  assert.equal(await text('trust-index'), `${want.index}/ 100`);
  assert.equal(await text('band'), 'Developing');
  assert.equal(await text('coverage'), `${want.coverage}%`);
  assert.equal(await text('verdict'), 'Not yet');
  assert.equal(await text('questions'), `${want.questions}`);
  assert.equal(await text('theme-trust'), `${want.trust}`);
  assert.equal(await text('theme-alignment'), `${want.alignment}`);
  const steps = await page.locator('[data-testid=next-steps] li').allTextContents();
  assert.equal(steps.length, 3);
  assert.match(steps[0], /^Know each other's stories\. .*fewer than five: 2 on your team\.$/);
  assert.match(steps[1], /^Talking about our lives \(0\/100\)\. /);
  assert.match(steps[2], /^Measurable priorities \(0\/100\)\. /);
  // Every item has a bar; C2 was skipped.
  assert.equal(await page.locator('.bar-chart').nth(1).locator('li').count(), 14);
  assert.match(await page.locator('.bar-chart').nth(1).locator('li').nth(7).textContent(), /skipped/);
  // The per-colleague chart uses the private label, on this device only.
  assert.match(await page.locator('.bar-chart').first().textContent(), /CFO.*5 of 5/);
  await assertAccessible(page, 'results');

  assert.deepEqual(requests, [], 'no network request after the page loaded');
  await context.close();
});

test('the layout works at 320px and in dark mode', async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  await assertAccessible(page, 'welcome, 320px dark');
  await page.click('button[type=submit]');
  await page.waitForSelector('#team-size');
  await assertAccessible(page, 'team, 320px dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(15, 18, 22)', 'dark theme applies');
  // Jump to the results through the flow with the mouse, then scan them.
  for (let i = 0; i < 1 + 5 + 14; i++) await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=trust-index]');
  await assertAccessible(page, 'results, 320px dark');
  await context.close();
});
