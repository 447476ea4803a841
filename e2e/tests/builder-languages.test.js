// The embed builder in German, French and Spanish, at 390x844: a
// consultant opens it in their browser's language, sets a brand, writes
// their own questionnaire from Litmus's (a problem shown at its field, then
// fixed), opens a file with part of a translation, downloads the file and
// starts again (from Litmus's questions in the language). Every state is walked in English and in each language by
// the same clicks (by id, never by wording): no English is left but names,
// numbers and the questionnaire's own texts (the consultant's content), each
// state is axe-clean with the page's `lang`, and the snippet and the file
// are the English walk's. The language is the address's `lang`, else the
// one picked in the footer (remembered), else the browser's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, phone, axe, texts } from '../harness.js';

let server, browser;
const pages = {}; // files beside the widget
before(async () => { server = await serve(undefined, { pages }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const LOCALES = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };
const starting = JSON.parse(await readFile(new URL('../../embed/leadership-trust.json', import.meta.url), 'utf8'));

/** Every text of a questionnaire file: the consultant's content, not the
 * builder's words. */
function contentOf(value, out = new Set()) {
  if (typeof value === 'string') out.add(value);
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => contentOf(v, out));
  return out;
}
const CONTENT = contentOf(starting);
const NAMES = ['Litmus', 'English', 'Deutsch', 'Français', 'Español', 'Georgia, serif', 'Version', 'Name', 'Questions', 'Acme'];
const allowed = (text) => /^[\d\s%/–·.,:()+#-]*$/.test(text) || NAMES.includes(text) || CONTENT.has(text)
  || /^https?:\/\//.test(text) || /^#[0-9a-f]{6}$/.test(text)
  // a field's path, which the file format names in English (README)
  || /^[a-z_]+(\[\d+\])?(\.[a-z_]+(\[\d+\])?)*$/.test(text);

/** What the builder shows now, for the English comparison. */
const shown = (page) => texts(page, 'body', ['aria-label', 'placeholder', 'title']);

async function clean(page, code, where) {
  assert.equal(await page.getAttribute('html', 'lang'), code, `lang on ${where}`);
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe on the builder in ${code}, ${where}: ${JSON.stringify(violations, null, 1)}`);
}

/** One consultant's walk through the builder in `code`: its texts at each
 * state, the snippet, the downloaded file and the dialog's question. */
async function walk(code) {
  const context = await phone(browser, { locale: LOCALES[code], acceptDownloads: true });
  const page = await context.newPage();
  let dialog = '';
  page.on('dialog', (d) => { dialog = d.message(); d.accept(); });
  // Its inline stylesheet and first script are allowed by their hashes.
  const refused = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) refused.push(m.text()); });
  await page.goto(server.url + 'embed/');
  if (code !== 'en') await page.waitForURL(new RegExp(`/embed/index\\.${code}\\.html$`));
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('<iframe'));
  const seen = {};
  seen.brand = await shown(page);
  await clean(page, code, 'brand');
  // 320 px: long words wrap, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 700 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), `the builder in ${code} scrolls sideways at 320 px`);
  await page.setViewportSize({ width: 390, height: 844 });

  await page.fill('[name=accent]', '#0b6e4f');
  await page.fill('[name=origin]', 'https://acme.example');
  await page.click('#tab-questions');
  await page.check('input[value=own]');
  await page.waitForSelector('#problems .ok');
  await page.waitForSelector('#steps li');
  seen.questions = await shown(page);
  await clean(page, code, 'questions');

  // A problem, shown at its field, then fixed.
  await page.fill('#f-parts-0-items-0-text', '');
  await page.waitForSelector('#f-parts-0-items-0-text[aria-invalid=true]');
  seen.problem = await shown(page);
  const problem = await page.textContent('#problems');
  await clean(page, code, 'a problem');
  await page.fill('#f-parts-0-items-0-text', 'We tell each other the truth.');
  await page.waitForSelector('#problems .ok');

  // A file with part of a German translation: what each language lacks.
  const file = { ...starting, id: 'acme-trust', title: 'Acme', translations: { de: { title: 'Acme' } } };
  await page.setInputFiles('#open', { name: 'acme-trust.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.waitForSelector('[data-testid=languages] li');
  await page.waitForFunction(() => /acme-trust/.test(document.getElementById('snippet').value));
  seen.file = await shown(page);
  await clean(page, code, 'an opened file');
  const snippet = await page.inputValue('#snippet');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const downloaded = JSON.parse(await readFile(await download.path(), 'utf8'));
  await page.waitForFunction(() => document.getElementById('file-status').textContent !== '');
  seen.downloaded = await shown(page);

  await page.setInputFiles('#open', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await page.waitForFunction(() => /notes\.json/.test(document.getElementById('file-status').textContent));
  seen.foreign = await shown(page);

  await page.click('#restart');
  await page.waitForFunction(() => /my-questionnaire/.test(document.getElementById('snippet').value));
  const restarted = await page.inputValue('#f-title');
  const statement = await page.inputValue('#f-parts-0-items-0-text');
  assert.deepEqual(refused, [], `the builder in ${code} broke its own policy`);
  assert.ok(await page.evaluate(() => getComputedStyle(document.querySelector('button')).minHeight === '44px'), 'its stylesheet applies');
  await context.close();
  return { seen, snippet, downloaded, problem, dialog, restarted, statement };
}

// The English walk, made once, the first language's test waiting for it.
let englishWalk;
const englishOnce = () => (englishWalk ??= walk('en'));

for (const code of ['de', 'fr', 'es']) {
  test(`the embed builder in ${code}: every state in the language, the same snippet and file`, async () => {
    const english = await englishOnce();
    const got = await walk(code);
    for (const [state, list] of Object.entries(got.seen)) {
      const left = list.filter((text) => english.seen[state].includes(text) && !allowed(text));
      assert.deepEqual(left, [], `English left in the builder's ${state} state in ${code}`);
    }
    assert.notEqual(got.dialog, english.dialog, 'the confirmation is asked in the language');
    assert.ok(got.dialog.length > 20);
    assert.notEqual(got.restarted, english.restarted, 'a questionnaire started afresh has a title in the language');
    assert.notEqual(got.statement, english.statement, 'and starts from Litmus\'s questions in the language');
    assert.equal(english.statement, starting.parts[0].items[0].text);
    assert.match(got.problem, /parts\[0\]\.items\[0\]\.text/);
    assert.notEqual(got.problem, english.problem, 'the problem is worded in the language');
    // The snippet differs only in the frame's title; the file not at all.
    const src = (s) => s.match(/src="([^"]+)"/)[1];
    assert.equal(src(got.snippet), src(english.snippet));
    assert.equal(got.snippet.replace(/title="[^"]*"/, ''), english.snippet.replace(/title="[^"]*"/, ''));
    assert.deepEqual(got.downloaded, english.downloaded);
  });
}

