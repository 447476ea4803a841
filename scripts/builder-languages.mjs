// Writes the embed builder (EMBED_DIR, Trunk's copy of embed/) in every
// language, after the build:
//   node scripts/builder-languages.mjs EMBED_DIR LANG_TABLES
// From LANG_TABLES (written by the core's `litmus-lang`: <code>.txt, each
// language's tables, and keys.txt, their keys) it takes the [builder]
// table, and the `rules` table (a questionnaire file's rules, which the
// widget reports by key: `rules.<key>`), and
// - writes its English words into EMBED_DIR/index.html, as the JSON data
//   block `<script type="application/json" id="builder-words">` that
//   builder.js reads by key (data, never run: the page's CSP allows only
//   its own files as script);
// - writes EMBED_DIR/index.<code>.html for every other language: the page's
//   static text translated text by text (scripts/translate.mjs: a text no
//   message gives fails the build), `<html lang>` set (lang.js keeps the
//   reader there), the picker marking the language, and its words;
// - in every page, inlines its stylesheet (builder.css) and its language
//   chooser (lang.js), the two files that held up its first paint, with
//   their hashes added to the page's Content-Security-Policy;
// - copies Litmus's questions in that language (LANG_TABLES/
//   leadership-trust.<code>.json, the built-in questionnaire with its
//   translation as a file) to EMBED_DIR, where the builder in that language
//   starts a consultant's questionnaire.
import { readFile, writeFile, readdir, copyFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tables, translator, translate } from './translate.mjs';

const [dir, tablesDir] = process.argv.slice(2);
if (!dir || !tablesDir) throw new Error('usage: node scripts/builder-languages.mjs EMBED_DIR LANG_TABLES');

const TABLE = 'builder';
const RULES = 'rules';
const allKeys = tables(await readFile(join(tablesDir, 'keys.txt'), 'utf8'));
const read = async (code) => tables(await readFile(join(tablesDir, `${code}.txt`), 'utf8'));
const english = await read('en');
for (const t of [TABLE, RULES]) {
  if (!allKeys[t] || allKeys[t].length !== english[t]?.length) throw new Error(`${tablesDir}: no [${t}] table, or its keys do not match its messages`);
}
const keys = [...allKeys[TABLE], ...allKeys[RULES].map((k) => `${RULES}.${k}`)];
const messages = (t) => [...t[TABLE], ...t[RULES]];

const BLOCK = /(<script type="application\/json" id="builder-words">)[\s\S]*?(<\/script>)/;
const HTML_LANG = /<html lang="en">/;
const source = await readFile(join(dir, 'index.html'), 'utf8');
if (!BLOCK.test(source) || !HTML_LANG.test(source)) throw new Error(`${dir}/index.html: no words block or no <html lang="en">`);

/** `html` with its stylesheet and its first script inline, each allowed by
 * its hash (the rest of its policy unchanged). */
async function inlined(html) {
  const css = await readFile(join(dir, 'builder.css'), 'utf8');
  const chooser = await readFile(join(dir, 'lang.js'), 'utf8');
  const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const swaps = [
    ['<link rel="stylesheet" href="builder.css">', `<style>${css}</style>`],
    ['<script src="lang.js"></script>', `<script>${chooser}</script>`],
    ["script-src 'self'", `script-src 'self' ${sha(chooser)}`],
    ["style-src 'self'", `style-src 'self' ${sha(css)}`],
  ];
  for (const [from] of swaps) if (!html.includes(from)) throw new Error(`${dir}/index.html no longer has ${from}`);
  if (/<\/(style|script)/i.test(css + chooser)) throw new Error('builder.css or lang.js would end its element');
  return swaps.reduce((out, [from, to]) => out.replace(from, () => to), html);
}
// Already inlined (the script run again on the same build): as it is.
const page = source.includes('<script src="lang.js"></script>') ? await inlined(source) : source;

/** The page with `list` (the tables' messages, in `keys`' order) as its words. */
function withWords(html, list) {
  const words = Object.fromEntries(keys.map((k, i) => [k, list[i]]));
  // `<` never appears raw inside the block, so no text can end it.
  const json = JSON.stringify(words).replace(/</g, '\\u003c');
  return html.replace(BLOCK, (_, open, close) => `${open}${json}${close}`);
}

await writeFile(join(dir, 'index.html'), withWords(page, messages(english)));
const codes = (await readdir(tablesDir)).filter((n) => /^[a-z]{2}\.txt$/.test(n) && n !== 'en.txt').map((n) => n.slice(0, 2)).sort();
for (const code of codes) {
  const other = await read(code);
  const tr = translator({ [TABLE]: english[TABLE] }, { [TABLE]: other[TABLE] }, code, TABLE);
  const html = withWords(translate(page, tr), messages(other))
    .replace(HTML_LANG, `<html lang="${code}">`)
    .replace(/ aria-current="true"/g, '')
    .replace(`hreflang="${code}"`, `aria-current="true" hreflang="${code}"`);
  await writeFile(join(dir, `index.${code}.html`), html);
  await copyFile(join(tablesDir, `leadership-trust.${code}.json`), join(dir, `leadership-trust.${code}.json`));
  console.log(`languages: ${dir}/index.${code}.html`);
}
