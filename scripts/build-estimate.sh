#!/usr/bin/env bash
# Builds the public wizard's live-estimate module (crate app/estimate: shared's wage arithmetic
# behind one wasm-bindgen function, no UI framework) into the site's pkg folder, with a content
# hash in its names and brotli/gzip copies beside it. Run after `cargo leptos build`, which owns
# the rest of target/site. Without it the estimate helper still works through its button.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
site="${LEPTOS_SITE_ROOT:-target/site}/pkg"
out=target/estimate
cargo build -p reclamo-estimate --lib --target wasm32-unknown-unknown --profile wasm-release --locked
rm -rf "$out" && mkdir -p "$out" "$site"
wasm-bindgen target/wasm32-unknown-unknown/wasm-release/reclamo_estimate.wasm \
  --target web --no-typescript --out-dir "$out" --out-name estimate
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$out/estimate_bg.wasm" -o "$out/estimate_bg.wasm"
hash=$(cat "$out/estimate.js" "$out/estimate_bg.wasm" | sha256sum | cut -c1-16)
rm -f "$site"/estimate-*
cp "$out/estimate.js" "$site/estimate-$hash.js"
cp "$out/estimate_bg.wasm" "$site/estimate-${hash}_bg.wasm"
node -e '
const fs = require("fs"), zlib = require("zlib");
for (const f of process.argv.slice(1)) {
  const b = fs.readFileSync(f);
  fs.writeFileSync(f + ".br", zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  fs.writeFileSync(f + ".gz", zlib.gzipSync(b, { level: 9 }));
}' "$site/estimate-$hash.js" "$site/estimate-${hash}_bg.wasm"
ls -l "$site"/estimate-"$hash"* | awk '{print $5, $9}'