test('the builder\'s language: the address\'s lang, else the one picked in its footer (remembered), else the browser\'s', async () => {
  const context = await phone(browser, { locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(server.url + 'embed/?lang=es');
  await page.waitForURL(/\/embed\/index\.es\.html\?lang=es$/);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('<iframe'));
  // By keyboard: the footer's picker.
  await page.focus('nav.languages a[hreflang=fr]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/embed\/index\.fr\.html\?lang=fr$/);
  assert.equal(await page.getAttribute('nav.languages a[aria-current=true]', 'hreflang'), 'fr');
  await page.goto(server.url + 'embed/');
  await page.waitForURL(/\/embed\/index\.fr\.html$/);
  assert.equal((await page.textContent('h1')).trim(), 'Intégrer Litmus à votre site');
  await page.click('nav.languages a[hreflang=en]');
  await page.waitForURL(/\/embed\/\?lang=en$/);
  await page.goto(server.url + 'embed/');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal((await page.textContent('h1')).trim(), 'Embed Litmus on your site');
  await context.close();
});

test('a questionnaire file that cannot be used is explained in the reader\'s language, each rule worded there', async () => {
  const broken = structuredClone(starting);
  broken.id = 'broken';
  broken.parts[0].items[1].theme = 'trusst';
  broken.bands[1].min = 0;
  broken.parts[1].items = [];
  broken.parts[0].items[0].next_step = '';
  pages['/broken.json'] = JSON.stringify(broken);
  const expected = {
    de: ['Dieser Fragebogen ließ sich nicht öffnen', [
      'bands[1].min: die Stufen müssen bei 0 beginnen und streng ansteigen, bis höchstens 100',
      'parts[0].items[0].next_step: darf nicht leer sein',
      'parts[0].items[1].theme: unbekanntes Thema „trusst“ (vorhanden: trust, alignment)',
      'parts[1].items: ein Teil braucht mindestens eine Aussage',
    ], /konnte nicht geladen werden \(HTTP 404\)/],
    fr: [null, [
      'bands[1].min: les niveaux doivent commencer à 0 et croître strictement, jusqu’à 100',
      'parts[0].items[0].next_step: ne doit pas être vide',
      'parts[0].items[1].theme: thème inconnu «\u00a0trusst\u00a0» (thèmes existants\u00a0: trust, alignment)',
      'parts[1].items: une partie doit contenir au moins une affirmation',
    ], /n’a pas pu être chargé \(HTTP 404\)/],
    es: [null, [
      'bands[1].min: las franjas deben empezar en 0 y subir estrictamente, hasta 100',
      'parts[0].items[0].next_step: no puede estar vacío',
      'parts[0].items[1].theme: tema desconocido «trusst» (temas existentes: trust, alignment)',
      'parts[1].items: una parte necesita al menos una afirmación',
    ], /no se ha podido cargar \(HTTP 404\)/],
  };
  for (const [code, [heading, problems, missing]] of Object.entries(expected)) {
    const context = await phone(browser, { locale: LOCALES[code] });
    const page = await context.newPage();
    await page.goto(`${server.url}?instrument=broken`);
    await page.waitForURL(new RegExp(`/index\\.${code}\\.html\\?instrument=broken$`));
    await page.waitForSelector('#problem-heading');
    if (heading) assert.equal((await page.textContent('#problem-heading')).trim(), heading);
    const listed = (await page.locator('.problems li').allTextContents()).map((l) => l.trim());
    assert.deepEqual(listed, problems.slice(0, listed.length), code);
    assert.equal(listed.length, 4, code);
    await clean(page, code, 'a broken file');
    await page.goto(`${server.url}index.${code}.html?instrument=nowhere`);
    await page.waitForSelector('#problem-heading');
    assert.match(await page.textContent('.problems'), missing);
    await context.close();
  }
});
