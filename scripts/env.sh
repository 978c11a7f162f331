# Sourced by the scripts: one build cache outside the clone, the installed tools on PATH.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/payments-panel/target}"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# tools/ holds binaryen's wasm-opt from npm; it must come before any other wasm-opt.
export PATH="$REPO_ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export REPO_ROOT
