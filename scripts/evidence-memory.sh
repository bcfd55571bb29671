#!/usr/bin/env bash
# Measures what an evidence upload costs the server in memory (a benchmark, not a test; figures go
# in the issue notes): the release server on loopback, SQLite, a fresh data directory. It files a
# complaint, then sends, each with curl streaming from a file:
#   - a 50 MB upload (over the 10 MB limit: must be refused without the server growing by 50 MB),
#   - a 9 MB voice note (accepted: read, sealed in 64 KiB chunks and stored),
# and prints the server's resident memory (VmRSS) and peak (VmHWM) before and after each.
# Bounded: two uploads, loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
OUT=target/evidence-memory
mkdir -p "$OUT"
if [ ! -x target/release/reclamo ] || [ -n "$(find server app shared migrations -newer target/release/reclamo -name '*.rs' -print -quit)" ]; then
  ./scripts/setup.sh
  cargo leptos build --release --precompress
fi
port=3990
data=$(mktemp -d "$OUT/data.XXXXXX")
RECLAMO_DATA_DIR="$data" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site RUST_LOG=warn \
  target/release/reclamo serve >"$OUT/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

mem() { awk '/^VmRSS|^VmHWM/ {printf "%s %d MiB  ", $1, $2/1024}' "/proc/$pid/status"; }
receipt=$(curl -fsS -H 'content-type: application/json' "http://127.0.0.1:$port/api/v1/complaints" \
  -d '{"language":"es","employer":{"name":"Memoria SA"},"violations":["unpaid_wages"],"narrative":"No me pagaron."}')
tracking=$(echo "$receipt" | sed -E 's/.*"tracking_code":"([0-9]+)".*/\1/')
access=$(echo "$receipt" | sed -E 's/.*"access_code":"([0-9]+)".*/\1/')

big="$OUT/big.m4a"; ok="$OUT/voice.ogg"
{ printf 'OggS'; head -c $((9 * 1024 * 1024 - 4)) /dev/urandom; } >"$ok"
{ printf '\0\0\0\x20ftypM4A '; head -c $((50 * 1024 * 1024)) /dev/zero; } >"$big"

echo "before:                 $(mem)"
code=$(curl -s -o /dev/null -w '%{http_code}' -F "access_code=$access" -F "file=@$big;type=audio/mp4" \
  "http://127.0.0.1:$port/api/v1/complaints/$tracking/evidence")
echo "after 50 MB (HTTP $code): $(mem)"
code=$(curl -s -o /dev/null -w '%{http_code}' -F "access_code=$access" -F "file=@$ok;type=audio/ogg" \
  "http://127.0.0.1:$port/api/v1/complaints/$tracking/evidence")
echo "after 9 MB  (HTTP $code): $(mem)"
rm -f "$big" "$ok"
