#!/usr/bin/env bash
# `make screenshots`: copies the pictures of the latest end-to-end run (e2e/latest-screenshots/,
# written by `make test`) over the tracked ones the README shows (e2e/screenshots/). Run it when
# the screens changed on purpose, then commit the pictures.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$REPO_ROOT"
latest=e2e/latest-screenshots
if ! compgen -G "$latest/*.png" >/dev/null; then
  echo "No pictures in $latest/: run \`make test\` first (its end-to-end tests write them)." >&2
  exit 1
fi
mkdir -p e2e/screenshots
cp "$latest"/*.png e2e/screenshots/
echo "Copied $(ls "$latest"/*.png | wc -l) pictures into e2e/screenshots/; review them with git status and commit."
