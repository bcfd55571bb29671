#!/usr/bin/env bash
# Load runs against the release server on loopback (a benchmark, not a test; figures go in the
# issue notes). Bounded: each run lasts LOAD_SECONDS (default 10) and only 127.0.0.1 is targeted.
#
#   scripts/load.sh            intake through the JSON API at 1, 16 and 64 concurrent filers, the web
#                              form's last step at 16 and 64, and GET /report at 16, on SQLite and
#                              PostgreSQL (skipped when PostgreSQL does not answer)
#   LOAD_DB=sqlite scripts/load.sh     one database only (sqlite | postgres)
#
# Every server starts on a fresh database with the per-address intake limit off. The table is
# printed at the end and written to target/load/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
SECONDS_PER_RUN="${LOAD_SECONDS:-10}"
PG_ADMIN="${RECLAMO_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
OUT=target/load
mkdir -p "$OUT"

if ! command -v wrk >/dev/null 2>&1; then
  echo "load: installing wrk (apt)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi
if [ ! -x target/release/reclamo ] || [ -n "$(find server app shared migrations -newer target/release/reclamo -name '*.rs' -print -quit)" ]; then
  ./scripts/setup.sh
  cargo leptos build --release --precompress
fi

port=3900
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=""
}
trap stop_server EXIT

start_server() { # $1 = sqlite | postgres
  stop_server
  port=$((port + 1))
  local data; data=$(mktemp -d "$OUT/data.XXXXXX")
  local url=""
  if [ "$1" = postgres ]; then
    local name="reclamo_load_$$_$port"
    psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
    url="${PG_ADMIN%/*}/$name"
  fi
  DATABASE_URL="$url" RECLAMO_DATA_DIR="$data" LEPTOS_SITE_ADDR="127.0.0.1:$port" LEPTOS_SITE_ROOT=target/site \
    RECLAMO_INTAKE_LIMIT=0 RUST_LOG=warn target/release/reclamo serve >"$OUT/server-$1.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 100); do
    curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "load: the server did not start (see $OUT/server-$1.log)" >&2
  exit 1
}

rows=()
run() { # $1 = database, $2 = mode, $3 = concurrency, $4 = label
  local threads=2; [ "$3" -lt 2 ] && threads=1
  local line
  line=$(MODE="$2" wrk -t"$threads" -c"$3" -d"${SECONDS_PER_RUN}s" --timeout 10s -s scripts/load/intake.lua \
    "http://127.0.0.1:$port" | grep '^RESULT')
  # RESULT ok=N client_err=N server_err=N socket_err=N secs=S ok_per_s=R p50_ms=A p99_ms=B
  eval "$(echo "${line#RESULT }" | tr ' ' '\n' | sed 's/^/local /')"
  rows+=("| $1 | $4 | $3 | $ok_per_s | $ok | $((client_err)) | $((server_err + socket_err)) | $p50_ms / $p99_ms |")
  printf '%-9s %-28s c=%-3s ok/s=%-7s ok=%-6s 4xx=%-4s 5xx+socket=%-4s p50/p99=%s/%s ms\n' \
    "$1" "$4" "$3" "$ok_per_s" "$ok" "$client_err" "$((server_err + socket_err))" "$p50_ms" "$p99_ms"
}

databases="${LOAD_DB:-sqlite postgres}"
for db in $databases; do
  if [ "$db" = postgres ] && ! psql "$PG_ADMIN" -qtAc 'SELECT 1' >/dev/null 2>&1; then
    echo "load: PostgreSQL at $PG_ADMIN does not answer: skipped"; continue
  fi
  for c in 1 16 64; do start_server "$db"; run "$db" api "$c" "POST /api/v1/complaints"; done
  for c in 16 64; do start_server "$db"; run "$db" form "$c" "POST /report/done (web form)"; done
  start_server "$db"; run "$db" page 16 "GET /report"
  stop_server
done

{
  echo "| database | request | concurrent | ok/s | ok | 4xx | 5xx + socket errors | p50 / p99 ms |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} | tee "$OUT/results.md"
rm -rf "$OUT"/data.*
