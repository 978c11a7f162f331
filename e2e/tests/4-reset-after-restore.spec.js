// Flow 4 of the product: reset the connection after the site was restored from a backup. The
// support page: "follow the changing the account section ... instead of reconnecting your site
// to a different account, simply reconnect to your original one". The panel must detect the
// broken connection and lead there. On a backend of its own (support/fixtures.js).
const { test, expect } = require('../support/fixtures');
const {
  signIn, screenshot, menu, operator, paymentsOff, connectionCard, openOverview, openScreen, logInToWpcom,
  connectFirstTime, logOutOnWpcomProfile,
} = require('../support/panel');

test('flow 4: after a restore from backup, the panel leads to the reset and the same account comes back', async ({ page, backend }) => {
  await signIn(page, backend);
  const accountId = await connectFirstTime(page, 'daisy', 'Daisy Baker');

  // The site is restored from a backup (outside the admin): the restored connection is broken.
  expect(operator(backend, 'restore-backup')).toContain('its connection as daisy is broken');
  await page.reload();

  // The Overview shows the broken connection, says it came from the restore, and who it was.
  const connection = connectionCard(page);
  await expect(connection).toContainText('The connection to WordPress.com is broken');
  await expect(connection).toContainText('The site was restored from a backup, and the restored connection no longer works.');
  await expect(connection).toContainText('It was connected as Daisy Baker (daisy).');
  // The loud banner: no payments, and the way to the fix one click away.
  const banner = paymentsOff(page);
  await expect(banner).toContainText("WooPayments cannot take payments: the store's connection to WordPress.com is broken.");
  await expect(banner.getByRole('link', { name: 'Reset the connection' })).toBeVisible();
  await expect(menu(page).getByRole('link', { name: /^Payments/ })).toHaveAccessibleName('Payments (1 needs your attention)');
  await screenshot(page, 'flow4-overview-broken');

  // Every Payments screen says so too.
  for (const screen of ['Transactions', 'Deposits', 'Disputes', 'Account', 'Support']) {
    await openScreen(page, screen);
    await expect(paymentsOff(page), `the payments-off banner on ${screen}`).toContainText('connection to WordPress.com is broken');
  }
  await openOverview(page);

  // Finish setup / Reset: the reset section explains the cause and the steps; no Connect yet.
  await paymentsOff(page).getByRole('link', { name: 'Reset the connection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finish setup' })).toBeVisible();
  const reset = page.getByRole('region', { name: 'Connect to WordPress.com' });
  await expect(reset.getByRole('heading', { name: 'Reset the connection' })).toBeVisible();
  await expect(reset).toContainText('The site was restored from a backup');
  await expect(reset).toContainText('Disconnect the broken connection, then connect again to your original WordPress.com account.');
  await expect(reset.getByRole('button', { name: 'Connect', exact: true })).toHaveCount(0);
  await screenshot(page, 'flow4-finish-setup-reset');

  // Disconnect: the popup says what breaks (WooPayments; Jetpack is not installed here).
  await reset.getByRole('button', { name: 'Disconnect' }).click();
  const popup = page.getByRole('dialog', { name: 'Disconnect WooPayments?' });
  await expect(popup.getByRole('listitem')).toHaveText([
    'WooPayments: WooPayments will be unable to take payments until reconnected to WordPress.com.',
  ]);
  await screenshot(page, 'flow4-disconnect-warning');
  await popup.getByRole('button', { name: 'Disconnect' }).click();
  const confirmation = page.getByRole('dialog', { name: 'Disconnected' });
  await expect(confirmation).toContainText('go to Payments and click Finish setup');
  await screenshot(page, 'flow4-disconnect-confirmation');
  await confirmation.getByRole('button', { name: 'No thank you' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Disconnected: no longer broken; payments still off until Finish setup; Connect is offered.
  await expect(page.getByRole('heading', { name: 'Reset the connection' })).toHaveCount(0);
  await expect(paymentsOff(page)).toContainText('disconnected from WordPress.com');
  await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeEnabled();
  await screenshot(page, 'flow4-finish-setup-disconnected');

  // The same steps as changing the account: Log Out on WordPress.com, then back in the admin:
  // Payments -> Finish setup -> Connect -> log in as the ORIGINAL account -> Approve.
  await logOutOnWpcomProfile(page, 'Daisy Baker');
  await page.goto('/');
  await openOverview(page);
  await page.getByRole('link', { name: 'Finish setup' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finish setup' })).toBeVisible();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await logInToWpcom(page, 'daisy');
  await expect(page.getByRole('main')).toContainText('You are logged in as Daisy Baker (daisy).');
  await page.getByRole('button', { name: 'Approve' }).click();

  // Repaired: connected as daisy again, on the same Express account, payments on, nothing to do.
  await expect(page.getByRole('status').filter({ hasText: 'Your store is connected to WordPress.com.' })).toBeVisible();
  await expect(connection).toContainText('Connected to WordPress.com as Daisy Baker (daisy)');
  await expect(connection).not.toContainText('broken');
  await expect(page.locator('.wcpay-account-id').first()).toHaveText(accountId);
  await expect(paymentsOff(page)).toHaveCount(0);
  await expect(menu(page).getByRole('link', { name: /^Payments/ })).toHaveAccessibleName('Payments');
  await screenshot(page, 'flow4-overview-repaired');
  await openScreen(page, 'Account');
  await expect(page.getByRole('region', { name: 'Account details' }).locator('.wcpay-account-id')).toHaveText(accountId);
});
