// The hosting examples (deploy/): filled with the build's own policies, and
// the precompressed copies they serve are the files themselves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { DIST } from '../harness.js';

const repo = new URL('../..', import.meta.url).pathname;

test('deploy/configure.mjs writes nginx and Caddy configurations with each page\'s policy, and brotli and gzip copies', async () => {
  const dist = await mkdtemp(join(tmpdir(), 'litmus-deploy-'));
  try {
    await cp(DIST, dist, { recursive: true });
    execFileSync('node', [join(repo, 'deploy/configure.mjs'), dist], { stdio: 'pipe' });
    const nginx = await readFile(join(repo, 'target/deploy/nginx.conf'), 'utf8');
    const caddy = await readFile(join(repo, 'target/deploy/Caddyfile'), 'utf8');
    for (const page of ['index.html', 'workshop/index.html', 'compare/index.html', 'embed/index.html']) {
      const html = await readFile(join(dist, page), 'utf8');
      const meta = html.match(/<meta\b[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i)[0];
      const policy = meta.match(/content="([^"]+)"/)[1];
      assert.ok(nginx.includes(`Content-Security-Policy "${policy}"`), `nginx: ${page}`);
      assert.ok(caddy.includes(`Content-Security-Policy "${policy}"`), `Caddy: ${page}`);
    }
    for (const config of [nginx, caddy]) {
      assert.doesNotMatch(config, /\{\{/);
      assert.match(config, /max-age=31536000, immutable/);
      assert.match(config, /no-cache/);
      assert.match(config, /application\/wasm/);
      assert.match(config, /\.json/);
    }
    assert.match(nginx, /brotli_static on;[\s\S]*gzip_static on;/);
    assert.match(caddy, /precompressed br gzip/);
    const wasm = (await readFile(join(dist, 'index.html'), 'utf8')).match(/module_or_path:o\?'[^']+':'\.?\/?([^']+\.wasm)'/)[1];
    const original = await readFile(join(dist, wasm));
    assert.deepEqual(brotliDecompressSync(await readFile(join(dist, `${wasm}.br`))), original);
    assert.deepEqual(gunzipSync(await readFile(join(dist, `${wasm}.gz`))), original);
  } finally {
    await rm(dist, { recursive: true, force: true });
  }
});
