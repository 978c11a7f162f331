// The walking skeleton, end to end: the served app fetches the status from the real backend
// and shows it under the Payments menu; a failed request is explained and retried.
// Each test has a backend of its own with a new store (support/fixtures.js).
const { test, expect } = require('../support/fixtures');
const { signIn, loginLink, failOnCrash, screenshot } = require('../support/panel');

test('the Payments menu shows the status the backend sent', async ({ page, backend }) => {
  const statusResponse = page.waitForResponse((r) => r.url().endsWith('/api/v1/status'));
  await signIn(page, backend);
  const status = await (await statusResponse).json();

  const menu = page.getByRole('navigation', { name: 'Admin menu' });
  await expect(menu.getByRole('link', { name: /^Payments/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(page.getByText(status.site.name)).toBeVisible();

  expect(status.connection.state).toBe('not_connected');
  const connection = page.getByRole('region', { name: 'WordPress.com connection' });
  await expect(connection).toContainText('Not connected to WordPress.com');
  await expect(page.getByRole('region', { name: 'Payments are off' })).toContainText('cannot take payments');
  await expect(page.getByRole('link', { name: 'Finish setup' }).first()).toBeVisible();
  await screenshot(page, 'overview-not-connected');
});

test('the app without signing in says how to sign in', async ({ page }) => {
  failOnCrash(page);
  await page.goto('/');
  await expect(page.getByText(/login link/i).first()).toBeVisible();
});

test('a one-time login link works once', async ({ page, backend }) => {
  failOnCrash(page);
  const link = loginLink(backend);
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toHaveCount(0);
});

test('an unreachable backend is explained and Try again recovers', async ({ page, backend }) => {
  await page.route('**/api/v1/status', (route) => route.abort('connectionrefused'));
  await signIn(page, backend);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The payment status could not be loaded.');
  await expect(alert).toContainText('did not answer');
  await screenshot(page, 'overview-backend-down');

  await page.unroute('**/api/v1/status');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'WordPress.com connection' })).toContainText('Not connected');
});
