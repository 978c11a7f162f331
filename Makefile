# The two commands of the README. Both install what is missing first (scripts/setup.sh).
.PHONY: serve test setup bench screenshots wordpress-plugin pot

## Build the app and the backend in release mode and serve them on http://127.0.0.1:8080.
serve:
	bash scripts/serve.sh

## Run every test suite: native, browser (wasm-bindgen-test) and end-to-end.
test:
	bash scripts/test.sh

## Install the tools only (wasm target, trunk, wasm-bindgen-cli, binaryen, chromium, npm packages).
setup:
	bash scripts/setup.sh

## Measure the release bundle, the panel in Chromium and the backend under load; writes BENCHMARKS.md.
bench:
	bash scripts/bench.sh

## Copy the latest end-to-end run's screenshots over the README's pictures (e2e/screenshots/).
screenshots:
	bash scripts/refresh_screenshots.sh

## Build the WordPress plugin with the release bundle inside: build/payments-panel.zip.
wordpress-plugin:
	bash scripts/build_wordpress_plugin.sh

## Extract the messages of src/ into languages/payments-panel.pot and rebuild the pseudo-locales and Jed files.
pot:
	node scripts/i18n.js pot
	node scripts/i18n.js build
