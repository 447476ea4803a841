// The workshop: three people share links, a facilitator combines them with
// the network off after the first load; the value question's gaps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, phone, axe, ready, completeCheck, shareLink, qrOfResult, pictures, y4m, valueLink } from '../harness.js';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const TITLES = { B4: 'The best idea wins', B6: 'Arguments taken personally' };
const ITEMS = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'];

// Three leaders: experiences per colleague, and one answer for every item.
const PEOPLE = [
  { known: [5, 5], answer: 4 },
  { known: [3, 2], answer: 3 },
  { known: [4, 4], answer: 4, B4: 1, B6: 1 },
];

/** The team view by INSTRUMENT.md's rules, computed here by hand. */
function expected() {
  const answerOf = (p, id) => p[id] ?? p.answer;
  const score = (id, x) => (id === 'B6' ? (5 - x) * 25 : (x - 1) * 25);
  const reversed = (id, x) => (id === 'B6' ? 6 - x : x);
  const coverage = PEOPLE.map((p) => (100 * p.known.reduce((a, b) => a + b, 0)) / (5 * p.known.length));
  const indexes = PEOPLE.map((p, k) => {
    const q = ITEMS.reduce((s, id) => s + score(id, answerOf(p, id)), 0) / ITEMS.length;
    return (coverage[k] + q) / 2;
  });
  const round = (x) => Math.floor(x + 0.5);
  const splits = ITEMS.filter((id) => {
    const xs = PEOPLE.map((p) => reversed(id, answerOf(p, id)));
    return xs.some((x) => x >= 4) && xs.some((x) => x <= 2);
  });
  return {
    index: round(indexes.reduce((a, b) => a + b) / 3),
    coverage: round(coverage.reduce((a, b) => a + b) / 3),
    lowest: round(Math.min(...coverage)),
    passed: PEOPLE.filter((p) => p.known.every((k) => k === 5)).length,
    splits,
  };
}

async function leaderLink(person) {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  const answers = ITEMS.map((id) => person[id] ?? person.answer);
  await completeCheck(page, { known: person.known, answers, labels: ['PRIVATE-LABEL'] });
  const link = await shareLink(page);
  await context.close();
  return link;
}

