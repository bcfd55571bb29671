#!/usr/bin/env bash
# Crash safety, the long run (#14): 200 rounds of "file complaints from 6 concurrent clients, kill
# the server with SIGKILL at a random moment (150-700 ms in), restart", then every complaint that
# got a 201 must be there and decrypt, nothing half-written may be visible, and SQLite's
# integrity_check must pass; and 10 rounds of "kill `reclamo dispose` in the middle of a batch
# of 40 approved cases": each case whole or disposed, the next run finishes. The test command runs
# 4 and 1 rounds of the same tests. Loopback only; bounded by the round counts.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
RECLAMO_CRASH_ROUNDS="${RECLAMO_CRASH_ROUNDS:-200}" \
  cargo test -q -p reclamo-server --test api -- --nocapture crash:: 2>&1 |
  grep -E '^CRASH|test result|panicked|assert'
