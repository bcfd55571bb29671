#!/usr/bin/env bash
# One command that sets up and runs every test: formatting and lints, unit and integration tests
# on SQLite and PostgreSQL, the release build, and the browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
t0=$(date +%s)

step "format"
cargo fmt --all --check

step "lint"
cargo clippy --workspace --all-targets --locked -- -D warnings
./scripts/check-layers.sh

step "unit and integration tests (SQLite and PostgreSQL)"
export RECLAMO_REQUIRE_POSTGRES="${RECLAMO_REQUIRE_POSTGRES:-1}"
cargo test --workspace --locked

step "release build (server + islands wasm)"
cargo leptos build --release --precompress
./scripts/build-estimate.sh

step "browser tests (Chromium, axe-core)"
./scripts/e2e.sh

step "page weight"
./scripts/e2e.sh --weight-only

printf '\nall suites passed in %ss\n' "$(( $(date +%s) - t0 ))"
