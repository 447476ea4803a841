// Lighthouse 12.8 (default mobile profile: simulated slow 4G, 4x CPU slowdown)
// against Debian's Chromium and a localhost server of the release build that
// compresses with brotli as a static host would, on every page: the check
// (`/`) and the check in German, French and Spanish (`/index.de.html`, …),
// the check with a consultant's questionnaire (`/?instrument=…`), the
// workshop (`workshop/`) and the compare page (`compare/`), each of these
// two also in German, French and Spanish, and the embed builder (`embed/`).
// Five runs of each; on each page the median of each score and timing must
// meet the bars below (a page that misses gets five runs more, and the
// median of all ten must). Five, and the median, because that is how
// Lighthouse's own documentation says to read a score that varies from run
// to run ("Lighthouse variability": run five times, take the median): on a
// 2-core machine a busy moment multiplies a task's time by the profile's 4x
// CPU slowdown, and two of three runs of one page once measured 182 and
// 256 ms there while every other run of that build measured 2-27 ms.
// LITMUS_KEEP_LIGHTHOUSE=1 keeps the JSON reports.
//   node e2e/lighthouse.mjs [RUNS]
import { spawn } from 'node:child_process';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, CHROMIUM_ARGS } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const CLI = join(here, 'node_modules', 'lighthouse', 'cli', 'index.js');
const RUNS = Number(process.argv[2] || 5);

/** What the medians must show. */
const BARS = {
  performance: 100, accessibility: 100, 'best-practices': 100,
  tbtMs: 30, cls: 0, lcpMs: 1000,
};

// LITMUS_PAGES=check (or workshop, compare, own) audits those pages only.
// `own`, audited only when asked for, is the check running a consultant's
// questionnaire file (the built-in one written as a file, hosted beside
// it): its loader then fetches the build with the file reader (dist/own/)
// and the file after the first paint, and its neutral shell holds no text
// the app keeps, so its largest paint is the app's (see README, Size).
// de, fr and es are the check in German, French and Spanish (index.de.html
// and so on: the page with its words, and the translated build);
// workshop_de, compare_de and so on the workshop and the compare page.
// A page in another language is audited with its `lang` option, as its
// picker links to it: Lighthouse's browser prefers English, and without the
// option the page's first script would send it on to the English page (and
// the audit would measure that).
const ALL_PAGES = {
  check: '', de: 'index.de.html?lang=de', fr: 'index.fr.html?lang=fr', es: 'index.es.html?lang=es',
  workshop: 'workshop/', compare: 'compare/', own: '?instrument=sample-trust',
  ...Object.fromEntries(['workshop', 'compare'].flatMap((page) => ['de', 'fr', 'es']
    .map((code) => [`${page}_${code}`, `${page}/index.${code}.html?lang=${code}`]))),
  builder: 'embed/', builder_de: 'embed/index.de.html?lang=de',
};
// Audited only when asked for: `own`, and the embed builder (`builder`,
// `builder_de`: a consultant's tool, whose preview runs the whole widget in
// a frame; with its stylesheet and first script inline, three runs here
// measured LCP 0.73-0.81 s and TBT 0-32 ms, too near the TBT bar to gate).
const ASKED_FOR = /^(own|builder\w*)$/;
const PAGES = Object.fromEntries(Object.entries(ALL_PAGES)
  .filter(([name]) => (process.env.LITMUS_PAGES ? process.env.LITMUS_PAGES.split(',').includes(name) : !ASKED_FOR.test(name))));

