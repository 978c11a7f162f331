#!/usr/bin/env bash
# `make wordpress-plugin`: the release bundle (scripts/build.sh), then the installable plugin zip
# with the bundle inside: build/payments-panel.zip (or the path given as the first argument).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
out="${1:-$REPO_ROOT/build/payments-panel.zip}"
bash scripts/build.sh
python3 scripts/package_wordpress_plugin.py dist wordpress/payments-panel "$out"
echo "$out"
