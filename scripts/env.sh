# Sourced by the scripts: one build cache outside the clone, the installed tools on PATH.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# One cache for the clone; a linked `git worktree` gets its own, since cargo names a
# workspace's own crates by their path inside the workspace: two checkouts sharing a target
# directory would take each other's builds.
cache="$HOME/.cache/payments-panel/target"
if [ "$(git -C "$REPO_ROOT" rev-parse --git-dir 2>/dev/null)" != "$(git -C "$REPO_ROOT" rev-parse --git-common-dir 2>/dev/null)" ]; then
  cache="$cache-$(basename "$REPO_ROOT")"
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$cache}"
unset cache
# tools/ holds binaryen's wasm-opt from npm; it must come before any other wasm-opt.
export PATH="$REPO_ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export REPO_ROOT
