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
//   PAGE_TABLE, never another page's; and, only when its address names a
//   questionnaire file, the file rules' words, DIST/translated/rules-<code>-
//   <hash>.txt), which it hands the
//   app as `<script type=text/plain id=litmus-lang>` (never run as script)
//   before starting it; the page's Content-Security-Policy hash of the
//   loader written anew. (The words are fetched rather than carried in the
//   page, so the page, and its first paint, is as light as the English.)
// English readers load none of this: index.html is unchanged.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tables, translator, translate } from './translate.mjs';

const [dist, bin, tablesDir, pageTable] = process.argv.slice(2);
if (!dist || !bin || !tablesDir || !pageTable) throw new Error('usage: node scripts/languages.mjs PAGE_DIR BIN LANG_TABLES PAGE_TABLE');

// Tables no page's app reads (`shell`: the static shell's own words, used
// here) or only another page's: left out of this page's words file.
// `rules` (a questionnaire file's rules) only with a file, in a words
// file of its own that the loader fetches only when the address names one.
const OTHER_PAGES = ['shell', 'workshop', 'compare', 'builder', 'rules'].filter((t) => t !== pageTable);
const tableName = (table) => table.slice(1).split('\n')[0];

/** A tables file without the tables this page never reads. */
function pageWords(text) {
  return text.split(/(?=^#)/m).filter((table) => !OTHER_PAGES.includes(tableName(table))).join('');
}

// Tables no page's shell shows: the embed builder's (its own pages are
// written by scripts/builder-languages.mjs) and a file's rules. Left out of
// the shell's translator, so their English, where it equals a page's, never
// gives that page its words.
const NOT_IN_SHELLS = ['builder', 'rules'];
const shellTables = (all) => Object.fromEntries(Object.entries(all).filter(([name]) => !NOT_IN_SHELLS.includes(name)));

/** A tables file's `rules` table alone. */
function rulesWords(text) {
  return text.split(/(?=^#)/m).filter((table) => tableName(table) === 'rules').join('');
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
const translatedLoader = (words, rules) => {
  const start = "try{await(await import(o?";
  if (!loader.includes(start)) throw new Error(`${dist}/index.html: its loader no longer starts the app as expected`);
  return loader
    .replace(`'./${mainGlue}'`, `'./translated/${glue}'`).replace(`'./${mainModule}'`, `'./translated/${module}'`)
    .replace(start, `try{const s=d.createElement('script');s.type='text/plain';s.id='litmus-lang';const w=u=>fetch('./translated/'+u).then(r=>r.ok?r.text():'',()=>'');s.textContent=await w('${words}')+(o?await w('${rules}'):'');d.head.append(s);await(await import(o?`);
};

const HTML_LANG = /<html lang="?en"?>/;
if (!HTML_LANG.test(page)) throw new Error(`${dist}/index.html: no <html lang=en>`);
const codes = (await readdir(tablesDir)).filter((n) => /^[a-z]{2}\.txt$/.test(n) && n !== 'en.txt').map((n) => n.slice(0, 2)).sort();
for (const code of codes) {
  const all = await readFile(join(tablesDir, `${code}.txt`), 'utf8');
  const text = pageWords(all);
  if (text.includes('</')) throw new Error(`${code}.txt holds "</"`);
  const named = (kind, t) => `${kind}-${code}-${createHash('sha256').update(t).digest('hex').slice(0, 16)}.txt`;
  const words = named('words', text);
  await writeFile(join(dist, 'translated', words), text);
  const rulesText = rulesWords(all);
  if (!rulesText) throw new Error(`${code}.txt has no rules table`);
  const rules = named('rules', rulesText);
  await writeFile(join(dist, 'translated', rules), rulesText);
  const ownLoader = translatedLoader(words, rules);
  let html = translate(page, translator(shellTables(english), shellTables(tables(all)), code, pageTable))
    .replace(loader, () => ownLoader).replace(sha(loader), () => sha(ownLoader))
    .replace(HTML_LANG, `<html lang=${code}>`)
    .replace(/ aria-current="?true"?/g, '')
    .replace(new RegExp(`hreflang="?${code}"?`), `aria-current=true hreflang=${code}`);
  await writeFile(join(dist, `index.${code}.html`), html);
  console.log(`languages: ${dist}/index.${code}.html`);
}
