// The check in German, French and Spanish: the whole journey at 390x844 in
// each language, nothing left in English, the same numbers as in English;
// the static shell painting in the reader's language; the language picker
// and the remembered choice; the browser's preferred language; a `lang`
// option in a sandboxed embedded widget; a German result link opened in
// English; a workshop combining results made in three languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, phone, axe, ready, texts, completeCheck, shareLink, recode } from '../harness.js';

let server, host, widget, browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await host?.close();
  await widget?.close();
});

// Experiences per colleague, and an answer per statement (0: prefer not).
const KNOWN = [5, 3, 2];
const ANSWERS = [4, 2, 3, 5, 1, 4, 3, 0, 3, 3, 5, 3, 2, 3];

const LANGUAGES = {
  de: { title: 'Vertrauens-Check für Führungsteams', start: 'Check starten', index: 'Ihr Vertrauensindex', name: 'Deutsch' },
  fr: { title: 'Évaluation de la confiance au sein de l’équipe de direction', start: 'Commencer l’évaluation', index: 'Votre Indice de confiance', name: 'Français' },
  es: { title: 'Evaluación de la confianza del equipo directivo', start: 'Comenzar la evaluación', index: 'Su Índice de confianza', name: 'Español' },
};

// What may read the same as in English: names, numbers and punctuation,
// and words a language shares with English.
const SAME = {
  all: ['Litmus', 'English', 'Deutsch', 'Français', 'Español', '/ 100', '+', '−', '·'],
  de: ['Link'],
  fr: ['Verdict', 'Fragile'],
  es: [],
};
const allowed = (code, text) => /^[\d\s%/–·.,:()+−-]*$/.test(text) || SAME.all.includes(text) || SAME[code].includes(text);

/** The numbers a results screen shows, as digits, by what they measure. */
async function numbers(page) {
  const digits = async (sel) => (await page.textContent(sel)).replace(/\D+/g, ' ').trim();
  return {
    index: await digits('[data-testid=trust-index] .index-value'),
    band: await page.getAttribute('[data-testid=band]', 'data-band'),
    coverage: await digits('[data-testid=coverage]'),
    trust: await digits('[data-testid=theme-trust]'),
    alignment: await digits('[data-testid=theme-alignment]'),
    questions: await digits('[data-testid=questions]'),
    bars: (await page.locator('.bar-value').allTextContents()).map((t) => t.replace(/\D+/g, ' ').trim()),
  };
}

async function clean(page, where) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe on ${where}: ${JSON.stringify(violations, null, 1)}`);
}

/** The whole check from its address, every screen's words kept by name;
 * axe-clean on every screen. Returns the words, the numbers and the link. */
async function journey(page, url, where) {
  const screens = {};
  await page.goto(url);
  await ready(page);
  screens.welcome = await texts(page);
  await clean(page, `${where}: welcome`);
  await page.click('button[type=submit]');
  await page.fill('#team-size', String(KNOWN.length));
  screens.team = await texts(page);
  await clean(page, `${where}: team`);
  await page.click('button[type=submit]');
  for (const [i, k] of KNOWN.entries()) {
    for (let s = 0; s < k; s++) await page.check(`#slot-${s}`);
    if (i === 0) {
      screens.colleague = await texts(page);
      await clean(page, `${where}: colleague`);
    }
    await page.click('button[type=submit]');
  }
  for (const [i, a] of ANSWERS.entries()) {
    await page.click(`label[for=q${i}-${a === 0 ? 'skip' : a}]`);
    if (i === 0) {
      screens.question = await texts(page);
      await clean(page, `${where}: question`);
    }
    await page.click('button[type=submit]');
  }
  await page.waitForSelector('[data-testid=trust-index]');
  screens.results = await texts(page);
  await clean(page, `${where}: results`);
  await page.click('.share-toggle');
  await page.waitForSelector('#share-sheet');
  screens.share = await texts(page);
  await clean(page, `${where}: share sheet`);
  const link = await page.inputValue('[data-testid=share-link]');
  const shown = await numbers(page);
  const checkPath = new URL(page.url()).pathname;
  const checkLang = await page.getAttribute('html', 'lang');
  // The compare page, in the same language, lists the result kept today.
  await page.click('.over-time a[href^="compare/"]');
  await page.waitForSelector('[data-testid=kept]');
  screens.compare = await texts(page);
  await clean(page, `${where}: compare page`);
  return { screens, numbers: shown, link, checkPath, checkLang, comparePath: new URL(page.url()).pathname };
}

