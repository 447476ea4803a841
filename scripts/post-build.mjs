// Trunk post-build hook, run on every build:
// 1. Puts the hashes of the inline scripts Trunk injected (the wasm loader;
//    in `trunk serve`, also its reloader) into the page's
//    Content-Security-Policy, so the policy needs no 'unsafe-inline'.
// 2. Writes the service worker, sw.js, with the exact list of this build's
//    files and a cache named after them: a new release gets a new cache and
//    the old one is deleted when it activates.
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || 'dist';
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
if (!html.includes('CSP_SCRIPT_HASHES')) throw new Error('index.html has no CSP_SCRIPT_HASHES placeholder');
if (process.env.TRUNK_PROFILE === 'debug') {
  // `trunk serve` injects its live-reload script after this hook, so a debug
  // build leaves the policy out; every release build carries it.
  html = html.replace(/<meta[^>]*Content-Security-Policy[^>]*>/, '');
  console.log('post-build: debug build, Content-Security-Policy left out for live reload');
} else {
  html = html.replace('CSP_SCRIPT_HASHES', hashes.join(' '));
}
await writeFile(file, html);

// Everything the app needs offline (not the embed builder).
const top = (await readdir(dir, { withFileTypes: true }))
  .filter((e) => e.isFile() && /\.(html|js|wasm|css|webmanifest)$/.test(e.name) && e.name !== 'sw.js')
  .map((e) => e.name);
const icons = (await readdir(join(dir, 'icons'))).map((n) => `icons/${n}`);
const files = ['./', ...top.filter((n) => n !== 'index.html'), ...icons].sort();
const version = createHash('sha256').update(html).update(files.join('\n')).digest('hex').slice(0, 16);
const template = await readFile(new URL('./sw.template.js', import.meta.url), 'utf8');
await writeFile(join(dir, 'sw.js'), template
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(files)));
console.log(`post-build: ${hashes.length} inline script hash(es); sw.js caches ${files.length} files as litmus-${version}`);
