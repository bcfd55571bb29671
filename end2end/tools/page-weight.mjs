// Measures what a cold load of each public page transfers: HTML plus every /pkg asset it
// references (CSS, JS, WASM — the estimate module's names sit in data attributes, and are counted
// too), raw, gzip and brotli. Fails when the first step of /report (in English or Amharic, whose
// text is longest in bytes) is over its budget of 50 KiB compressed (brotli, what the server sends
// to browsers asking for it).
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BASE = (process.env.RECLAMO_E2E_URL || 'http://127.0.0.1:3000').replace(/\/$/, '');
const PAGES = (process.env.RECLAMO_WEIGHT_PAGES || '/,/rights,/report,/report?lang=am,/status').split(',');
const BUDGET = { '/report': 50 * 1024, '/report?lang=am': 50 * 1024 };

const kib = (n) => (n / 1024).toFixed(1).padStart(7);
async function fetchBytes(url) {
  const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}
function sizes(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    br: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

let failed = false;
console.log(`page weight at ${BASE} (KiB)`);
console.log('page             kind      raw    gzip  brotli');
for (const path of PAGES) {
  const page = await fetchBytes(`${BASE}${path}`);
  if (page.status !== 200) {
    console.log(`${path.padEnd(15)}  (status ${page.status}, skipped)`);
    continue;
  }
  const html = page.bytes.toString('utf8');
  const assets = [...new Set([...html.matchAll(/\/pkg\/[^"' )]+/g)].map((m) => m[0]))];
  const rows = [['html', sizes(page.bytes)]];
  for (const a of assets) {
    const { bytes } = await fetchBytes(`${BASE}${a}`);
    const kind = a.endsWith('.wasm') ? 'wasm' : a.endsWith('.css') ? 'css' : a.endsWith('.js') ? 'js' : 'other';
    rows.push([kind, sizes(bytes)]);
  }
  const total = rows.reduce((t, [, s]) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, br: t.br + s.br }), { raw: 0, gzip: 0, br: 0 });
  for (const [kind, s] of rows) console.log(`${path.padEnd(15)}  ${kind.padEnd(5)} ${kib(s.raw)} ${kib(s.gzip)} ${kib(s.br)}`);
  console.log(`${path.padEnd(15)}  TOTAL ${kib(total.raw)} ${kib(total.gzip)} ${kib(total.br)}`);
  const budget = BUDGET[path];
  if (budget && total.br > budget) {
    console.log(`  OVER BUDGET: ${path} is ${kib(total.br)} KiB brotli, budget ${kib(budget)} KiB`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
