// A quick look at the panel's memory growth alone (the memory part of `make bench`, without
// the rest): node bench/memory_probe.js, with BACKEND_BIN and DIST_DIR set as for the e2e tests.
const path = require('path');

const REPO = path.join(__dirname, '..');
const { chromium } = require(path.join(REPO, 'e2e', 'node_modules', '@playwright', 'test'));
const { startBackend } = require(path.join(REPO, 'e2e', 'support', 'backend'));
const { connectFirstTime, installAndActivateJetpack } = require(path.join(REPO, 'e2e', 'support', 'panel'));
const { watchWasm, memoryMeter, repeatInPage } = require('./memory');

async function main() {
  const backend = await startBackend('memory');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const context = await browser.newContext();
  const page = await context.newPage();
  await watchWasm(page);
  await page.goto(backend.loginLink());
  await connectFirstTime(page);
  await installAndActivateJetpack(page);
  const measure = await memoryMeter(context, page);
  const inPage = (kind, times) => repeatInPage(page, kind, times);
  await page.getByRole('navigation', { name: 'Admin menu' }).getByRole('link', { name: 'Jetpack' }).click();
  await inPage('popup', 100);
  const before = await measure();
  await inPage('popup', 1000);
  const popups = await measure();
  await inPage('screens', 1000);
  const screens = await measure();
  const each = (a, b) => Math.round((b - a) / 1000);
  console.log(JSON.stringify({
    perPopup: { js: each(before.js, popups.js), wasm: each(before.wasm, popups.wasm) },
    perRoundTrip: { js: each(popups.js, screens.js), wasm: each(popups.wasm, screens.wasm) },
    before, popups, screens,
  }));
  await browser.close();
  await backend.stop();
}

main().catch((error) => { console.error(error); process.exit(1); });
