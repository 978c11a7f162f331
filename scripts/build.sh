#!/usr/bin/env bash
# Builds the release bundle into dist/ with Trunk (offline: crates are fetched first), split by
# screen: the Overview's code in the main module, every other screen's in a chunk of its own
# (docs/code-splitting.md).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
cargo fetch --quiet
trunk build --release --quiet --features split
python3 scripts/split_wasm.py dist "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/payments-panel.wasm"
# No inline script in the page: the app runs under a strict Content-Security-Policy.
python3 scripts/externalize_boot.py dist
# Compressed copies for the backend to serve: the wasm travels as about a third of its size.
node scripts/precompress.js dist
