// The walking skeleton, end to end: the served app fetches the status from the real backend
// and shows it under the Payments menu.
const { test, expect } = require('@playwright/test');
const path = require('path');

const screenshots = path.join(__dirname, '..', 'screenshots');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => { throw new Error(`uncaught error in the page: ${error.message}`); });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('panicked')) {
      throw new Error(`the app panicked: ${message.text()}`);
    }
  });
});

test('the Payments menu shows the status the backend sent', async ({ page }) => {
  const statusResponse = page.waitForResponse((r) => r.url().endsWith('/api/v1/status'));
  await page.goto('/');
  const status = await (await statusResponse).json();

  const menu = page.getByRole('navigation', { name: 'Admin menu' });
  await expect(menu.getByRole('link', { name: 'Payments' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(page.getByText(status.site.name)).toBeVisible();

  expect(status.connection.state).toBe('not_connected');
  const connection = page.getByRole('region', { name: 'WordPress.com connection' });
  await expect(connection).toContainText('Not connected to WordPress.com');
  await expect(connection).toContainText('WooPayments cannot accept payments');
  await expect(page.getByRole('region', { name: 'WooPayments account' })).toContainText('No WooPayments account yet');
  await expect(page.getByRole('status')).toHaveCount(0);

  await page.screenshot({ path: path.join(screenshots, 'overview-not-connected.png'), fullPage: true });
});

test('an unreachable backend is explained and Try again recovers', async ({ page }) => {
  await page.route('**/api/v1/status', (route) => route.abort('connectionrefused'));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The payment status could not be loaded.');
  await expect(alert).toContainText('did not answer');
  await page.screenshot({ path: path.join(screenshots, 'overview-backend-down.png'), fullPage: true });

  await page.unroute('**/api/v1/status');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'WordPress.com connection' })).toContainText('Not connected');
});
