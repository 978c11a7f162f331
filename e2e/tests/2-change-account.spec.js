// Flows 1 and 2 of the product, end to end, the way the support pages tell a person to do
// them, word for word, on a backend of its own with a new store (support/fixtures.js).
const { test, expect } = require('../support/fixtures');
const { signIn, screenshot, menu, connectFirstTime, logOutOnWpcomProfile, WPCOM_PROFILE_PAGE } = require('../support/panel');

test('flow 1: first connection, then flow 2: change the connected account without keeping Jetpack', async ({ page, backend }) => {
  await signIn(page, backend);

  // Flow 1: Payments -> Finish setup -> Connect -> log in at WordPress.com -> Approve -> verify with Stripe.
  await page.getByRole('link', { name: 'Finish setup' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finish setup' })).toBeVisible();
  await screenshot(page, 'finish-setup');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByLabel('Username').first().fill('daisy');
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('button', { name: 'Verify and create account' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'connected to WordPress.com' })).toBeVisible();
  const connection = page.getByRole('region', { name: 'WordPress.com connection' });
  await expect(connection).toContainText('Connected to WordPress.com as Daisy Baker (daisy)');
  await expect(page.getByRole('region', { name: 'Payments are off' })).toHaveCount(0);
  const accountId = (await page.locator('.wcpay-account-id').first().textContent()).trim();
  expect(accountId).toMatch(/^acct_[A-Za-z0-9]{16}$/);
  await screenshot(page, 'overview-connected');

  // Flow 2, step 1: install and activate Jetpack; it picks up the existing connection.
  await menu(page).getByRole('link', { name: 'Plugins' }).click();
  await page.getByRole('button', { name: 'Install' }).click();
  await page.getByRole('button', { name: 'Activate' }).click();
  await expect(page.getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
  await menu(page).getByRole('link', { name: 'Jetpack' }).click();
  await expect(page.getByText('Connected to WordPress.com as Daisy Baker (daisy)')).toBeVisible();

  // Step 2: disconnect Jetpack; the popup says this will break WooPayments.
  await page.getByRole('button', { name: 'Disconnect' }).click();
  const popup = page.getByRole('dialog', { name: 'Disconnect Jetpack?' });
  await expect(popup).toContainText('WooPayments will be unable to take payments until reconnected to WordPress.com.');
  await screenshot(page, 'disconnect-warning');
  // Steps 3 and 4: the red Disconnect button, then No thank you.
  await popup.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByRole('dialog')).toContainText('Jetpack and WooPayments are now disconnected from WordPress.com.');
  await screenshot(page, 'disconnect-confirmation');
  await page.getByRole('dialog').getByRole('button', { name: 'No thank you' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Between Disconnect and Finish setup, every Payments screen says payments are off.
  await menu(page).getByRole('link', { name: /^Payments/ }).click();
  await expect(page.getByRole('region', { name: 'Payments are off' })).toContainText('disconnected from WordPress.com');
  await screenshot(page, 'overview-payments-off');

  // Step 5: Plugins > Installed Plugins: deactivate Jetpack and delete it.
  await menu(page).getByRole('link', { name: 'Plugins' }).click();
  await page.getByRole('button', { name: 'Deactivate' }).click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete Jetpack?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('cell', { name: 'Not installed' })).toBeVisible();

  // Step 6: the WordPress.com profile page, Log Out (on WordPress.com's page, not the panel's
  // own Log Out button; reached by its address: see the last tests of this file).
  await logOutOnWpcomProfile(page, 'Daisy Baker', 'wpcom-profile');

  // Steps 7-10: back in the admin: Payments -> Finish setup -> connect to another account.
  await page.goto('/');
  await menu(page).getByRole('link', { name: /^Payments/ }).click();
  await page.getByRole('link', { name: 'Finish setup' }).first().click();
  await expect(page.getByText('You are logged out of WordPress.com.')).toBeVisible();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByLabel('Username').first().fill('sam');
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.getByRole('button', { name: 'Approve' }).click();

  // WooPayments is on the same Express account again and takes payments, with no other step.
  await expect(page.getByRole('region', { name: 'WordPress.com connection' })).toContainText('Connected to WordPress.com as Sam Rivera (sam)');
  await expect(page.locator('.wcpay-account-id').first()).toHaveText(accountId);
  await expect(page.getByRole('region', { name: 'Payments are off' })).toHaveCount(0);
  await screenshot(page, 'overview-reconnected');
});

// Regression (fixed; src/components/wpcom_session_card.rs): the link "Open your WordPress.com profile page"
// (href "/wpcom/me", a page of the backend, not of the app) is taken over by the Leptos router as
// an in-app route: the address changes to /wpcom/me but the Routes fallback (Overview) stays on
// screen, and the profile page with Log Out never loads (a reload does load it). Fix: mark the
// link rel="external" (leptos_router then leaves it to the browser), or an absolute URL.
test('the panel\'s link to the WordPress.com profile page opens that page', async ({ page, backend }) => {
  await signIn(page, backend);
  await connectFirstTime(page);
  await page.getByRole('link', { name: 'Open your WordPress.com profile page' }).click();
  await expect(page).toHaveURL(new RegExp(`${WPCOM_PROFILE_PAGE}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'My Profile' })).toBeVisible({ timeout: 3_000 });
});

// Regression (fixed; src/components/connect_page.rs): the "Continue on WordPress.com" link (href is the
// backend's /wpcom/authorize?state=... page) is taken over by the Leptos router the same way:
// the authorization page never loads. Same fix (rel="external").
test('Continue on WordPress.com returns to an unfinished authorization', async ({ page, backend }) => {
  await signIn(page, backend);
  await page.getByRole('link', { name: 'Finish setup' }).first().click();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in to WordPress.com' })).toBeVisible();
  // Back in the admin without finishing: Finish setup says so and offers the way back.
  await page.goto('/connect');
  await expect(page.getByText('You started connecting but did not finish on WordPress.com.')).toBeVisible();
  await page.getByRole('link', { name: 'Continue on WordPress.com' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in to WordPress.com' })).toBeVisible({ timeout: 3_000 });
});