test('the whole check in German, French and Spanish: every screen translated, axe-clean, the same numbers', async () => {
  const english = await phone(browser);
  const en = await journey(await english.newPage(), server.url, 'English');
  await english.close();
  assert.equal(en.screens.welcome.includes('Start the check'), true);

  for (const [code, words] of Object.entries(LANGUAGES)) {
    const context = await phone(browser);
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const run = await journey(page, `${server.url}?lang=${code}`, code);
    assert.equal(run.checkPath, `/index.${code}.html`, 'the lang option opens the page in that language');
    assert.equal(run.checkLang, code);
    assert.equal(await page.getAttribute('html', 'lang'), code, 'the compare page too');
    for (const [screen, list] of Object.entries(run.screens)) {
      const english = list.filter((t) => en.screens[screen].includes(t) && !allowed(code, t));
      assert.deepEqual(english, [], `${code} ${screen}: still English`);
    }
    assert.ok(run.screens.welcome.includes(words.start), `${code}: ${words.start}`);
    assert.ok(run.screens.results.includes(words.index), `${code}: ${words.index}`);
    assert.deepEqual(run.numbers, en.numbers, `${code}: the same numbers as in English`);
    assert.equal(run.comparePath, `/compare/index.${code}.html`, 'the compare page in the same language');
    // The link carries the result, not the language or its page.
    assert.match(run.link, new RegExp(`^${server.url}#r=`));
    // After the page, nothing was fetched but the app's own files.
    assert.deepEqual(requests.filter((u) => !u.startsWith(server.url)), []);
    await context.close();
  }
});

test('a German result link opens in English for an English reader, with the same numbers', async () => {
  const german = await phone(browser, { locale: 'de-DE' });
  const page = await german.newPage();
  await page.goto(server.url);
  await page.waitForURL(/index\.de\.html/);
  const de = await journey(page, page.url(), 'German');
  await german.close();

  const reader = await phone(browser, { locale: 'en-GB' });
  const opened = await reader.newPage();
  await opened.goto(de.link);
  await opened.waitForSelector('[data-testid=trust-index]');
  assert.equal(new URL(opened.url()).pathname, '/');
  assert.equal(await opened.getAttribute('html', 'lang'), 'en');
  assert.match(await opened.textContent('#step-heading'), /Their Trust Index/);
  assert.match(await opened.textContent('main'), /A shared result\./);
  const shown = await numbers(opened);
  delete shown.bars;
  const made = { ...de.numbers };
  delete made.bars;
  assert.deepEqual(shown, made);
  await reader.close();
});

test('the shell paints in the reader’s language before the app, with no layout shift', async () => {
  const context = await phone(browser, { locale: 'fr-FR' });
  const page = await context.newPage();
  // The browser's preferred language: French, with no option and nothing remembered.
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(server.url);
  await page.waitForURL(/index\.fr\.html/);
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.equal((await page.textContent('h1')).trim(), LANGUAGES.fr.title);
  const shell = await page.evaluate(() => document.querySelector('#app').textContent);
  assert.match(shell, /Confidentiel par conception\./);
  assert.doesNotMatch(shell, /Start the check|Private by design|Your answers stay/);
  assert.equal(await page.title(), 'Litmus\u00a0: évaluation de la confiance au sein de l’équipe de direction');
  await clean(page, 'the French shell');

  // With the app: it draws the shell's words in the same boxes.
  const app = await phone(browser, { locale: 'fr-FR' });
  const live = await app.newPage();
  await live.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await live.goto(server.url + 'index.fr.html');
  // (What a reader sees: not the text of the shell's <noscript>.)
  const words = () => live.evaluate(() => {
    const app = document.querySelector('#app').cloneNode(true);
    app.querySelectorAll('noscript').forEach((n) => n.remove());
    return app.textContent.replace(/\s+/g, ' ').trim();
  });
  const before = await words();
  await ready(live);
  const after = await words();
  assert.equal(after, before, 'the app draws what the French shell drew');
  assert.equal(await live.evaluate(() => window.__shifts), 0);
  await context.close();
  await app.close();
});

