// The workshop's QR code reader, run in a dedicated worker so reading a
// frame never blocks the page. scripts/post-build.mjs writes it into
// dist/workshop/ as scan-worker-HASH.js, with __WASM__ replaced by the
// reader's module (scan-HASH.wasm, the crate in scan/), and names it in the
// page's <meta name=litmus-scan>. The module is fetched only when the first
// frame or photo arrives, never with the page.
//
// Message in: {width, height, pixels} (RGBA, as a canvas gives them, the
// buffer transferred). Message out: {codes: [text, ...]}, or {failed: true}
// when the reader could not load.
let reader;
const load = () =>
  (reader ??= fetch('__WASM__')
    .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(r.status))))
    .then((bytes) => WebAssembly.instantiate(bytes))
    .then((r) => r.instance.exports));

onmessage = async ({ data: { width, height, pixels } }) => {
  let m;
  try {
    m = await load();
  } catch {
    reader = undefined;
    postMessage({ failed: true });
    return;
  }
  let codes = [];
  try {
    const at = m.frame(pixels.byteLength);
    new Uint8Array(m.memory.buffer, at, pixels.byteLength).set(new Uint8Array(pixels));
    const length = m.read(width, height);
    if (length > 0) {
      codes = new TextDecoder().decode(new Uint8Array(m.memory.buffer, m.text(), length)).split('\n');
    }
  } catch {
    // A trap leaves the module unusable: the next frame starts a fresh one.
    reader = undefined;
  }
  postMessage({ codes });
};