test('a facilitator combines three leaders’ links offline, disagreements first', async () => {
  const links = [];
  for (const p of PEOPLE) links.push(await leaderLink(p));

  const context = await phone(browser);
  const page = await context.newPage();
  const requests = [];
  await page.goto(server.url + '#combine');
  await ready(page);
  assert.equal(page.url(), server.url + 'workshop/#combine', 'the old address reaches the workshop page');
  await context.setOffline(true);
  page.on('request', (r) => requests.push(r.url()));
  assert.equal((await page.textContent('#step-heading')).trim(), 'Combine results');
  assert.match(await page.textContent('main'), /Confidential, not anonymous/);

  // Two codes show nothing.
  await page.fill('#codes', `${links[0]}\n${links[1]}`);
  await page.click('text=Add codes');
  assert.match(await page.textContent('[data-testid=counts]'), /2 valid · 0 duplicates ignored · 0 rejected/);
  assert.match(await page.textContent('[data-testid=below-minimum]'), /1 more needed/);
  assert.equal(await page.isDisabled('text=Reveal the team view'), true);
  assert.equal(await page.locator('[data-testid=team-index]').count(), 0);
  await assertClean(page, 'combine');

  // The third, with noise: chat text, <...>, %23, tracking, a duplicate, a damaged code.
  const code2 = links[2].split('#r=')[1];
  const damaged = links[1].replace(/#r=(.{10})./, '#r=$1' + (links[1].split('#r=')[1][10] === 'A' ? 'B' : 'A'));
  const noise = [
    'Hi all, here are the results from this morning:',
    `Cara: <${links[2].replace('#', '%23')}&utm_source=chat>.`,
    `Anna (again): ${links[0]}`,
    `Dev: ${damaged}`,
    'thanks!',
  ].join('\n');
  await page.fill('#codes', noise);
  await page.click('text=Add codes');
  assert.match(await page.textContent('[data-testid=counts]'), /3 valid · 1 duplicate ignored · 1 rejected/);
  assert.match(await page.textContent('[data-testid=rejected]'), /Line 4: the code was changed or mistyped/);
  assert.ok(code2.length > 20);

  await page.click('text=Reveal the team view');
  await page.waitForSelector('[data-testid=team-index]');
  const want = expected();
  assert.deepEqual(want.splits, ['B4', 'B6']);
  const t = async (sel) => (await page.textContent(sel)).trim();
  assert.equal(await t('[data-testid=team-index] .index-value'), String(want.index));
  assert.equal(await t('[data-testid=team-coverage]'), `${want.coverage}%`);
  assert.equal(await t('[data-testid=team-coverage-lowest]'), `${want.lowest}%`);
  assert.equal(await t('[data-testid=team-passed]'), `${want.passed} of 3`);
  const splits = await page.locator('[data-testid=splits] li').allTextContents();
  // Each split is named by its short title, never by an id.
  assert.deepEqual(splits.map((s) => s.split('. ')[0]), want.splits.map((id) => TITLES[id]));
  assert.match(splits[0], /Next step:/);
  assert.doesNotMatch(await page.textContent('main'), /PRIVATE-LABEL/);
  // Frozen: no way to add codes after the reveal.
  assert.equal(await page.locator('#codes').count(), 0);
  await assertClean(page, 'team view');

  // Large type for the projector.
  await page.click('text=Large type');
  assert.equal(await page.getAttribute('text=Large type', 'aria-pressed'), 'true');
  await assertClean(page, 'team view, large type');

  // The team link holds aggregates only and opens the same view elsewhere.
  await page.click('text=Share or save this result');
  const teamLink = await page.inputValue('[data-testid=share-link]');
  assert.match(teamLink, /#t=[A-Za-z0-9_-]+$/);
  for (const l of links) assert.ok(!teamLink.includes(l.split('#r=')[1].slice(0, 16)), 'no individual code');
  assert.deepEqual(requests, [], 'no network request while offline');
  await context.setOffline(false);

  assert.ok(teamLink.startsWith(server.url + 'workshop/#t='), teamLink);
  // The team link, and the same code at the address it had before the
  // workshop had a page of its own, open the same view.
  const oldAddress = server.url + '#t=' + teamLink.split('#t=')[1];
  for (const address of [teamLink, oldAddress]) {
    const other = await (await phone(browser)).newPage();
    await other.goto(address);
    await ready(other);
    assert.equal(other.url(), teamLink);
    assert.equal((await other.textContent('[data-testid=team-index] .index-value')).trim(), String(want.index));
    assert.deepEqual(
      (await other.locator('[data-testid=splits] li').allTextContents()).map((s) => s.split('. ')[0]),
      want.splits.map((id) => TITLES[id]),
    );
    await other.context().close();
  }
  await context.close();
});

test('a manager plus three team members show the perception gaps', async () => {
  // The worked case "manager sees more value than the team".
  const manager = await valueLink(browser, server, 0, [5, 4, 5, 3]);
  const members = [];
  for (const a of [[3, 4, 4, 3], [4, 3, 3, 4], [3, 5, 4, 2]]) members.push(await valueLink(browser, server, 1, a));
  const secondManager = await valueLink(browser, server, 0, [1, 1, 1, 1]);

  const page = await (await phone(browser)).newPage();
  await page.goto(server.url + '#combine');
  await ready(page);
  await page.fill('#codes', [manager, members[0], members[1]].join('\n'));
  await page.click('text=Add codes');
  assert.match(await page.textContent('[data-testid=below-minimum]'), /1 more team member/);
  await page.fill('#codes', [members[2], secondManager].join('\n'));
  await page.click('text=Add codes');
  assert.match(await page.textContent('[data-testid=rejected]'), /Line 2: a combination can hold only one manager's result/);
  await page.click('text=Reveal the team view');
  await page.waitForSelector('[data-testid=gap-talent]');
  const row = async (id) => (await page.textContent(`[data-testid=gap-${id}]`)).replace(/\s+/g, ' ');
  assert.match(await row('talent'), /Team mean3\.3.*Manager5.*Gap\+1\.7.*Perception gap/);
  assert.match(await row('clarity'), /Team mean4\.0.*Gap0\.0/);
  assert.doesNotMatch(await row('clarity'), /Perception gap/);
  assert.match(await row('trust'), /Gap\+1\.3.*Perception gap/);
  assert.doesNotMatch(await row('performance'), /Perception gap/);
  await assertClean(page, 'value gaps');
});

// Scanning: the participants' QR codes as the app itself draws them on
// their share sheets, played to the workshop through Chromium's fake camera
// (a Y4M video) and read by the workshop's own QR reader, with no
// BarcodeDetector anywhere.
async function leaderQr(person) {
  return qrOfResult(browser, server, { known: person.known, answers: ITEMS.map((id) => person[id] ?? person.answer) });
}

test('participants’ QR codes are read with the camera and from a photo, with no BarcodeDetector', async () => {
  const qrs = [];
  for (const p of PEOPLE) qrs.push(await leaderQr(p));
  const frames = await pictures(browser, qrs.map((q) => q.svg), { width: 640, height: 480, side: 300 });
  const dir = await mkdtemp(join(tmpdir(), 'litmus-scan-'));
  const video = join(dir, 'room.y4m');
  await writeFile(video, y4m(frames.map((f) => f.grey), 640, 480));

  const camera = await launch(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  try {
    const context = await phone(camera, { permissions: ['camera'] });
    await context.addInitScript(() => { delete window.BarcodeDetector; });
    const page = await context.newPage();
    await page.goto(server.url + 'workshop/');
    await ready(page);
    assert.equal(await page.evaluate(() => 'BarcodeDetector' in window), false);
    // The reader is fetched only when scanning starts.
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    assert.equal(fetched.filter((p) => /scan-/.test(p)).length, 0);

    // The first leader's link was pasted already: scanning it again is a
    // duplicate, ignored and said so.
    await page.fill('#codes', qrs[0].link);
    await page.click('text=Add codes');
    await page.click('text=Scan QR codes with the camera');
    await page.waitForSelector('video.scanner');
    await page.waitForSelector('[data-testid=counts]:has-text("3 valid")', { timeout: 30_000 });
    await page.waitForSelector('[data-testid=counts]:has-text("1 duplicate ignored")', { timeout: 30_000 });
    assert.match(await page.textContent('[data-testid=counts]'), /3 valid · 1 duplicate ignored · 0 rejected/);
    assert.match(await page.textContent('[data-testid=scan-status]'), /Added: 3 results so far\.|Already added: this duplicate is ignored\./);
    assert.ok(fetched.some((p) => /scan-\w+\.wasm$/.test(p)), 'the reader was fetched when scanning started');
    assert.deepEqual(await axe(page), [], 'axe while scanning');
    // Scanning alone reveals nothing: the reveal stays a step of its own.
    assert.equal(await page.locator('[data-testid=team-index]').count(), 0);
    // The README's picture of scanning (docs/scanning.png is a copy).
    await page.evaluate(() => document.querySelector('.scan').scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(dir, 'scanning.png') });
    await page.click('text=Stop scanning');
    assert.equal(await page.locator('video.scanner').count(), 0);
    await page.click('text=Reveal the team view');
    await page.waitForSelector('[data-testid=team-index]');
    assert.equal((await page.textContent('[data-testid=team-index] .index-value')).trim(), String(expected().index));
    await context.close();

    // A photo holding two codes adds two.
    const [photo] = await pictures(browser, [qrs[1].svg, qrs[2].svg], { width: 1200, height: 700, side: 420, perPicture: 2 });
    const photoPath = join(dir, 'two-codes.png');
    await writeFile(photoPath, photo.png);
    const second = await (await phone(camera)).newPage();
    await second.goto(server.url + 'workshop/');
    await ready(second);
    await second.setInputFiles('#codes-photo', photoPath);
    await second.waitForSelector('[data-testid=scan-note]:has-text("Read 2 QR codes in the photo.")', { timeout: 30_000 });
    assert.match(await second.textContent('[data-testid=counts]'), /2 valid · 0 duplicates ignored · 0 rejected/);
    // A picture with no code says so, and a file that is no picture too.
    await writeFile(join(dir, 'blank.png'), await blankPng());
    await second.setInputFiles('#codes-photo', join(dir, 'blank.png'));
    await second.waitForSelector('[data-testid=scan-note]:has-text("No QR code could be read in that photo")');
    await writeFile(join(dir, 'notes.txt'), 'not a picture');
    await second.setInputFiles('#codes-photo', join(dir, 'notes.txt'));
    await second.waitForSelector('[data-testid=scan-note]:has-text("not a picture this browser can open")');
    assert.match(await second.textContent('[data-testid=counts]'), /2 valid/);
  } finally {
    await camera.close();
  }

  // Permission denied: the camera is refused, and the page says how to allow it.
  const refusing = await launch(['--use-fake-device-for-media-stream', '--deny-permission-prompts']);
  try {
    const page = await (await phone(refusing)).newPage();
    await page.goto(server.url + 'workshop/');
    await ready(page);
    await page.click('text=Scan QR codes with the camera');
    await page.waitForSelector('[data-testid=scan-note]:has-text("The camera was not allowed")');
    assert.equal(await page.locator('video.scanner').count(), 0, 'the preview goes');
    assert.equal(await page.getAttribute('text=Scan QR codes with the camera', 'aria-pressed'), 'false');
  } finally {
    await refusing.close();
  }
});

/** A picture with a dark block in it but no code. */
async function blankPng() {
  const page = await (await phone(browser)).newPage();
  const png = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 400;
    c.height = 300;
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 400, 300);
    g.fillStyle = '#000';
    g.fillRect(50, 50, 80, 40);
    return c.toDataURL('image/png').split(',')[1];
  });
  await page.context().close();
  return Buffer.from(png, 'base64');
}

async function assertClean(page, where) {
  assert.deepEqual(await axe(page), [], `axe on ${where}`);
}
