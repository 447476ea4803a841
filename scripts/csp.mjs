// Trunk post-build hook: puts the hashes of the inline scripts Trunk injected
// (the wasm loader; in `trunk serve`, also its reloader) into the page's
// Content-Security-Policy, so the policy needs no 'unsafe-inline'.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const file = join(process.env.TRUNK_STAGING_DIR || 'dist', 'index.html');
let html = await readFile(file, 'utf8');
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
if (!html.includes('CSP_SCRIPT_HASHES')) throw new Error('index.html has no CSP_SCRIPT_HASHES placeholder');
html = html.replace('CSP_SCRIPT_HASHES', hashes.join(' '));
await writeFile(file, html);
console.log(`csp: ${hashes.length} inline script hash(es) written`);
