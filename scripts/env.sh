# Sourced by the scripts: one build cache outside the clone, the installed tools on PATH.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/payments-panel/target}"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# tools/ holds binaryen's wasm-opt from npm; it must come before any other wasm-opt.
export PATH="$REPO_ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Python tools of the API contract check (schemathesis, openapi-spec-validator), pinned by setup.sh.
export API_CONTRACT_VENV="${API_CONTRACT_VENV:-$HOME/.cache/payments-panel/api-contract-venv}"
export REPO_ROOT