test('the language picker changes the language, and the choice is remembered on the device', async () => {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url);
  await ready(page);
  // By keyboard: the picker is in the footer, each language named in itself.
  const picker = page.locator('nav.languages');
  assert.equal(await picker.getAttribute('aria-label'), 'Language');
  assert.deepEqual(await picker.locator('a').allTextContents(), ['English', 'Deutsch', 'Français', 'Español']);
  assert.equal(await picker.locator('a[aria-current=true]').textContent(), 'English');
  const box = await picker.locator('a').first().boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, 'a target of at least 44 px');
  await picker.locator('a[hreflang=es]').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/index\.es\.html\?lang=es/);
  await ready(page);
  assert.equal((await page.textContent('#step-heading')).trim(), LANGUAGES.es.title);
  assert.equal(await page.locator('nav.languages').getAttribute('aria-label'), 'Idioma');
  assert.equal(await page.locator('nav.languages a[aria-current=true]').textContent(), 'Español');

  // Remembered: the bare address opens in Spanish, over the browser's English.
  await page.goto(server.url);
  await page.waitForURL(/index\.es\.html/);
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  // The address's option still wins, without changing what is remembered.
  await page.goto(server.url + '?lang=de');
  await page.waitForURL(/index\.de\.html\?lang=de/);
  await ready(page);
  await page.goto(server.url);
  await page.waitForURL(/index\.es\.html/);
  await ready(page);
  // Back to English by the picker, remembered too.
  await page.click('nav.languages a[hreflang=en]');
  await page.waitForURL((u) => u.pathname === '/');
  await ready(page);
  assert.equal((await page.textContent('#step-heading')).trim(), 'Leadership trust check');
  await page.goto(server.url);
  await ready(page);
  assert.equal(new URL(page.url()).pathname, '/');

  // On poor Wi-Fi a reader may choose before the app has arrived: the
  // shell's picker is remembered just the same.
  const slow = await context.newPage();
  await slow.route(/\.(js|wasm)$/, (r) => r.abort());
  await slow.goto(server.url);
  await slow.click('nav.languages a[hreflang=fr]');
  await slow.waitForURL(/index\.fr\.html\?lang=fr/);
  await slow.unroute(/\.(js|wasm)$/);
  await slow.goto(server.url);
  await slow.waitForURL(/index\.fr\.html$/);
  await ready(slow);
  assert.equal(await slow.getAttribute('html', 'lang'), 'fr');
  await context.close();
});

test('a lang option in a widget embedded in a frame sandboxed with allow-scripts alone', async () => {
  // A sandboxed frame's origin is opaque: its scripts come with CORS, as
  // the README's hosting section says a widget's host must send.
  widget = await serve(undefined, { cors: true });
  host = await serve(undefined, {
    pages: {
      '/host.html': `<!doctype html><html lang="es"><title>Anfitrión</title><h1>La página de una consultora</h1>
        <iframe title="Evaluación" sandbox="allow-scripts" src="${widget.url}?lang=es&title=Acme" style="width:390px;height:800px;border:0"></iframe>`,
    },
  });
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(host.url + 'host.html');
  const frame = page.frameLocator('iframe');
  await frame.locator('#step-heading').waitFor();
  assert.equal((await frame.locator('#step-heading').textContent()).trim(), LANGUAGES.es.title);
  assert.equal(await frame.locator('html').getAttribute('lang'), 'es');
  assert.equal((await frame.locator('.brand').textContent()).trim(), 'Acme');
  await frame.locator('button[type=submit]').click();
  await frame.locator('#team-size').waitFor();
  assert.match(await frame.locator('main').textContent(), /Su equipo directivo/);
  await context.close();
});

test('a workshop combines results made in German, French and English', async () => {
  const links = [];
  for (const code of ['de', 'fr', 'en']) {
    const context = await phone(browser);
    const page = await context.newPage();
    const run = await journey(page, `${server.url}?lang=${code}`, code);
    links.push(run.link);
    await context.close();
  }
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(server.url + 'workshop/');
  await ready(page);
  await page.fill('#codes', links.join('\n'));
  await page.click('text=Add codes');
  assert.match(await page.textContent('[data-testid=counts]'), /3 valid · 0 duplicates ignored · 0 rejected/);
  await context.close();
});

