#!/usr/bin/env bash
# `make bench`: builds the release bundle and the release backend, then measures them (see
# bench/run.js) and writes BENCHMARKS.md. Installs what is missing first (wrk from Debian).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

bash scripts/setup.sh
if ! command -v wrk >/dev/null; then
    sudo_if_needed=""
    [[ $(id -u) -ne 0 ]] && sudo_if_needed="sudo"
    $sudo_if_needed apt-get install -y -q wrk
fi

bash scripts/build.sh
cargo build --quiet --release -p panel-backend
# The framework's floor (bench/leptos-floor): its own build cache, as its features differ. Its
# flags are the app's but the split's `--emit-relocs` (.cargo/config.toml, which applies in
# this folder too): the floor is not split, and binaryen cannot optimise a module that keeps
# its relocations (the floor grew to 358 KB gzip with them).
(
  cd bench/leptos-floor
  cargo fetch --quiet
  RUSTFLAGS="--cfg erase_components" CARGO_TARGET_DIR="$CARGO_TARGET_DIR-leptos-floor" trunk build --release --quiet
  python3 ../../scripts/externalize_boot.py dist
)

bench_data=$(mktemp -d)
trap 'rm -rf "$bench_data"' EXIT
BACKEND_BIN="$CARGO_TARGET_DIR/release/panel-backend" DIST_DIR="$REPO_ROOT/dist" E2E_DATA_DIR="$bench_data" \
    node bench/run.js
echo "wrote BENCHMARKS.md"