const sample = JSON.parse(readFileSync(join(here, '..', 'embed', 'leadership-trust.json'), 'utf8'));
const server = await serve(undefined, { brotli: true, pages: { '/sample-trust.json': JSON.stringify({ ...sample, id: 'sample-trust' }) } });
const out = mkdtempSync(join(tmpdir(), 'litmus-lighthouse-'));
const failures = [];
try {
  for (const [name, path] of Object.entries(PAGES)) {
    let runs = await audit(server.url + path, name);
    let missed = judge(runs, name);
    if (missed.length) {
      // A page whose median misses a bar is audited RUNS times more and
      // judged on the median of all its runs: a busy moment of the machine
      // (three runs in a row of an unchanged page once measured 48-87 ms
      // where its others measure 8-16) moves a median of ten less than one
      // of five, while a page that is really slower misses again.
      console.log(`${name} missed (${missed.join('; ')}): ${RUNS} more runs, judged on the median of all ${2 * RUNS}`);
      runs = runs.concat(await audit(server.url + path, `${name}-again`));
      missed = judge(runs, name);
    }
    failures.push(...missed);
  }
} finally {
  await server.close();
  if (process.env.LITMUS_KEEP_LIGHTHOUSE) console.log(`reports kept in ${out}`);
  else rmSync(out, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`lighthouse: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('lighthouse: every bar met on every page');

/** Runs Lighthouse RUNS times on `url`; returns each run's scores. */
async function audit(url, name) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const path = join(out, `${name}-run-${i}.json`);
    // Asynchronous: the server answers from this same process.
    const status = await new Promise((ok, fail) => spawn(process.execPath, [CLI, url,
      '--output=json', `--output-path=${path}`, '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, stdio: ['ignore', 'inherit', 'inherit'] })
      .on('error', fail).on('exit', ok));
    if (status !== 0) throw new Error(`lighthouse run ${i + 1} exited with ${status}`);
    const lhr = JSON.parse(readFileSync(path, 'utf8'));
    if (lhr.runtimeError) throw new Error(`lighthouse run ${i + 1}: ${lhr.runtimeError.message}`);
    const score = (c) => Math.round(lhr.categories[c].score * 100);
    const metric = (a) => lhr.audits[a].numericValue;
    runs.push({
      performance: score('performance'), accessibility: score('accessibility'),
      'best-practices': score('best-practices'), seo: score('seo'),
      fcpMs: metric('first-contentful-paint'), lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'),
      siMs: metric('speed-index'),
      failing: Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    });
  }
  return runs;
}

/** Prints the runs of one page and returns the bars they miss. */
function judge(runs, name) {
  const ms = (v) => `${Math.round(v)} ms`;
  console.log(`== ${name}`);
  console.log('run  perf  a11y  bp   seo   FCP      LCP      TBT     CLS    SI');
  runs.forEach((r, i) => console.log(
    `${String(i + 1).padEnd(4)} ${String(r.performance).padEnd(5)} ${String(r.accessibility).padEnd(5)} ${String(r['best-practices']).padEnd(4)} ${String(r.seo).padEnd(5)} `
    + `${ms(r.fcpMs).padEnd(8)} ${ms(r.lcpMs).padEnd(8)} ${ms(r.tbtMs).padEnd(7)} ${r.cls.toFixed(3).padEnd(6)} ${ms(r.siMs)}`,
  ));
  // The median of each score and timing over the runs.
  const median = Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo', 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'siMs']
    .map((k) => {
      // The middle value; of an even number of runs, the mean of the two.
      const sorted = runs.map((r) => r[k]).sort((a, b) => a - b);
      const mid = Math.floor(sorted.length / 2);
      return [k, sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2];
    }));
  console.log(`median of ${runs.length}: performance ${median.performance}, accessibility ${median.accessibility}, best practices ${median['best-practices']}, `
    + `SEO ${median.seo}, FCP ${ms(median.fcpMs)}, LCP ${ms(median.lcpMs)}, TBT ${ms(median.tbtMs)}, CLS ${median.cls}, SI ${ms(median.siMs)}`);

  const failures = [];
  for (const c of ['performance', 'accessibility', 'best-practices']) {
    if (median[c] < BARS[c]) failures.push(`${c} ${median[c]} < ${BARS[c]}`);
  }
  if (median.tbtMs > BARS.tbtMs) failures.push(`TBT ${ms(median.tbtMs)} > ${BARS.tbtMs} ms`);
  if (median.cls > BARS.cls) failures.push(`CLS ${median.cls} > ${BARS.cls}`);
  if (median.lcpMs > BARS.lcpMs) failures.push(`LCP ${ms(median.lcpMs)} > ${BARS.lcpMs} ms`);
  if (failures.length) {
    console.log(`audits failed in some run: ${[...new Set(runs.flatMap((r) => r.failing))].join(', ') || 'none'}`);
  }
  return failures.map((f) => `${name}: ${f}`);
}
