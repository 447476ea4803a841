// Trunk post-build hook, run on every build:
// 1. Minifies the JavaScript glue (release), inlines the style sheets and
//    the favicon, and defers fetching the app until the static
//    shell has painted.
// 2. Puts the hashes of the inline scripts Trunk injected (the wasm loader;
//    in `trunk serve`, also its reloader) and of the inlined style sheets
//    into the page's Content-Security-Policy, so the policy needs no
//    'unsafe-inline'.
// 3. Writes the service worker, sw.js, with the exact list of this build's
//    files and a cache named after them: a new release gets a new cache and
//    the old one is deleted when it activates.
import { readFile, writeFile, readdir, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || 'dist';
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
// Three pages share this hook: the check (`index.html`, bin `litmus`), the
// workshop (`workshop/index.html`, bin `workshop`) and the compare page
// (`compare/index.html`, bin `compare`), each its own build.
const built = await readdir(dir);
// A release build's JavaScript glue is minified with terser (installed by
// scripts/tools.sh): Trunk's own minifier leaves wasm-bindgen's module as it
// is. Saves about 1.5 KB brotli. (Every build: the pages and their own/.)
async function minifyGlue() {
  if (process.env.TRUNK_PROFILE === 'debug') return;
  for (const name of (await readdir(dir)).filter((n) => /^(litmus|workshop|compare)-[\w]+\.js$/.test(n))) {
    const path = join(dir, name);
    try {
      execFileSync('terser', [path, '--module', '--compress', 'passes=2', '--mangle', '-o', path], { stdio: 'inherit' });
    } catch (e) {
      throw new Error(`terser could not minify ${name} (run scripts/serve or scripts/test once to install it): ${e.message}`);
    }
  }
}

// The check's build for its pages in other languages (translated/index.html,
// the `languages` feature): not a page. Its glue and module stay in
// translated/; scripts/languages.mjs writes their names into each language's
// page after the last build.
if (/[\\/]translated[\\/]index\.html$/.test(process.env.TRUNK_HTML_FILE || '')) {
  await minifyGlue();
  await rm(file);
  console.log('post-build (translated): the build for the pages in other languages');
  process.exit(0);
}

// A page's second build, with the instrument file reader (own/index.html,
// workshop/own/index.html, compare/own/index.html: the `file` feature): not
// a page. Its glue and module stay in own/ beside the page; their names go
// into the page's loader (its index.html, built just before), whose
// Content-Security-Policy hash is then written anew, and its service worker.
if (/[\\/]own[\\/]index\.html$/.test(process.env.TRUNK_HTML_FILE || '')) {
  const glue = html.match(/import init, \* as bindings from '\.?\/?([^']+)';/)?.[1];
  const module = html.match(/module_or_path: '\.?\/?([^']+)'/)?.[1];
  if (!glue || !module) throw new Error("own/: Trunk's loader no longer names the glue and the module as expected");
  await minifyGlue();
  const pageFile = join(process.env.TRUNK_DIST_DIR || join(dir, '..'), '..', 'index.html');
  let pageHtml = await readFile(pageFile, 'utf8');
  const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const loaderRe = /<script type=module>([\s\S]*?)<\/script>/;
  const before = pageHtml.match(loaderRe)?.[1];
  if (!before || !before.includes('__OWN_GLUE__')) throw new Error('own/: build the page (../index.html) first: its loader has no __OWN_GLUE__ to fill');
  const after = before.replace('__OWN_GLUE__', `./own/${glue}`).replace('__OWN_MODULE__', `./own/${module}`);
  pageHtml = pageHtml.replace(before, () => after).replace(sha(before), () => sha(after));
  await writeFile(pageFile, pageHtml);
  const workerFile = join(pageFile, '..', 'sw.js');
  const worker = await readFile(workerFile, 'utf8');
  if (!worker.includes('__OWN__')) throw new Error('own/: the page\'s sw.js has no __OWN__ to fill');
  // A new own build is a new release of the page: a new cache name.
  await writeFile(workerFile, worker
    .replace('__OWN__', () => JSON.stringify([`own/${glue}`, `own/${module}`]))
    .replace(/(const CACHE = PREFIX \+ ')([0-9a-f]+)/, (_, start, v) => start + createHash('sha256').update(v + glue + module).digest('hex').slice(0, 16)));
  await rm(file);
  console.log(`post-build (own): ${pageFile} imports own/${glue} when the address names an instrument file`);
  process.exit(0);
}
const page = ['workshop', 'compare'].find((p) => built.some((n) => new RegExp(`^${p}-\\w+_bg\\.wasm$`).test(n))) ?? 'check';
const repo = new URL('..', import.meta.url);

// Trunk's style sheets (minified, one <link> per file) go inline as one
// <style>, in order: the first paint then needs the HTML alone, not six more
// round trips.
const sheets = [...html.matchAll(/<link\b[^>]*\bhref="?\.\/([\w.-]+\.css)"?[^>]*>/g)];
let styles = '';
for (const m of sheets) {
  styles += (await readFile(join(dir, m[1]), 'utf8')).trim();
  await rm(join(dir, m[1]));
}
sheets.forEach((m, i) => { html = html.replace(m[0], () => (i === 0 ? `<style>${styles}</style>` : '')); });
// The app's JavaScript and WebAssembly are fetched once the static shell has
// painted (its first contentful paint), not preloaded during parsing: the
// first screen never competes with the app's download, and on a fast network
// the app starts a frame later at most. A hidden page never paints, so it
// loads at once; so does a browser without paint timing, and after one
// second whatever happens.
const preloads = [...html.matchAll(/<link\b[^>]*\brel="?(?:modulepreload|preload)"?[^>]*>/g)];
if (preloads.length !== 2) throw new Error(`expected Trunk's two preload links, found ${preloads.length}`);
for (const m of preloads) html = html.replace(m[0], '');
// Trunk's loader is replaced whole by this one, written compactly since it
// is part of every first load: it finds the paths of the glue and the
// module in Trunk's, then (1) fetches nothing when the page's own inline
// loader sent this address to the workshop page (`data-away`), (2) waits
// for the first contentful paint as above, (3) imports the glue and starts
// the module. (Trunk's also put the bindings on `window` and dispatched a
// start event; nothing here uses either.)
const trunkLoader = /<script type="?module"?>([\s\S]*?)<\/script>/;
const loader = html.match(trunkLoader);
const js = loader?.[1].match(/import init, \* as bindings from '([^']+)';/)?.[1];
const wasm = loader?.[1].match(/module_or_path: '([^']+)'/)?.[1];
if (!js || !wasm) throw new Error("Trunk's loader no longer imports the glue as `import init, * as bindings from '...'` with `module_or_path: '...'`");
// When the app cannot start, the shell says why in words instead of staying
// silently disabled. A classic script (it runs in any browser) defines
// `litmusFail(k)`, which puts message k above the shell's first card:
// 0, a browser too old for the module's features (reference types, bulk
// memory and multi-value, checked once loading has failed by validating a
// 47-byte module using all three; or a loader it cannot parse, as without
// top-level await); 1, a
// sandboxed frame (an opaque origin) whose server does not send
// Access-Control-Allow-Origin, so the glue and the module cannot be fetched;
// 2, any other failed load (offline on a first visit, a broken deploy).
// Only the shell is ever changed: once the app has replaced it, nothing is.
const FEATURES = 'AGFzbQEAAAABBgFgAAJ/fwMCAQAFAwEAAQoUARIA0HAaQQBBAEEA/AsAQQBBAAs=';
const MESSAGES = [
  'This browser is too old for Litmus. Open this page in a current Chrome, Edge, Firefox or Safari.',
  'Litmus cannot start in this frame: the site that serves it must send an Access-Control-Allow-Origin header. Open Litmus in its own tab instead.',
  'Litmus could not load. Check your connection, then reload the page.',
];
const failScript = '<script>' + [
  "{let d=document,F=self.litmusFail=k=>{let m=d.querySelector('.shell main');if(m&&!F.s){F.s=1;d.documentElement.className='';",
  "let p=d.createElement('p');p.className='notice warning';p.setAttribute('role','alert');",
  `p.textContent=${JSON.stringify(MESSAGES)}[k];m.prepend(p)}};`,
  // Whether the browser has the module's features: asked only once loading
  // has failed, so a working start never pays for it.
  `F.v=()=>!!self.WebAssembly&&WebAssembly.validate(Uint8Array.from(atob('${FEATURES}'),c=>c.charCodeAt(0)));`,
  "addEventListener('error',e=>e.error instanceof SyntaxError&&F(0))}",
].join('') + '</script>';
html = html.replace(trunkLoader, () => failScript + '<script type=module>' + [
  "const d=document,p=()=>performance.getEntriesByName('first-contentful-paint').length>0;",
  "if(d.documentElement.hasAttribute('data-away'))await new Promise(()=>{});",
  "await new Promise(g=>{if(d.hidden||p())return g();setTimeout(g,1e3);try{new PerformanceObserver((_,o)=>{p()&&(o.disconnect(),g())}).observe({type:'paint',buffered:!0})}catch{g()}});",
  // An address naming a consultant's instrument file loads the page's build
  // that reads one (own/ beside it, see the `own` branch above).
  `const o=/[?&]instrument=/.test(location.search);try{await(await import(o?'__OWN_GLUE__':'${js}')).default({module_or_path:o?'__OWN_MODULE__':'${wasm}'})}catch{litmusFail(litmusFail.v()?self.origin=='null'?1:2:0)}`
].join('') + '</script>');

