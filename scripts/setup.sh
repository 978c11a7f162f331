#!/usr/bin/env bash
# Installs every tool the build and the tests need, skipping what is already present at the
# pinned version. Safe to run again and again; `make serve` and `make test` call it first.
set -euo pipefail

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
WASM_BINDGEN_VERSION=0.2.130
# Splits the release wasm by screen (scripts/split_wasm.py); in step with wasm-bindgen's version.
WASM_SPLIT_VERSION=0.2.4
# The API contract check (scripts/api_contract.sh), in a virtualenv outside the clone.
SCHEMATHESIS_VERSION=4.32.5
OPENAPI_SPEC_VALIDATOR_VERSION=0.9.0
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || rustup target add wasm32-unknown-unknown

missing_debs=()
[ -x /usr/bin/chromium ] || missing_debs+=(chromium)
[ -x /usr/bin/chromedriver ] || missing_debs+=(chromium-driver)
[ -x /usr/bin/firefox-esr ] || missing_debs+=(firefox-esr)
# The hostile-text end-to-end test renames the site in the database, as a store owner would.
[ -x /usr/bin/sqlite3 ] || missing_debs+=(sqlite3)
# The WordPress end-to-end test: Debian's WordPress 6.1 with MariaDB and PHP's built-in server
# (micro-httpd and php8.2-cgi only satisfy wordpress's "a web server, a PHP" dependencies without
# pulling in Apache; netcat-traditional keeps micro-httpd from bringing an inetd daemon).
missing_wp_debs=()
for deb in wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php8.2-cgi \
  micro-httpd netcat-traditional zip; do
  dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "install ok installed" || missing_wp_debs+=("$deb")
done
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
if [ ${#missing_debs[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing_debs[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing_debs[@]}" >/dev/null
fi
if [ ${#missing_wp_debs[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing_wp_debs[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing_wp_debs[@]}" >/dev/null
fi
# Debian's wp-config.php reads /etc/wordpress/config-<host>.php; the test site's takes every
# per-run setting from the environment (e2e/support/wordpress.js).
wp_config=/etc/wordpress/config-127.0.0.1.php
if ! cmp -s "$(dirname "$0")/../e2e/wordpress/config-127.0.0.1.php" "$wp_config"; then
  say "writing $wp_config (the end-to-end tests' WordPress site)"
  $sudo_cmd install -m 0644 "$(dirname "$0")/../e2e/wordpress/config-127.0.0.1.php" "$wp_config"
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes ~15 min on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes ~10 min on 2 cores, once)"
  # Not --locked: a dependency pinned in its lockfile is missing from the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-split-cli has no --version: cargo's list of installed crates says which one it is.
if ! cargo install --list 2>/dev/null | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli (wasm_split_cli_support $WASM_SPLIT_VERSION; ~3 min on 2 cores, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --locked --features build-binary
fi

if ! geckodriver --version 2>/dev/null | grep -q " $GECKODRIVER_VERSION"; then
  say "installing geckodriver $GECKODRIVER_VERSION (a few minutes, once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

venv="${API_CONTRACT_VENV:-$HOME/.cache/payments-panel/api-contract-venv}"
if ! "$venv/bin/schemathesis" --version 2>/dev/null | grep -q " $SCHEMATHESIS_VERSION\$" \
  || ! "$venv/bin/pip" show openapi-spec-validator 2>/dev/null | grep -q "^Version: $OPENAPI_SPEC_VALIDATOR_VERSION\$"; then
  say "installing schemathesis $SCHEMATHESIS_VERSION and openapi-spec-validator $OPENAPI_SPEC_VALIDATOR_VERSION (PyPI, under a minute)"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    "schemathesis==$SCHEMATHESIS_VERSION" "openapi-spec-validator==$OPENAPI_SPEC_VALIDATOR_VERSION"
fi

here=$(cd "$(dirname "$0")/.." && pwd)
# npm packages: binaryen's wasm-opt for the build (tools/), Playwright for the end-to-end tests (e2e/).
for dir in tools e2e; do
  if [ ! -d "$here/$dir/node_modules" ] || [ "$here/$dir/package-lock.json" -nt "$here/$dir/node_modules/.package-lock.json" ]; then
    say "installing npm packages of $dir/"
    (cd "$here/$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
say "tools ready"
