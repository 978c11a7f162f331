// Flow 5 of the product: the owner opts out of the Stripe agreement and support unlinks the
// account. The panel goes read-only and says exactly what the support page says: what still
// happens, and what no longer can. On a backend of its own (support/fixtures.js).
const { test, expect } = require('../support/fixtures');
const { signIn, screenshot, menu, operator, paymentsOff, openOverview, openScreen, connectFirstTime } = require('../support/panel');

/** What can no longer be done, in the support document's words. */
const NO_LONGER = [
  'Have customers place new orders via WooPayments',
  'Refund any orders placed with WooPayments',
  'Challenge disputes filed for WooPayments orders',
  'Log into the WooPayments Stripe Express account',
];

test('flow 5: after support unlinks the account, the panel is read-only and says what that means', async ({ page, backend }) => {
  await signIn(page, backend);
  const accountId = await connectFirstTime(page, 'daisy', 'Daisy Baker');

  // Support unlinks the account at the owner's request (outside the admin).
  expect(operator(backend, 'support-unlink')).toContain(`Support unlinked the WooPayments account ${accountId}`);
  await page.reload();

  // The read-only notice: it can no longer be used at all; the balance is still deposited; the
  // exact list of what no longer can happen; the end of using WooPayments.
  const notice = page.getByRole('region', { name: 'WooPayments is read-only' });
  await expect(notice).toContainText('WooPayments can no longer be used on this store: the account was unlinked at your request (opted out of the Stripe agreement).');
  await expect(notice).toContainText('Your remaining account balance will still be deposited as per your usual schedule.');
  await expect(notice).toContainText('You will not be able to:');
  await expect(notice.getByRole('listitem')).toHaveText(NO_LONGER);
  await expect(notice).toContainText('Opting out ends your usage of WooPayments; you can delete the plugin from your site.');
  // The notice replaces the payments-off banner: nothing to fix, so no Finish setup or Connect.
  await expect(paymentsOff(page)).toHaveCount(0);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: 'Finish setup' })).toHaveCount(0);
  await expect(main.getByRole('button', { name: /^Connect/ })).toHaveCount(0);
  await expect(main.getByRole('link', { name: /^Connect/ })).toHaveCount(0);
  await expect(page.locator('.wcpay-account-id').first()).toHaveText(accountId);
  await screenshot(page, 'flow5-overview-read-only');

  // Every Payments screen says so.
  for (const screen of ['Transactions', 'Deposits', 'Disputes', 'Support']) {
    await openScreen(page, screen);
    await expect(notice.getByRole('listitem'), `the read-only notice on ${screen}`).toHaveText(NO_LONGER);
  }

  // Finish setup (by its address: no link leads there any more) offers no way to connect or
  // disconnect: it only repeats that WooPayments can no longer be used.
  await page.goto('/connect');
  await expect(page.getByRole('heading', { level: 1, name: 'Finish setup' })).toBeVisible();
  const connect = page.getByRole('region', { name: 'Connect to WordPress.com' });
  await expect(connect).toContainText('WooPayments can no longer be used on this store');
  await expect(main.getByRole('button', { name: /^(Connect|Disconnect)/ })).toHaveCount(0);
  await screenshot(page, 'flow5-finish-setup-read-only');

  // The Account screen: details still shown, the Express dashboard can no longer be opened.
  await openScreen(page, 'Account');
  await expect(notice).toBeVisible();
  const details = page.getByRole('region', { name: 'Account details' });
  await expect(details.locator('.wcpay-account-id')).toHaveText(accountId);
  await expect(details.getByRole('button', { name: 'Edit in Stripe Express' })).toBeDisabled();
  await expect(details).toContainText('The Stripe Express dashboard can be opened only while the store is connected and the account is active.');
  await screenshot(page, 'flow5-account-read-only');

  // And the backend agrees: no Express login link any more.
  const nonce = await page.locator('#payments-panel').getAttribute('data-nonce');
  const refused = await page.request.post('/api/v1/account/express-login-link', { headers: { 'X-WCPay-Nonce': nonce } });
  expect(refused.status(), await refused.text()).toBeGreaterThanOrEqual(400);
  expect(await refused.text()).toContain('opted_out');
  await openOverview(page);
  await expect(menu(page).getByRole('link', { name: /^Payments/ })).toBeVisible();
});
