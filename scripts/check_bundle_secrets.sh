#!/usr/bin/env bash
# Checks that nothing secret is in the built app bundle: no session key, nonce or login token
# (the backend's are 64 lowercase hex digits, and only the backend puts the nonce into the page,
# at request time), no API or private key, no database or key file.
#
# Usage: bash scripts/check_bundle_secrets.sh [BUNDLE_DIR]   (default: dist, built by `make serve`)
# Exits 0 if the bundle is clean, 1 on a finding (each printed, the secret itself cut short),
# 2 if there is no bundle to check.
set -euo pipefail

bundle="${1:-dist}"
if [[ ! -d "$bundle" ]]; then
    echo "check_bundle_secrets: no bundle at $bundle (build it first: bash scripts/build.sh)" >&2
    exit 2
fi

findings=0

# name|extended regular expression, searched in every file (binary ones too: the wasm module).
patterns=(
    'a 64-hex-digit token (session key, nonce, login token)|(^|[^0-9a-f])[0-9a-f]{64}([^0-9a-f]|$)'
    'a nonce written into the page (the backend adds it at request time)|data-nonce="[^"]+"'
    'a session cookie value|panel_session=[0-9A-Za-z]'
    'a login or Express link with its token|[?&]token=[0-9A-Za-z]{8,}'
    'a Stripe secret, restricted or webhook key|(sk|rk)_(live|test)_[0-9A-Za-z]{8,}|whsec_[0-9A-Za-z]{8,}'
    'a private key|-----BEGIN [A-Z ]*PRIVATE KEY-----'
)
for entry in "${patterns[@]}"; do
    name="${entry%%|*}"
    regex="${entry#*|}"
    while IFS= read -r hit; do
        [[ -z "$hit" ]] && continue
        file="${hit%%:*}"
        match="${hit#*:}"
        echo "check_bundle_secrets: $file: $name: ${match:0:24}..." >&2
        findings=$((findings + 1))
    done < <(grep -rEaoH -e "$regex" "$bundle" 2>/dev/null || true)
done

# Files that never belong in a bundle: the database, environment files, keys.
while IFS= read -r file; do
    echo "check_bundle_secrets: $file: a file that must not be shipped" >&2
    findings=$((findings + 1))
done < <(find "$bundle" -type f \( -name '*.sqlite3*' -o -name '*.db' -o -name '.env*' -o -name '*.pem' \
    -o -name '*.key' -o -name 'id_rsa*' -o -name 'id_ed25519*' \))

if ((findings > 0)); then
    echo "check_bundle_secrets: $findings finding(s) in $bundle" >&2
    exit 1
fi
echo "check_bundle_secrets: $bundle is clean ($(find "$bundle" -type f | wc -l) files checked)"
