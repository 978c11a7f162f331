// A quick look at the panel's memory growth alone (the memory part of `make bench`, without
// the rest): node bench/memory_probe.js, with BACKEND_BIN and DIST_DIR set as for the e2e tests.
const path = require('path');

const REPO = path.join(__dirname, '..');
const { chromium } = require(path.join(REPO, 'e2e', 'node_modules', '@playwright', 'test'));
const { startBackend } = require(path.join(REPO, 'e2e', 'support', 'backend'));
const { connectFirstTime, installAndActivateJetpack } = require(path.join(REPO, 'e2e', 'support', 'panel'));

async function main() {
  const backend = await startBackend('memory');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (event) => { window.__wasm = event.detail.wasm; }));
  await page.goto(backend.loginLink());
  await connectFirstTime(page);
  await installAndActivateJetpack(page);
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => (window.__wasm ? window.__wasm.memory.buffer.byteLength : 0));
    return { js: heap.usedSize, wasm };
  };
  const inPage = (kind, times) => page.evaluate(async ({ kind, times }) => {
    const frame = () => new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve, 0)); });
    const button = (text) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
    const link = (text) => [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === text);
    for (let run = 0; run < times; run += 1) {
      if (kind === 'popup') {
        button('Disconnect').click();
        await frame();
        document.querySelector('[role="dialog"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      } else {
        link('Plugins').click();
        await frame();
        link('Jetpack').click();
      }
      await frame();
    }
  }, { kind, times });
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
