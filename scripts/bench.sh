#!/usr/bin/env bash
# Benchmarks (release build): intake latency on SQLite and PostgreSQL, receipt PDF render time
# and size. Figures go in the issue notes; nothing here is a pass/fail test.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cargo run --release --locked -p reclamo-server --example bench