// The favicon (245 bytes) goes inline too: one request fewer before the
// first paint.
const favicon = /<link\b[^>]*\bhref="?(?:\.\.\/)?icons\/icon\.svg"?[^>]*>/;
if (!favicon.test(html)) throw new Error('index.html has no icons/icon.svg favicon link');
const svg = (await readFile(new URL('icons/icon.svg', repo), 'utf8')).trim();
// Only what a data URL must escape is escaped (not every space and slash).
const dataUrl = svg.replace(/"/g, "'").replace(/[#%<>]/g, encodeURIComponent);
html = html.replace(favicon, () => `<link rel=icon type=image/svg+xml href="data:image/svg+xml,${dataUrl}">`);

await minifyGlue();

// The workshop's QR code reader: the crate in scan/, built to a WebAssembly
// module with no bindings, and the worker that runs it, both named after
// their content. The page names the worker in <meta name=litmus-scan>; both
// are fetched only when a facilitator first scans (and precached by the
// service worker below, so scanning works offline).
if (page === 'workshop') {
  const root = new URL('..', import.meta.url).pathname;
  execFileSync('cargo', ['build', '-p', 'litmus-scan', '--release', '--target', 'wasm32-unknown-unknown'], { cwd: root, stdio: 'inherit' });
  const built = join(root, 'target/wasm32-unknown-unknown/release/litmus_scan.wasm');
  const optimised = join(dir, 'scan.tmp.wasm');
  execFileSync('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', built, '-o', optimised], { stdio: 'inherit' });
  const bytes = await readFile(optimised);
  await rm(optimised);
  const named = (text, ext) => `scan-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.${ext}`;
  const wasmName = named(bytes, 'wasm');
  await writeFile(join(dir, wasmName), bytes);
  const workerPath = join(dir, 'scan-worker.tmp.js');
  await writeFile(workerPath, (await readFile(new URL('./scan-worker.js', import.meta.url), 'utf8')).replaceAll('__WASM__', wasmName));
  if (process.env.TRUNK_PROFILE !== 'debug') {
    execFileSync('terser', [workerPath, '--compress', 'passes=2', '--mangle', '-o', workerPath], { stdio: 'inherit' });
  }
  const worker = await readFile(workerPath);
  await rm(workerPath);
  const workerName = named(worker, 'js');
  await writeFile(join(dir, workerName), worker);
  if (!html.includes('</head>')) throw new Error('workshop/index.html has no </head>');
  html = html.replace('</head>', `<meta name=litmus-scan content="${workerName}"></head>`);
}

