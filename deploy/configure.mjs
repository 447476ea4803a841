// Prepares a release build for a web server: `node deploy/configure.mjs
// [dist]` (after scripts/build).
// 1. Writes target/deploy/nginx.conf and target/deploy/Caddyfile from the
//    examples beside this script, with each page's Content-Security-Policy
//    (read from its <meta>, hashes and all) filled in.
// 2. Writes a brotli (quality 11) and a gzip copy beside every text or
//    WebAssembly file of the build, for nginx's brotli_static/gzip_static
//    and Caddy's `precompressed`.
import { readFile, writeFile, readdir, mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const dist = process.argv[2] || join(here, '..', 'dist');
const out = join(here, '..', 'target', 'deploy');

/** The policy in a page's <meta http-equiv="Content-Security-Policy">. */
export async function policyOf(page) {
  const html = await readFile(join(dist, page), 'utf8');
  const meta = html.match(/<meta\b[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i)?.[0];
  const policy = meta?.match(/content="([^"]+)"/)?.[1];
  if (!policy) throw new Error(`${page} has no Content-Security-Policy <meta> (build with scripts/build first)`);
  if (policy.includes('CSP_')) throw new Error(`${page}'s policy still has a placeholder: was it built in release?`);
  return policy;
}

const policies = {
  CSP_CHECK: await policyOf('index.html'),
  CSP_WORKSHOP: await policyOf('workshop/index.html'),
  CSP_COMPARE: await policyOf('compare/index.html'),
  CSP_EMBED: await policyOf('embed/index.html'),
};
await mkdir(out, { recursive: true });
for (const name of ['nginx.conf', 'Caddyfile']) {
  let text = await readFile(join(here, name), 'utf8');
  for (const [key, value] of Object.entries(policies)) text = text.replaceAll(`{{${key}}}`, value);
  if (/\{\{CSP_/.test(text)) throw new Error(`${name}: a policy was left unfilled`);
  await writeFile(join(out, name), text);
  console.log(`wrote ${join(out, name)}`);
}

let count = 0;
async function compress(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await compress(path);
    else if (/\.(html|js|wasm|css|json|svg|webmanifest)$/.test(entry.name)) {
      const body = await readFile(path);
      await writeFile(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      await writeFile(`${path}.gz`, gzipSync(body, { level: 9 }));
      count += 1;
    }
  }
}
await compress(dist);
console.log(`wrote brotli and gzip copies of ${count} files in ${dist}`);
