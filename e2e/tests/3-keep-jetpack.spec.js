// Flow 3 of the product: change the connected WordPress.com account, KEEPING Jetpack, the way the
// support page's "If you DO have or want Jetpack" section tells a person to, word for word. On a
// backend of its own with a new store (support/fixtures.js).
const { test, expect } = require('../support/fixtures');
const {
  signIn, screenshot, menu, paymentsOff, connectionCard, openOverview, openScreen, logInToWpcom, connectFirstTime,
  installAndActivateJetpack, jetpackRow, logOutOnWpcomProfile,
} = require('../support/panel');

test('flow 3: change the connected account keeping Jetpack; Jetpack follows to the new account', async ({ page, backend }) => {
  await signIn(page, backend);
  // The store as flow 1 leaves it, connected as daisy, with Jetpack installed and active: it
  // uses the same connection.
  const accountId = await connectFirstTime(page, 'daisy', 'Daisy Baker');
  await installAndActivateJetpack(page);
  await openScreen(page, 'Jetpack');
  const jetpackCard = page.getByRole('region', { name: 'Jetpack connection' });
  await expect(jetpackCard).toContainText('Connected to WordPress.com as Daisy Baker (daisy)');
  await screenshot(page, 'flow3-jetpack-connected-daisy');

  // Step 1: temporarily disconnect Jetpack; the popup says this will break WooPayments (and Jetpack).
  await jetpackCard.getByRole('button', { name: 'Disconnect' }).click();
  const popup = page.getByRole('dialog', { name: 'Disconnect Jetpack?' });
  await expect(popup.getByRole('listitem')).toHaveText([
    'WooPayments: WooPayments will be unable to take payments until reconnected to WordPress.com.',
    "Jetpack: Jetpack's features that need WordPress.com will stop working.",
  ]);
  await screenshot(page, 'flow3-disconnect-warning');

  // Steps 3 and 4: the red Disconnect button, then No thank you.
  await popup.getByRole('button', { name: 'Disconnect' }).click();
  const confirmation = page.getByRole('dialog', { name: 'Disconnected' });
  await expect(confirmation).toContainText('Jetpack and WooPayments are now disconnected from WordPress.com.');
  await screenshot(page, 'flow3-disconnect-confirmation');
  await confirmation.getByRole('button', { name: 'No thank you' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Jetpack stays installed and active, but is no longer connected.
  await expect(jetpackCard).toContainText('Jetpack is active but not connected to WordPress.com.');
  await expect(jetpackCard.getByRole('button', { name: 'Connect Jetpack' })).toBeVisible();
  await screenshot(page, 'flow3-jetpack-disconnected');

  // Between Disconnect and Finish setup the store takes no payments, and the Payments screens say so.
  await openOverview(page);
  await expect(paymentsOff(page)).toContainText('disconnected from WordPress.com');
  await expect(connectionCard(page)).toContainText('Not connected to WordPress.com');
  await screenshot(page, 'flow3-overview-payments-off');

  // Step 5: the WordPress.com profile page, Log Out.
  await logOutOnWpcomProfile(page, 'Daisy Baker', 'flow3-wpcom-profile');

  // Steps 6-9: back in the admin: Payments -> Finish setup -> connect to the account of choice.
  await page.goto('/');
  await openOverview(page);
  await page.getByRole('link', { name: 'Finish setup' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finish setup' })).toBeVisible();
  await expect(page.getByText('You are logged out of WordPress.com.')).toBeVisible();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await logInToWpcom(page, 'sam');
  await expect(page.getByText('Jetpack is active on the site: it will share this connection.')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('You are logged in as Sam Rivera (sam).');
  await screenshot(page, 'flow3-wpcom-authorize-sam');
  await page.getByRole('button', { name: 'Approve' }).click();

  // WooPayments is on the same Express account, takes payments, with no other step...
  await expect(connectionCard(page)).toContainText('Connected to WordPress.com as Sam Rivera (sam)');
  await expect(page.locator('.wcpay-account-id').first()).toHaveText(accountId);
  await expect(paymentsOff(page)).toHaveCount(0);
  await screenshot(page, 'flow3-overview-reconnected-sam');

  // ...and Jetpack is connected to that same new WordPress.com account, still installed and active.
  await openScreen(page, 'Jetpack');
  await expect(jetpackCard).toContainText('Connected to WordPress.com as Sam Rivera (sam)');
  await expect(jetpackCard.getByRole('button', { name: 'Disconnect' })).toBeEnabled();
  await screenshot(page, 'flow3-jetpack-connected-sam');
  await openScreen(page, 'Plugins');
  await expect(jetpackRow(page).getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
  await expect(menu(page).getByRole('link', { name: /^Payments/ })).toHaveAccessibleName('Payments');
});
