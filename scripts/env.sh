# Sourced by the scripts: tools on PATH in the order cargo-leptos expects them.
# npm's wasm-opt goes first, ahead of any Debian binaryen.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$REPO_ROOT/end2end/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
