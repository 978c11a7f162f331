#!/usr/bin/env bash
# `make test`: every suite, in one go. Installs what is missing first.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

bash scripts/setup.sh
# What the tree looks like before the run: a run may change no tracked file (checked at the end).
tree_before=$(git status --porcelain 2>/dev/null || true)

step "formatting (rustfmt.toml) and lints (clippy, warnings are errors): native crates, then the app's wasm target"
cargo fmt --all -- --check
cargo clippy --quiet --workspace --exclude payments-panel --all-targets -- -D warnings
cargo clippy --quiet -p payments-panel --target wasm32-unknown-unknown --all-targets -- -D warnings
# The release bundle's build: every screen but the Overview behind a split point (src/screen_chunks.rs).
cargo clippy --quiet -p payments-panel --target wasm32-unknown-unknown --lib --bins --features split -- -D warnings

step "translations: the .pot is current, the built locales too, placeholders agree (scripts/i18n.js)"
node scripts/i18n.js check

step "native tests: domain, protocol, backend (HTTP on loopback), the app's pure parts"
cargo test --quiet --workspace --exclude payments-panel
cargo test --quiet -p payments-panel --lib

step "the API's contract: /api/v1/openapi.json is valid OpenAPI 3.1, and schemathesis finds the backend true to it"
cargo build --quiet -p panel-backend
bash scripts/api_contract.sh

step "browser tests: wasm-bindgen-test in headless Chromium, then Firefox ESR"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}"
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT="${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-60}"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p payments-panel --target wasm32-unknown-unknown --test '*'
GECKODRIVER="$(command -v geckodriver)" cargo test -p payments-panel --target wasm32-unknown-unknown --test '*'

step "release bundle"
bash scripts/build.sh
bash scripts/check_bundle_secrets.sh dist
node scripts/check_bundle_size.js dist
cargo build --quiet -p panel-backend
# The WordPress plugin zip with this bundle inside, as `make wordpress-plugin` packs it.
python3 scripts/package_wordpress_plugin.py dist wordpress/payments-panel build/payments-panel.zip

step "end-to-end tests: the real backend and the release bundle in headless Chromium (and in a real WordPress)"
e2e_data=$(mktemp -d)
trap 'rm -rf "$e2e_data"' EXIT
(
  cd e2e
  BACKEND_BIN="$CARGO_TARGET_DIR/debug/panel-backend" DIST_DIR="$REPO_ROOT/dist" E2E_DATA_DIR="$e2e_data" \
    WP_PLUGIN_ZIP="$REPO_ROOT/build/payments-panel.zip" npx --no-install playwright test
)
# A run changes no tracked file: the screenshots went to e2e/latest-screenshots/ (`make screenshots`
# copies them over the README's pictures when they should change).
tree_after=$(git status --porcelain 2>/dev/null || true)
if [ "$tree_before" != "$tree_after" ]; then
  echo "the test run changed the tree (before, then after):" >&2
  diff <(echo "$tree_before") <(echo "$tree_after") >&2 || true
  exit 1
fi
step "all suites passed"
