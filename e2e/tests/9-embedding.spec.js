// Embedding: a host page shaped like an admin page, with its own CSS, loads the bundle and
// mounts the panel into one of its elements with a config (API root, nonce, route base). Neither
// side's styles change the other's, and it all runs under a strict Content-Security-Policy.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('../support/fixtures');
const { signIn, screenshot } = require('../support/panel');

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; base-uri 'none'";

/** What a host page takes from the release bundle: its stylesheets and its boot module (which
 * defines window.wasmBindings), as dist/index.html names them. */
function bundle() {
  const index = fs.readFileSync(path.join(process.env.DIST_DIR, 'index.html'), 'utf8');
  const boot = index.match(/<script type="module" src="([^"]+)"><\/script>/);
  if (!boot) throw new Error('dist/index.html has no external boot module');
  const styles = [...index.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((found) => found[1]);
  if (styles.length === 0) throw new Error('dist/index.html links no stylesheet');
  return { boot: boot[1], styles };
}

const HOST_CSS = `
  body { margin: 0; font-family: Georgia, serif; background: rgb(255, 255, 238); }
  h1 { color: rgb(255, 0, 0); font-size: 40px; }
  p { color: rgb(0, 128, 0); }
  button { background: rgb(255, 105, 180); }
  .host-bar { padding: 8px; }`;

const HOST_JS = `
  function mount() {
    const slot = document.getElementById('host-slot');
    window.wasmBindings.mountPaymentsPanel(slot, '/api/v1', slot.dataset.nonce, '/embed');
  }
  if (window.wasmBindings) mount(); else addEventListener('TrunkApplicationStarted', mount, { once: true });`;

test('the panel mounts into a host admin page, styles stay apart, strict CSP holds', async ({ page, backend }) => {
  await signIn(page, backend);
  const standalone = await (await page.request.get('/')).text();
  const nonce = standalone.match(/data-nonce="([^"]+)"/)[1];
  const violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });

  await page.route('**/host.css', (route) => route.fulfill({ contentType: 'text/css', body: HOST_CSS }));
  await page.route('**/host.js', (route) => route.fulfill({ contentType: 'text/javascript', body: HOST_JS }));
  const { boot, styles } = bundle();
  const links = styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
  await page.route(/\/embed(\/.*)?$/, (route) => route.fulfill({
    contentType: 'text/html',
    headers: { 'content-security-policy': CSP },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host admin</title>
      <link rel="stylesheet" href="/host.css">${links}</head><body>
      <div class="host-bar"><h1 id="host-title">Host admin</h1><p id="host-text">Host text</p>
      <button id="host-button" type="button">Host button</button></div>
      <div id="host-slot" data-nonce="${nonce}"></div>
      <script type="module" src="${boot}"></script><script type="module" src="/host.js"></script>
      </body></html>`,
  }));

  await page.goto('/embed/');
  const panel = page.locator('#host-slot .wcpay-panel');
  await expect(panel.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(panel.getByRole('region', { name: 'WordPress.com connection' })).toContainText('Not connected');

  // The host's styles do not reach into the panel...
  const panelHeading = panel.getByRole('heading', { level: 1, name: 'Payments' });
  await expect(panelHeading).toHaveCSS('font-size', '23px');
  await expect(panelHeading).not.toHaveCSS('color', 'rgb(255, 0, 0)');
  await expect(panel.locator('.wcpay-page-header__site')).not.toHaveCSS('color', 'rgb(0, 128, 0)');
  // ...and the panel's styles do not reach out to the host.
  await expect(page.locator('#host-title')).toHaveCSS('color', 'rgb(255, 0, 0)');
  await expect(page.locator('#host-title')).toHaveCSS('font-size', '40px');
  await expect(page.locator('#host-button')).toHaveCSS('background-color', 'rgb(255, 105, 180)');
  await expect(page.locator('body')).toHaveCSS('font-family', 'Georgia, serif');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 238)');

  // The panel's screens live under the route base the host gave it, and actions carry the nonce.
  await panel.getByRole('navigation', { name: 'Admin menu' }).getByRole('link', { name: 'Plugins' }).click();
  await expect(page).toHaveURL(/\/embed\/plugins$/);
  await panel.getByRole('button', { name: 'Install' }).click();
  await expect(panel.getByRole('button', { name: 'Activate' })).toBeVisible();
  await screenshot(page, 'embedded-in-host-page');
  expect(violations, violations.join('\n')).toEqual([]);
});
