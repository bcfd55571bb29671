#!/usr/bin/env bash
# Starts the release server on a fresh data directory and runs the browser tests against it
# (or, with --weight-only, only measures page weight). Expects `cargo leptos build --release`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
port="${RECLAMO_E2E_PORT:-3917}"
data="$(mktemp -d)"
log="$data/server.log"
# Staff accounts for the browser tests (created before the server starts).
export RECLAMO_E2E_PASSWORD="e2e correct horse battery"
mode="${1:-}"
while read -r email role; do
  echo "$RECLAMO_E2E_PASSWORD" | RECLAMO_DATA_DIR="$data/data" ./target/release/reclamo user add --email "$email" --role "$role" >/dev/null
done <<'USERS'
sup@e2e.test supervisor
inv@e2e.test investigator
USERS
RECLAMO_DATA_DIR="$data/data" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
  ./target/release/reclamo serve >"$log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
export RECLAMO_E2E_URL="http://127.0.0.1:$port"
status=0
if [ "$mode" = "--weight-only" ]; then
  node end2end/tools/page-weight.mjs || status=$?
else
  (cd end2end && npm test) || status=$?
fi
if [ $status -ne 0 ]; then echo "--- server log ---"; cat "$log"; fi
exit $status
