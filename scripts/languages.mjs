// Writes a page (the check, the workshop, the compare page) in every
// language but English, after the build:
//   node scripts/languages.mjs PAGE_DIR BIN LANG_TABLES PAGE_TABLE
// For each language code of LANG_TABLES/<code>.txt (written by the core's
// `litmus-lang` from lang/*.toml and the instruments' translations), the
// page's PAGE_DIR/index.html (its build named BIN) becomes
// PAGE_DIR/index.<code>.html:
// - `<html lang>` set to the language, so the page's loader (its first
//   inline script) keeps the reader there and the app knows its language;
// - the static shell (the welcome screen as the app first draws it), the
//   page's title and description, translated text by text: each English
//   text is found among the English messages (or matched against a message
//   with placeholders) and replaced by the same message in the language,
//   so the shell paints in the reader's language with no WebAssembly and
//   the app then draws the same words (the shell test checks it). A text
//   no message gives fails the build, so nothing stays English unnoticed;
// - its loader importing the build for other languages (DIST/translated/,
//   the `languages` feature) instead of the English one, and fetching,
//   beside it, the language's words (DIST/translated/words-<code>-<hash>.txt,
//   the messages the page shows, in English's key order: the shared `check`
//   tables, `why`, `summary`, the questionnaires' and the page's own
//   PAGE_TABLE, never another page's), which it hands the
//   app as `<script type=text/plain id=litmus-lang>` (never run as script)
//   before starting it; the page's Content-Security-Policy hash of the
//   loader written anew. (The words are fetched rather than carried in the
//   page, so the page, and its first paint, is as light as the English.)
// English readers load none of this: index.html is unchanged.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const [dist, bin, tablesDir, pageTable] = process.argv.slice(2);
if (!dist || !bin || !tablesDir || !pageTable) throw new Error('usage: node scripts/languages.mjs PAGE_DIR BIN LANG_TABLES PAGE_TABLE');

// Tables no page's app reads (`shell`: the static shell's own words, used
// here) or only another page's: left out of this page's words file.
const OTHER_PAGES = ['shell', 'workshop', 'compare'].filter((t) => t !== pageTable);

/** A tables file without the tables this page never reads. */
function pageWords(text) {
  return text.split(/(?=^#)/m).filter((table) => !OTHER_PAGES.includes(table.slice(1).split('\n')[0])).join('');
}

/** A tables file: table name → its messages, in English's order. */
function tables(text) {
  const out = {};
  let current = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) out[current = line.slice(1)] = [];
    else if (current !== null && line !== '') out[current].push(line);
  }
  return out;
}

// Words every language writes alike: names, and the separator of a line's
// parts.
const SAME = new Set(['Litmus', 'English', 'Deutsch', 'Français', 'Español', '·']);

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** A translator from English text to `code`'s, by the two languages' tables. */
function translator(english, other, code) {
  const exact = new Map();
  const templates = [];
  const template = (en, to) => {
    const names = [...en.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const pattern = new RegExp(`^${en.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(.+?)')}$`);
    templates.push({ pattern, names, to, literal: en.replace(/\{\w+\}/g, '').length });
  };
  // A plural message (its forms one, other, many separated by tabs): each
  // English form is a template, translated into the form the language
  // uses for the shell's count {n} (CLDR's rules, as the app's).
  const rules = new Intl.PluralRules(code);
  // The page's own table first: where two tables hold the same English
  // (the check's "Combine results" button, the workshop's heading), the
  // page's own words win.
  const own = ([name]) => (name === pageTable ? 0 : 1);
  for (const [name, list] of Object.entries(english).sort((a, b) => own(a) - own(b))) {
    const theirs = other[name];
    if (!theirs || theirs.length !== list.length) throw new Error(`${code}: table ${name} does not match English`);
    list.forEach((en, i) => {
      if (en.includes('\t')) {
        const forms = theirs[i].split('\t');
        const pick = (values) => {
          const category = rules.select(Number(values.n));
          return (category === 'one' ? forms[0] : category === 'many' && forms[2]) || forms[1] || forms[0];
        };
        for (const form of new Set(en.split('\t'))) if (/\{n\}/.test(form)) template(form, pick);
      } else if (/\{\w+\}/.test(en)) {
        template(en, () => theirs[i]);
      } else if (!exact.has(en)) {
        exact.set(en, theirs[i]);
      }
    });
  }
  // The most specific message first ("Take “{title}” instead" before
  // "{day}. {month} {year}").
  templates.sort((a, b) => b.literal - a.literal);
  return (text) => {
    if (SAME.has(text)) return text;
    if (exact.has(text)) return exact.get(text);
    for (const { pattern, names, to } of templates) {
      const m = pattern.exec(text);
      if (!m) continue;
      const values = Object.fromEntries(names.map((n, i) => [n, m[i + 1]]));
      return names.reduce((out, n) => out.replaceAll(`{${n}}`, exact.get(values[n]) ?? values[n]), to(values));
    }
    throw new Error(`${code}: no message gives the shell's text "${text}": add it to lang/en.toml`);
  };
}

/** `html` with its shell, title and description in the translator's words. */
function translate(html, tr) {
  const body = html.indexOf('<body>');
  const words = (s) => s.replace(/>([^<]+)</g, (all, text) => {
    const raw = unescape(text);
    const trimmed = raw.trim();
    if (!trimmed) return all;
    const [lead, tail] = [raw.match(/^\s*/)[0], raw.match(/\s*$/)[0]];
    return `>${escape(lead + tr(trimmed) + tail)}<`;
  }).replace(/\b(aria-label|placeholder)=(?:"([^"]*)"|([^\s">]+))/g, (_, attr, quoted, bare) => `${attr}="${escape(tr(unescape(quoted ?? bare)))}"`);
  const head = html.slice(0, body)
    .replace(/<title>([^<]*)<\/title>/, (_, t) => `<title>${escape(tr(unescape(t)))}</title>`)
    .replace(/<meta [^>]*name="?description"?[^>]*>/, (meta) => meta.replace(/content="([^"]*)"/, (_, v) => `content="${escape(tr(unescape(v)))}"`));
  // The body: everything outside its scripts (the loader, data).
  const rest = html.slice(body).split(/(<script[\s\S]*?<\/script>)/).map((part, i) => (i % 2 ? part : words(part))).join('');
  return head + rest;
}

