// Size profile of a WebAssembly module that still has its name section:
// bytes of function bodies grouped by what they belong to, plus data.
// twiggy 0.7 cannot read wasm-bindgen 0.2.130's output, so this reads the
// few sections it needs itself. `scripts/size --profile` builds a module with
// names, optimised as the release is, and runs this on it.
//   node scripts/wasm-profile.mjs MODULE.wasm     (TOP=20 also lists the
//                                                   20 largest functions)
import { readFileSync } from 'node:fs';

const bytes = readFileSync(process.argv[2]);
let p = 8;
const u32 = () => { let r = 0, s = 0, b; do { b = bytes[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
const str = () => { const n = u32(); const t = bytes.toString('utf8', p, p + n); p += n; return t; };
let imported = 0; const bodies = []; let data = 0; const names = new Map();
while (p < bytes.length) {
  const id = bytes[p++]; const size = u32(); const end = p + size;
  if (id === 2) { // imports: count the imported functions
    const limits = () => { const flags = bytes[p++]; u32(); if (flags & 1) u32(); };
    for (let n = u32(); n > 0; n--) {
      str(); str(); const kind = bytes[p++];
      if (kind === 0) { imported++; u32(); } // function: type index
      else if (kind === 1) { p++; limits(); } // table: element type, limits
      else if (kind === 2) limits(); // memory
      else if (kind === 3) p += 2; // global: value type, mutability
      else if (kind === 4) { p++; u32(); } // tag
    }
  } else if (id === 10) { for (let n = u32(); n > 0; n--) { const len = u32(); bodies.push(len); p += len; } }
  else if (id === 11) data += size;
  else if (id === 0 && str() === 'name') {
    while (p < end) {
      const sub = bytes[p++]; const len = u32(); const subEnd = p + len;
      if (sub === 1) for (let n = u32(); n > 0; n--) { const i = u32(); names.set(i, str()); }
      p = subEnd;
    }
  }
  p = end;
}
if (process.env.TOP) {
  const list = bodies.map((len, i) => [len, names.get(imported + i) || '?']).sort((a, b) => b[0] - a[0]);
  for (const [len, name] of list.slice(0, Number(process.env.TOP))) console.log(String(len).padStart(8), name.slice(0, 140));
}
const groups = [
  // Each component's render is inlined into Yew's generic `view`.
  [/litmus::components|litmus::screens|CompStateInner<COMP> as yew::html::component::lifecycle::Stateful>::view/,
    'Litmus screens and components: render code'],
  [/^<?litmus_core|^litmus_core/, 'litmus-core: scoring, share codec, team, save'],
  [/qrcodegen/, 'qrcodegen'],
  [/base64|crc|percent_encoding/, 'base64, crc, percent-encoding'],
  [/litmus::/, 'Litmus app: state, reducer, platform'],
  [/yew|implicit_clone|gloo|slab|indexmap|hashbrown|tracing|futures|prokio/, 'Yew runtime (with gloo, hashbrown, futures)'],
  [/wasm_bindgen|js_sys|web_sys|__wbg|__wbindgen|externref/, 'wasm-bindgen, js-sys, web-sys'],
  [/^<?(core|alloc|std)::|dlmalloc|compiler_builtins|^mem(cpy|set|move|cmp)|rust_/, 'Rust std: alloc, fmt, strings, panics'],
];
const totals = new Map(); let code = 0;
bodies.forEach((len, i) => {
  const name = names.get(imported + i) || '';
  const group = (groups.find(([re]) => re.test(name)) || [null, 'unnamed'])[1];
  totals.set(group, (totals.get(group) || 0) + len); code += len;
});
totals.set('data: strings, instrument content, tables', data);
const all = bytes.length;
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(v).padStart(8)} ${(100 * v / all).toFixed(1).padStart(5)}%  ${k}`);
}
console.log(`${String(all - code - data).padStart(8)} ${(100 * (all - code - data) / all).toFixed(1).padStart(5)}%  names, types, imports, exports, headers`);
console.log(`${String(all).padStart(8)} 100.0%  module`);
