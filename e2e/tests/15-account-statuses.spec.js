// The account's life after setup: every Stripe status reached the way Stripe reports it, by a
// signed `account.updated` event to the backend's webhook (the `stripe-event` operator command,
// as `make serve` users send it), and what the panel then says where the owner looks. The panel
// picks each change up when the tab is shown again, without a reload.
const { test, expect } = require('../support/fixtures');
const { signIn, screenshot, operator, menu, paymentsOff, connectFirstTime, openScreen } = require('../support/panel');
const { expectNoAxeViolations } = require('../support/axe');

test.describe.configure({ mode: 'serial' });
test.use({ backendScope: 'file' });

/** Sends a signed Stripe event to the test's backend; returns the operator command's output. */
function stripeEvent(backend, ...args) {
  return operator(backend, 'stripe-event', '--url', backend.url, ...args);
}

/** The owner comes back to the tab: the panel reads the status again. */
async function showTabAgain(page) {
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
}

const accountNotice = (page) => page.locator('.wcpay-account-notice');

test('restricted soon: what is due, by when, and Update in Stripe Express, on every Payments screen', async ({ page, backend }) => {
  await signIn(page, backend);
  await connectFirstTime(page);
  stripeEvent(backend, '--status', 'restricted-soon', '--due-in-days', '14',
    '--require', 'external_account', '--require', 'individual.verification.document');
  await showTabAgain(page);
  const notice = page.getByRole('region', { name: 'Stripe needs more information about your business' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveText(['Add a bank account', 'Verify your identity']);
  await expect(notice).toContainText(/Due by .+ \(14 days left\)\./);
  await expect(notice.getByRole('button', { name: 'Update in Stripe Express' })).toBeEnabled();
  await expect(paymentsOff(page)).toHaveCount(0);
  await expect(menu(page).getByRole('link', { name: /^Payments/ })).toContainText('needs your attention');
  await expectNoAxeViolations(page, 'restricted soon');
  await screenshot(page, 'account-restricted-soon');
  await openScreen(page, 'Transactions');
  await expect(notice).toBeVisible();
});

test('restricted: payments and deposits stopped, whom to contact', async ({ page, backend }) => {
  await signIn(page, backend);
  stripeEvent(backend, '--status', 'restricted', '--require', 'company.tax_id');
  await page.reload();
  const notice = page.getByRole('region', { name: 'Stripe has restricted your account' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Add your business tax ID');
  await expect(notice).toContainText('Payments: stopped');
  await expect(notice).toContainText('Deposits: paused');
  await expect(notice).toContainText('Contact WooCommerce support first');
  await expect(notice.getByRole('link', { name: 'Contact WooCommerce support' })).toBeVisible();
  await expect(paymentsOff(page)).toBeVisible();
  await expect(page.getByText('Deposits are paused').first()).toBeVisible();
  await expectNoAxeViolations(page, 'restricted');
  await screenshot(page, 'account-restricted');
});

test('pending verification, then under review: payments on, deposits wait', async ({ page, backend }) => {
  await signIn(page, backend);
  stripeEvent(backend, '--status', 'pending-verification');
  await page.reload();
  await expect(page.getByText('Pending verification').first()).toBeVisible();
  await expect(page.getByText('Deposits are paused').first()).toBeVisible();
  await expect(paymentsOff(page)).toHaveCount(0);
  await screenshot(page, 'account-pending-verification');
  stripeEvent(backend, '--status', 'under-review');
  await page.reload();
  const notice = page.getByRole('region', { name: 'Stripe is reviewing your account' });
  await expect(notice).toContainText('Payments: on');
  await expect(notice).toContainText('Deposits: paused');
  await expectNoAxeViolations(page, 'under review');
  await screenshot(page, 'account-under-review');
});

test('deposits paused while payments go on', async ({ page, backend }) => {
  await signIn(page, backend);
  stripeEvent(backend, '--status', 'complete', '--payouts-paused');
  await page.reload();
  await expect(accountNotice(page)).toHaveCount(0);
  await expect(page.getByText('Deposits are paused').first()).toBeVisible();
  await openScreen(page, 'Deposits');
  await expect(page.getByText('Deposits are paused').first()).toBeVisible();
  await expectNoAxeViolations(page, 'deposits paused');
  await screenshot(page, 'account-deposits-paused');
});

test('an older event arriving late changes nothing; rejected says why', async ({ page, backend }) => {
  await signIn(page, backend);
  const late = stripeEvent(backend, '--status', 'complete', '--created-offset-secs', '-3600');
  expect(late).toContain('older');
  await page.reload();
  await expect(page.getByText('Deposits are paused').first()).toBeVisible();
  stripeEvent(backend, '--status', 'rejected', '--reason', 'fraud');
  await page.reload();
  const notice = page.getByRole('region', { name: 'Stripe has rejected your account' });
  await expect(notice).toContainText('signs of fraud');
  await expect(notice).toContainText('Payments: stopped');
  await expect(notice.getByRole('link', { name: 'Contact WooCommerce support' })).toBeVisible();
  await expectNoAxeViolations(page, 'rejected');
  await screenshot(page, 'account-rejected');
});