const english = tables(await readFile(join(tablesDir, 'en.txt'), 'utf8'));
let page = await readFile(join(dist, 'index.html'), 'utf8');

// The loader imports the translated build (its glue and module in
// translated/) where the English page imports its own.
const built = await readdir(join(dist, 'translated'));
const glue = built.find((n) => new RegExp(`^${bin}-\\w+\\.js$`).test(n));
const module = built.find((n) => new RegExp(`^${bin}-\\w+_bg\\.wasm$`).test(n));
if (!glue || !module) throw new Error(`${dist}/translated/ holds no build: run scripts/build`);
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const loader = page.match(/<script type=module>([\s\S]*?)<\/script>/)?.[1];
const mainGlue = loader?.match(new RegExp(`'\\./(${bin}-\\w+\\.js)'`))?.[1];
const mainModule = loader?.match(new RegExp(`'\\./(${bin}-\\w+_bg\\.wasm)'`))?.[1];
if (!mainGlue || !mainModule || !page.includes(sha(loader))) throw new Error(`${dist}/index.html: its loader no longer names the glue and the module as expected`);
const translatedLoader = (words) => {
  const start = "try{await(await import(o?";
  if (!loader.includes(start)) throw new Error(`${dist}/index.html: its loader no longer starts the app as expected`);
  return loader
    .replace(`'./${mainGlue}'`, `'./translated/${glue}'`).replace(`'./${mainModule}'`, `'./translated/${module}'`)
    .replace(start, `try{const s=d.createElement('script');s.type='text/plain';s.id='litmus-lang';s.textContent=await fetch('./translated/${words}').then(r=>r.ok?r.text():'',()=>'');d.head.append(s);await(await import(o?`);
};

const HTML_LANG = /<html lang="?en"?>/;
if (!HTML_LANG.test(page)) throw new Error(`${dist}/index.html: no <html lang=en>`);
const codes = (await readdir(tablesDir)).filter((n) => /^[a-z]{2}\.txt$/.test(n) && n !== 'en.txt').map((n) => n.slice(0, 2)).sort();
for (const code of codes) {
  const all = await readFile(join(tablesDir, `${code}.txt`), 'utf8');
  const text = pageWords(all);
  if (text.includes('</')) throw new Error(`${code}.txt holds "</"`);
  const words = `words-${code}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
  await writeFile(join(dist, 'translated', words), text);
  const ownLoader = translatedLoader(words);
  let html = translate(page, translator(english, tables(all), code))
    .replace(loader, () => ownLoader).replace(sha(loader), () => sha(ownLoader))
    .replace(HTML_LANG, `<html lang=${code}>`)
    .replace(/ aria-current="?true"?/g, '')
    .replace(new RegExp(`hreflang="?${code}"?`), `aria-current=true hreflang=${code}`);
  await writeFile(join(dist, `index.${code}.html`), html);
  console.log(`languages: ${dist}/index.${code}.html`);
}
