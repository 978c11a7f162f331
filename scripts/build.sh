#!/usr/bin/env bash
# Builds the release bundle into dist/ with Trunk (offline: crates are fetched first).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
cargo fetch --quiet
trunk build --release --quiet
# No inline script in the page: the app runs under a strict Content-Security-Policy.
python3 scripts/externalize_boot.py dist
# Compressed copies for the backend to serve: the wasm travels as about a third of its size.
node scripts/precompress.js dist
