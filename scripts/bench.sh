#!/usr/bin/env bash
# Benchmarks (release build). Figures go in the issue notes; nothing here is a pass/fail test.
#   scripts/bench.sh          intake latency (SQLite, PostgreSQL), sign-in, screening, receipt PDFs
#   scripts/bench.sh queue    the case queue with BENCH_CASES (default 100,000) cases on both databases
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
case "${1:-intake}" in
  queue) cargo run --release --locked -p reclamo-server --example queue_bench ;;
  *) cargo run --release --locked -p reclamo-server --example bench ;;
esac
