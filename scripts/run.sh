#!/usr/bin/env bash
# One command for a newcomer: set up, build the release, and serve on the embedded SQLite
# default at http://127.0.0.1:3000 (override with LEPTOS_SITE_ADDR).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
source scripts/env.sh
cargo leptos build --release --precompress
./scripts/build-estimate.sh
./target/release/reclamo demo --if-empty
exec ./target/release/reclamo serve
