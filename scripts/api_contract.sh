#!/usr/bin/env bash
# The API's contract (`make test` runs it). Starts the built debug backend on a free loopback
# port with a throw-away data directory, signs in as a browser does (a one-time login link for
# the session cookie, the app page for the nonce), validates /api/v1/openapi.json as OpenAPI 3.1
# (openapi-spec-validator), then runs schemathesis over every operation with every check on
# (scripts/api_contract.toml), twice: on a new store, then on another backend whose store is
# connected (flow 1, through the simulated WordPress.com and Stripe forms) with a demo ledger.
# Any finding fails the run. Extra arguments go to both schemathesis runs.
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

# Starts a backend on the data directory $1 (stopping the previous one), adds the administrator
# `sam`, and signs in as the first one, `daisy`: sets
# `data`, `url`, `session` and `nonce`; the cookie jar is $data.cookies.
start_signed_in() {
  if [ -n "$server" ]; then kill "$server"; wait "$server" 2>/dev/null || true; fi
  data="$1"
  "$bin" serve --addr 127.0.0.1:0 --data-dir "$data" --dist "$work/dist" >"$data.log" 2>&1 &
  server=$!
  url=""
  for _ in $(seq 1 300); do
    url=$(sed -n 's|^WooPayments connection panel: \(http://[^/ ]*\)/\{0,1\}$|\1|p' "$data.log")
    [ -n "$url" ] && break
    kill -0 "$server" 2>/dev/null || { cat "$data.log" >&2; echo "the backend did not start" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$data.log" >&2; echo "the backend printed no address" >&2; exit 1; }
  # A second administrator with a WordPress.com account of their own, to hand the connection to.
  "$bin" add-user --data-dir "$data" --login sam --name "Sam Rivera" --wpcom sam >/dev/null
  link=$("$bin" login-link --data-dir "$data" --base-url "$url")
  curl --silent --show-error --fail --cookie-jar "$data.cookies" --output /dev/null "$link"
  session=$(awk '$6 == "panel_session" { print $7 }' "$data.cookies")
  nonce=$(curl --silent --show-error --fail --cookie "$data.cookies" "$url/" | sed -n 's/.*data-nonce="\([0-9a-f]*\)".*/\1/p')
  [ -n "$session" ] && [ -n "$nonce" ] || { echo "signing in failed (no session cookie or no nonce)" >&2; exit 1; }
}

# A form of the simulated WordPress.com or Stripe pages, posted as the signed-in browser.
submit() {
  local path="$1"
  shift
  local fields=(--data-urlencode "nonce=$nonce")
  for field in "$@"; do fields+=(--data-urlencode "$field"); done
  curl --silent --show-error --fail --location --cookie "$data.cookies" --cookie-jar "$data.cookies" \
    --output /dev/null "${fields[@]}" "$url$path"
}

# One schemathesis run over the whole document of the running backend, named $1.
run_schemathesis() {
  echo "-- schemathesis: $1"
  shift
  # The hooks sign the webhook's events and leave out what the schema says in words only.
  (cd "$work" && PANEL_TRANSACTION_ID="${PANEL_TRANSACTION_ID:-txn_none}" PANEL_SESSION="$session" PANEL_NONCE="$nonce" PANEL_DATA_DIR="$data" PYTHONDONTWRITEBYTECODE=1 \
    SCHEMATHESIS_HOOKS="$REPO_ROOT/scripts/api_contract_hooks.py" \
    "$venv/bin/schemathesis" --config-file "$REPO_ROOT/scripts/api_contract.toml" \
    run "$url/api/v1/openapi.json" --no-color "$@")
}

start_signed_in "$work/new-store"
curl --silent --show-error --fail --output "$work/openapi.json" "$url/api/v1/openapi.json"
# A failure names the document whole: keep the first lines.
if ! "$venv/bin/openapi-spec-validator" --schema 3.1 "$work/openapi.json" >"$work/validator.log" 2>&1; then
  cut -c1-2000 "$work/validator.log" >&2
  echo "the OpenAPI document is not valid OpenAPI 3.1" >&2
  exit 1
fi
echo "openapi-spec-validator (OpenAPI 3.1): $(sed 's|.*: ||' "$work/validator.log")"
run_schemathesis "a new store" "$@"

start_signed_in "$work/connected-store"
revision=$(curl --silent --show-error --fail --cookie "$data.cookies" "$url/api/v1/status" \
  | sed -n 's/^{"revision":\([0-9]*\),.*/\1/p')
connect=$(curl --silent --show-error --fail --cookie "$data.cookies" -H "X-WCPay-Nonce: $nonce" \
  -H 'Content-Type: application/json' -d "{\"plugin\": \"woopayments\", \"expected_revision\": $revision}" \
  "$url/api/v1/connect")
state=$(printf '%s' "$connect" | sed -n 's/.*"authorize_url":"[^"]*state=\([0-9a-f]*\)".*/\1/p')
[ -n "$state" ] || { echo "POST /api/v1/connect answered no authorization: $connect" >&2; exit 1; }
submit /wpcom/log-in "state=$state" username=daisy
submit /wpcom/authorize "state=$state" decision=approve
submit /stripe/verify return_to=/ "name=Daisy Baker" "business_name=Daisy's Donuts" business_type=company \
  website=https://store.example "line1=1 Glaze Street" city=Portland postal_code=97201 country=US \
  email=daisy@donuts.example "phone=+1 503 555 0100" "owner_name=Daisy Baker" percent_owned=100 \
  bank_account_number=000123456789 outcome=complete
"$bin" seed-demo --data-dir "$data" --transactions 60 >/dev/null
curl --silent --show-error --fail --cookie "$data.cookies" --output /dev/null "$url/api/v1/account"
transaction=$(curl --silent --show-error --fail --cookie "$data.cookies" "$url/api/v1/transactions?per_page=1" \
  | sed -n 's/.*"items":\[{"id":"\([^"]*\)".*/\1/p')
[ -n "$transaction" ] || { echo "the demo ledger has no transaction" >&2; exit 1; }
PANEL_TRANSACTION_ID="$transaction" run_schemathesis "a connected store with a ledger" "$@"
