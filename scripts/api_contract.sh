#!/usr/bin/env bash
# The API's contract (`make test` runs it): starts the built debug backend on a free loopback
# port with a throw-away data directory, signs in as a browser does (a one-time login link for
# the session cookie, the app page for the nonce), validates /api/v1/openapi.json as OpenAPI 3.1
# (openapi-spec-validator), then runs schemathesis over every operation of it with every check
# on (scripts/api_contract.toml): any finding fails the run.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"

bin="${BACKEND_BIN:-$CARGO_TARGET_DIR/debug/panel-backend}"
venv="$API_CONTRACT_VENV"
work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The app page the backend serves the nonce in: only its mount element matters here.
mkdir "$work/dist"
printf '<!doctype html><title>panel</title><body><div id="payments-panel" data-api-root="/api/v1"></div></body>\n' \
  >"$work/dist/index.html"
"$bin" serve --addr 127.0.0.1:0 --data-dir "$work/data" --dist "$work/dist" >"$work/serve.log" 2>&1 &
server=$!
url=""
for _ in $(seq 1 300); do
  url=$(sed -n 's|^WooPayments connection panel: \(http://[^/ ]*\)/\{0,1\}$|\1|p' "$work/serve.log")
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; echo "the backend did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$work/serve.log" >&2; echo "the backend printed no address" >&2; exit 1; }

link=$("$bin" login-link --data-dir "$work/data" --base-url "$url")
curl --silent --show-error --fail --cookie-jar "$work/cookies" --output /dev/null "$link"
session=$(awk '$6 == "panel_session" { print $7 }' "$work/cookies")
nonce=$(curl --silent --show-error --fail --cookie "$work/cookies" "$url/" | sed -n 's/.*data-nonce="\([0-9a-f]*\)".*/\1/p')
[ -n "$session" ] && [ -n "$nonce" ] || { echo "signing in failed (no session cookie or no nonce)" >&2; exit 1; }

curl --silent --show-error --fail --output "$work/openapi.json" "$url/api/v1/openapi.json"
# A failure names the document whole: keep the first lines.
if ! "$venv/bin/openapi-spec-validator" --schema 3.1 "$work/openapi.json" >"$work/validator.log" 2>&1; then
  cut -c1-2000 "$work/validator.log" >&2
  echo "the OpenAPI document is not valid OpenAPI 3.1" >&2
  exit 1
fi
cat "$work/validator.log"

# schemathesis writes nothing into the tree: it runs in the scratch directory.
cd "$work"
# The hooks sign the webhook's events and leave out what the schema says in words only.
PANEL_SESSION="$session" PANEL_NONCE="$nonce" PANEL_DATA_DIR="$work/data" PYTHONDONTWRITEBYTECODE=1 \
  SCHEMATHESIS_HOOKS="$REPO_ROOT/scripts/api_contract_hooks.py" \
  "$venv/bin/schemathesis" --config-file "$REPO_ROOT/scripts/api_contract.toml" \
  run "$url/api/v1/openapi.json" --no-color "$@"