const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha(m[1]));
const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha(m[1]));
for (const placeholder of ['CSP_SCRIPT_HASHES', 'CSP_STYLE_HASHES']) {
  if (!html.includes(placeholder)) throw new Error(`index.html has no ${placeholder} placeholder`);
}
if (process.env.TRUNK_PROFILE === 'debug') {
  // `trunk serve` injects its live-reload script after this hook, so a debug
  // build leaves the policy out; every release build carries it.
  html = html.replace(/<meta[^>]*Content-Security-Policy[^>]*>/, '');
  console.log('post-build: debug build, Content-Security-Policy left out for live reload');
} else {
  html = html.replace('CSP_SCRIPT_HASHES', hashes.join(' ')).replace('CSP_STYLE_HASHES', styleHashes.join(' '));
}
await writeFile(file, html);

// Everything the page needs offline (not the embed builder, and for the
// check nothing of the workshop: a participant never downloads it). Each
// page has its own worker, scoped to its own folder.
const top = (await readdir(dir, { withFileTypes: true }))
  .filter((e) => e.isFile() && /\.(html|js|wasm|css|webmanifest)$/.test(e.name) && e.name !== 'sw.js')
  .map((e) => e.name);
const icons = page === 'check' ? (await readdir(join(dir, 'icons'))).map((n) => `icons/${n}`) : [];
const files = ['./', ...top.filter((n) => n !== 'index.html'), ...icons].sort();
const version = createHash('sha256').update(html).update(files.join('\n')).digest('hex').slice(0, 16);
const template = await readFile(new URL('./sw.template.js', import.meta.url), 'utf8');
await writeFile(join(dir, 'sw.js'), template
  .replace('__PAGE__', page)
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(files))
  // (`__OWN__`, the files of the page's build in own/, is filled by that build.)
  .replace('__INSTRUMENTS__', page === 'check' ? './' : '../'));
console.log(`post-build (${page}): ${hashes.length} inline script and ${styleHashes.length} inline style hash(es); sw.js caches ${files.length} files as litmus-${page}-${version}`);