test('a consultant’s questionnaire file carrying a German translation is taken in German, and its link read in English', async () => {
  const file = JSON.parse(await readFile(new URL('../../embed/leadership-trust.json', import.meta.url), 'utf8'));
  file.id = 'acme-trust';
  file.title = 'Acme trust check';
  file.translations = {
    de: {
      title: 'Acme-Vertrauenscheck',
      items: { B1: { text: 'Alle im Führungsteam teilen ein Bild davon, wohin wir gehen.' } },
    },
  };
  const acme = await serve(undefined, { pages: { '/acme-trust.json': JSON.stringify(file) } });
  try {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`${acme.url}?lang=de&instrument=acme-trust`);
    await page.waitForURL(/index\.de\.html/);
    await ready(page);
    assert.equal((await page.textContent('#step-heading')).trim(), 'Acme-Vertrauenscheck');
    assert.equal(await page.title(), 'Acme-Vertrauenscheck');
    await page.click('button[type=submit]');
    await page.fill('#team-size', '1');
    await page.click('button[type=submit]');
    for (let s = 0; s < 5; s++) await page.check(`#slot-${s}`);
    await page.click('button[type=submit]');
    // The file's German text where it gives one; its own words where not.
    assert.equal((await page.textContent('legend.statement')).trim(), 'Alle im Führungsteam teilen ein Bild davon, wohin wir gehen.');
    assert.equal((await page.textContent('#step-heading')).trim(), 'Frage 1 von 14');
    for (let i = 0; i < 14; i++) {
      await page.click(`label[for=q${i}-4]`);
      await page.click('button[type=submit]');
    }
    await page.waitForSelector('[data-testid=trust-index]');
    const german = await numbers(page);
    await page.click('.share-toggle');
    const link = await page.inputValue('[data-testid=share-link]');
    assert.match(link, /\?instrument=acme-trust#r=/, 'the link names the file, not the language');
    await context.close();

    const reader = await phone(browser);
    const opened = await reader.newPage();
    await opened.goto(link);
    await opened.waitForSelector('[data-testid=trust-index]');
    assert.equal(await opened.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(await numbers(opened), german);
    await reader.close();
  } finally {
    await acme.close();
  }
});

test('the embed builder puts a language in the snippet, and says what a questionnaire file lacks in each language', async () => {
  const context = await phone(browser);
  const builder = await context.newPage();
  await builder.goto(server.url + 'embed/');
  await builder.selectOption('[name=lang]', 'de');
  await builder.waitForFunction(() => document.getElementById('snippet').value.includes('lang=de'));
  const preview = builder.frameLocator('#preview');
  await preview.locator('#step-heading').waitFor();
  assert.equal((await preview.locator('#step-heading').textContent()).trim(), LANGUAGES.de.title);
  assert.equal(await preview.locator('html').getAttribute('lang'), 'de');
  assert.equal(await builder.textContent('#warnings'), '', 'the widget takes the option quietly');

  // A consultant's file with part of a German translation.
  const file = JSON.parse(await readFile(new URL('../../embed/leadership-trust.json', import.meta.url), 'utf8'));
  file.id = 'acme-trust';
  file.translations = { de: { title: 'Acme-Vertrauenscheck', intro: 'Wie gut kennt sich Ihr Team?' } };
  await builder.click('#tab-questions');
  await builder.check('input[value=own]');
  await builder.setInputFiles('#open', { name: 'acme-trust.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await builder.waitForSelector('[data-testid=languages] li');
  const lines = await builder.locator('[data-testid=languages] li').allTextContents();
  assert.match(lines[0], /^Deutsch: \d+ texts missing: index_name, scale\[0\]/);
  assert.doesNotMatch(lines[0], /: title,|intro/);
  assert.match(lines[1], /^Français: not translated/);
  assert.match(lines[2], /^Español: not translated/);
  await preview.locator('#step-heading:has-text("Acme-Vertrauenscheck")').waitFor();
  assert.deepEqual(await axe(builder), [], 'axe on the builder with its languages');
  await context.close();
});

test('a damaged link is explained in the reader\'s language, its technical detail too', async () => {
  const maker = await phone(browser);
  const page = await maker.newPage();
  await page.goto(server.url);
  await ready(page);
  await completeCheck(page);
  const code = new URL(await shareLink(page)).hash.slice(3);
  await maker.close();
  const damaged = recode(code, (body) => Buffer.concat([body, Buffer.from([0, 0, 0])]));
  const expected = {
    en: 'there are extra bytes at the end',
    de: 'am Ende stehen überzählige Bytes',
    fr: 'il reste des octets en trop à la fin',
    es: 'sobran bytes al final',
  };
  for (const [code, detail] of Object.entries(expected)) {
    // An English browser: the link's `lang` option chooses the language.
    const context = await phone(browser, { locale: 'en-GB' });
    const reader = await context.newPage();
    await reader.goto(`${server.url}${code === 'en' ? '' : `index.${code}.html`}?lang=${code}#r=${damaged}`);
    await reader.waitForSelector('[data-testid=share-error]');
    const said = await reader.textContent('[data-testid=share-error]');
    assert.ok(said.includes(`(${detail})`), `${code}: ${said}`);
    if (code !== 'en') assert.ok(!said.includes(expected.en), `${code}: English left in "${said}"`);
    assert.deepEqual(await axe(reader), [], `axe on a damaged link in ${code}`);
    await context.close();
  }
});
