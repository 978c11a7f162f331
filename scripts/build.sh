#!/usr/bin/env bash
# Builds the release bundle into dist/ with Trunk (offline: crates are fetched first).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
cargo fetch --quiet
trunk build --release --quiet
