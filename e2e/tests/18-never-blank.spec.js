// Never a blank page (issue 16, aim 5): the page itself shows the admin frame and a calm
// loading notice before the app's code has arrived, the app replaces it when it mounts, and if
// the code cannot be fetched or started the notice turns into a clear message with Reload.
const { test, expect } = require('../support/fixtures');
const { loginLink, screenshot } = require('../support/panel');
const { expectNoAxeViolations } = require('../support/axe');

const loading = (page) => page.getByRole('status').filter({ hasText: 'Loading the payments panel…' });
const failed = (page) => page.getByRole('alert').filter({ hasText: 'The payments panel could not be loaded.' });

test('before the app arrives the page shows its frame and a loading notice, then the app takes over', async ({ page, backend }) => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(loginLink(backend), { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(loading(page)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Admin menu' })).toBeVisible();
  await screenshot(page, 'boot-loading');
  release();
  await expect(page.getByRole('link', { name: 'Finish setup' }).first()).toBeVisible();
  await expect(loading(page)).toHaveCount(0);
  await expect(page.locator('[data-wcpay-boot]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});

test('code that cannot be fetched ends in a clear message with Reload, which recovers', async ({ page, backend }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(loginLink(backend));
  await expect(failed(page)).toBeVisible();
  await expect(failed(page)).toContainText('Check your connection and reload the page');
  await expect(loading(page)).toHaveCount(0);
  const reload = failed(page).getByRole('button', { name: 'Reload' });
  await expect(reload).toBeFocused();
  await expectNoAxeViolations(page, 'the app could not be loaded');
  await screenshot(page, 'boot-failed');
  await page.unroute('**/*.wasm');
  await reload.click();
  await expect(page.getByRole('link', { name: 'Finish setup' }).first()).toBeVisible();
});

test('a proxy that mangles the wasm ends in the same message, not a dead page', async ({ page, backend }) => {
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html>blocked by proxy</html>' }));
  await page.goto(loginLink(backend));
  await expect(failed(page)).toBeVisible();
  await expect(failed(page).getByRole('button', { name: 'Reload' })).toBeVisible();
});
