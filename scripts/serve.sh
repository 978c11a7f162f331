#!/usr/bin/env bash
# `make serve`: installs what is missing, builds the app and the backend in release mode, and
# serves both on http://127.0.0.1:8080 with the database under ./data.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
bash scripts/setup.sh
bash scripts/build.sh
cargo build --release --quiet -p panel-backend
exec "$CARGO_TARGET_DIR/release/panel-backend" serve \
  --addr "${PANEL_ADDR:-127.0.0.1:8080}" --data-dir "${PANEL_DATA_DIR:-data}" --dist dist
