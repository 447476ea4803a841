// Translating a page's static text from English into another language by
// the two languages' tables (written by the core's `litmus-lang` from
// lang/*.toml): used by scripts/languages.mjs (the check, the workshop, the
// compare page) and scripts/builder-languages.mjs (the embed builder).

/** A tables file: table name → its messages, in English's order. */
export function tables(text) {
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
const SAME = new Set(['Litmus', 'English', 'Deutsch', 'Français', 'Español', '·', 'Georgia, serif']);
// Texts no language translates: addresses, colour codes, numbers.
const KEEP = /^(https?:\/\/\S*|#[0-9a-fA-F]{3,8}|[\d\s.,%-]+)$/;

export const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** A translator from English text to `code`'s, by the two languages' tables. */
export function translator(english, other, code, pageTable) {
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
    if (SAME.has(text) || KEEP.test(text)) return text;
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
export function translate(html, tr) {
  const body = html.indexOf('<body>');
  const words = (s) => s.replace(/>([^<]+)</g, (all, text) => {
    const raw = unescape(text);
    const trimmed = raw.trim();
    if (!trimmed) return all;
    const [lead, tail] = [raw.match(/^\s*/)[0], raw.match(/\s*$/)[0]];
    return `>${escape(lead + tr(trimmed) + tail)}<`;
  }).replace(/\b(aria-label|placeholder|title)=(?:"([^"]*)"|([^\s">]+))/g, (_, attr, quoted, bare) => `${attr}="${escape(tr(unescape(quoted ?? bare)))}"`);
  const head = html.slice(0, body)
    .replace(/<title>([^<]*)<\/title>/, (_, t) => `<title>${escape(tr(unescape(t)))}</title>`)
    .replace(/<meta [^>]*name="?description"?[^>]*>/, (meta) => meta.replace(/content="([^"]*)"/, (_, v) => `content="${escape(tr(unescape(v)))}"`));
  // The body: everything outside its scripts (the loader, data).
  const rest = html.slice(body).split(/(<script[\s\S]*?<\/script>)/).map((part, i) => (i % 2 ? part : words(part))).join('');
  return head + rest;
}

