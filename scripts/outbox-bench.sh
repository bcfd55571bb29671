#!/usr/bin/env bash
# The sender's budget: 1,000 queued texts drained against the local mock of Twilio's REST API,
# on SQLite and PostgreSQL (skipped when it does not answer), in the test build (unoptimised: the
# release binary is faster). A benchmark,
# not part of the test command; it prints the time and fails past 10 s. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
export RECLAMO_TEST_POSTGRES_URL="${RECLAMO_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
cargo test -q -p reclamo-server --test api -- --ignored --nocapture bench_outbox 2>&1 | grep -E '^BENCH|test result'
