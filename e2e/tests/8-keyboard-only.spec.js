// Flows 1 and 2 once more with the keyboard alone: Tab, Shift+Tab, Enter, Space, Escape and
// typing; no click, no pointer. The simulated WordPress.com and Stripe pages too. Addresses are
// typed only where a person would use the address bar: the login link, the WordPress.com
// profile page the support page links to, and "back to the admin dashboard". On a backend of its
// own (support/fixtures.js).
const { test, expect } = require('../support/fixtures');
const {
  signIn, screenshot, menu, paymentsOff, connectionCard, jetpackRow, WPCOM_PROFILE_PAGE, connectFirstTime, openScreen,
} = require('../support/panel');
const { tabTo } = require('../support/keyboard');

test('flows 1 and 2 with the keyboard alone', async ({ page, backend }) => {
  await signIn(page, backend);
  const main = page.getByRole('main');
  const menuLink = (name) => menu(page).getByRole('link', { name: new RegExp(`^${name}`) });

  // Flow 1: Finish setup -> Connect -> log in at WordPress.com -> Approve -> verify with Stripe.
  await tabTo(page, main.getByRole('link', { name: 'Finish setup' }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Finish setup' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Connect', exact: true }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Log in to WordPress.com' })).toBeVisible();
  await tabTo(page, page.getByLabel('Username', { exact: true }));
  await page.keyboard.type('daisy');
  await tabTo(page, page.getByRole('button', { name: 'Log In' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Approve' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 1, name: 'Verify your business with Stripe' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Verify and create account' }));
  await page.keyboard.press('Enter');

  await expect(connectionCard(page)).toContainText('Connected to WordPress.com as Daisy Baker (daisy)');
  const accountId = (await page.locator('.wcpay-account-id').first().textContent()).trim();
  expect(accountId).toMatch(/^acct_[A-Za-z0-9]{16}$/);

  // Flow 2, step 1: Plugins: Install, then Activate Jetpack.
  await tabTo(page, menuLink('Plugins'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Plugins' })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Install' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Activate' }));
  await page.keyboard.press('Enter');
  await expect(jetpackRow(page).getByRole('cell', { name: 'Active', exact: true })).toBeVisible();

  // Step 2: Jetpack -> Disconnect: the warning popup takes the focus (Stay connected), Escape
  // closes it and gives the focus back to Disconnect.
  await tabTo(page, menuLink('Jetpack'), { backward: true });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Connected to WordPress.com as Daisy Baker (daisy)')).toBeVisible();
  const disconnect = main.getByRole('button', { name: 'Disconnect' });
  await tabTo(page, disconnect);
  await page.keyboard.press('Enter');
  const popup = page.getByRole('dialog', { name: 'Disconnect Jetpack?' });
  await expect(popup.getByRole('button', { name: 'Stay connected' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(disconnect).toBeFocused();
  await page.keyboard.press('Space');
  await expect(popup.getByRole('button', { name: 'Stay connected' })).toBeFocused();
  // The focus stays inside the popup: Shift+Tab from its first control wraps to its last.
  await page.keyboard.press('Shift+Tab');
  const red = popup.getByRole('button', { name: 'Disconnect' });
  await expect(red).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Stay connected' })).toBeFocused();
  await tabTo(page, red, { backward: true });
  await screenshot(page, 'keyboard-disconnect-warning-focus');
  // Steps 3 and 4: the red Disconnect button, then No thank you.
  await page.keyboard.press('Enter');
  const confirmation = page.getByRole('dialog', { name: 'Disconnected' });
  await expect(confirmation).toContainText('Jetpack and WooPayments are now disconnected from WordPress.com.');
  await tabTo(page, confirmation.getByRole('button', { name: 'No thank you' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Jetpack is active but not connected to WordPress.com.')).toBeVisible();

  // The Payments screens say payments are off.
  await tabTo(page, menuLink('Payments'), { backward: true });
  await page.keyboard.press('Enter');
  await expect(paymentsOff(page)).toContainText('disconnected from WordPress.com');

  // Step 5: Plugins: Deactivate, then Delete; Escape cancels the confirmation, which is then
  // confirmed with the keyboard.
  await tabTo(page, menuLink('Plugins'));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Deactivate' }));
  await page.keyboard.press('Enter');
  const deleteButton = main.getByRole('button', { name: 'Delete' });
  await tabTo(page, deleteButton);
  await page.keyboard.press('Enter');
  const confirmDelete = page.getByRole('dialog', { name: 'Delete Jetpack?' });
  await expect(confirmDelete.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(deleteButton).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, confirmDelete.getByRole('button', { name: 'Delete' }));
  await page.keyboard.press('Enter');
  await expect(jetpackRow(page).getByRole('cell', { name: 'Not installed' })).toBeVisible();

  // Step 6: the WordPress.com profile page (its address, as the support page links it), Log Out.
  await page.goto(WPCOM_PROFILE_PAGE);
  await tabTo(page, page.getByRole('button', { name: 'Log Out' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toContainText('You are logged out of WordPress.com.');

  // Steps 7-10: back in the admin dashboard: Payments -> Finish setup -> Connect as sam.
  await page.goto('/');
  await tabTo(page, menuLink('Payments'));
  await page.keyboard.press('Enter');
  await tabTo(page, main.getByRole('link', { name: 'Finish setup' }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByText('You are logged out of WordPress.com.')).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Connect', exact: true }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByLabel('Username', { exact: true }));
  await page.keyboard.type('sam');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toContainText('You are logged in as Sam Rivera (sam).');
  await tabTo(page, page.getByRole('button', { name: 'Approve' }));
  await page.keyboard.press('Enter');

  // The same Express account, payments on, with no other step.
  await expect(connectionCard(page)).toContainText('Connected to WordPress.com as Sam Rivera (sam)');
  await expect(page.locator('.wcpay-account-id').first()).toHaveText(accountId);
  await expect(paymentsOff(page)).toHaveCount(0);
  await screenshot(page, 'keyboard-reconnected');
});

/** The element that has the keyboard focus, as the start of its HTML (for messages). */
const focused = (page) => page.evaluate(() => document.activeElement.outerHTML.slice(0, 100));

// Regression (fixed; src/components/plugins_page.rs): Install, Activate and Deactivate replace the button
// that was pressed, and nothing moves the focus: it falls back to <body>, and a keyboard user
// starts again from the top of the page (11 presses of Tab from Install to Activate). Fix: keep
// the focus in the Jetpack row (e.g. focus the row's new first action once the action is done).
test('after a Plugins action the focus stays in the Jetpack row', async ({ page, backend }) => {
  await signIn(page, backend);
  await openScreen(page, 'Plugins');
  await tabTo(page, page.getByRole('button', { name: 'Install' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Activate' })).toBeVisible();
  const inRow = await jetpackRow(page).evaluate((row) => row.contains(document.activeElement));
  expect(inRow, `the focus after Install is on ${await focused(page)}`).toBe(true);
});

// Regression (fixed; src/components/modal.rs, on_cleanup; src/components/jetpack_page.rs): closing the
// disconnect dialog gives the focus back to the button that opened it, but on the Jetpack
// screen that Disconnect button is gone by then (the card now offers "Connect Jetpack"): the
// focus falls to <body>. Fix: when the opener is no longer in the document, focus the screen's
// heading or the card's new action.
test('after the disconnect dialog closes the focus is back on the Jetpack screen', async ({ page, backend }) => {
  await signIn(page, backend);
  await connectFirstTime(page);
  await openScreen(page, 'Plugins');
  await tabTo(page, page.getByRole('button', { name: 'Install' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Activate' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Deactivate' })).toBeVisible();
  await openScreen(page, 'Jetpack');
  await tabTo(page, page.getByRole('main').getByRole('button', { name: 'Disconnect' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('dialog').getByRole('button', { name: 'No thank you' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const inMain = await page.getByRole('main').evaluate((main) => main.contains(document.activeElement));
  expect(inMain, `the focus after No thank you is on ${await focused(page)}`).toBe(true);
});
