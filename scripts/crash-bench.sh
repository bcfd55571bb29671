#!/usr/bin/env bash
# Crash safety, the long run (#14): 200 rounds of "file complaints from 6 concurrent clients, kill
# the server with SIGKILL at a random moment (150-700 ms in), restart", then every complaint that
# got a 201 must be there and decrypt, nothing half-written may be visible, and SQLite's
# integrity_check must pass. The test command runs 4 rounds of the same test. Loopback only;
# bounded by the round count (about 1 s a round).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
RECLAMO_CRASH_ROUNDS="${RECLAMO_CRASH_ROUNDS:-200}" \
  cargo test -q -p reclamo-server --test api -- --nocapture a_killed_server_loses_no_acknowledged_complaint 2>&1 |
  grep -E '^CRASH|test result|panicked|assert'
