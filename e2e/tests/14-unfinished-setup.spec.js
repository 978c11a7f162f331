// Flow 1 left half way, and the owner back the next day: every unfinished step of setup leads on
// from where they come back (the banner, the Overview's task, Finish setup). Three paths: the
// Stripe verification abandoned; the connection made through Jetpack, so WooPayments' own
// verification was never started from the Payments screens; the WordPress.com authorization
// abandoned. Each on a backend of its own with a new store (support/fixtures.js).
const { test, expect } = require('../support/fixtures');
const {
  signIn, screenshot, menu, paymentsOff, connectionCard, openOverview, openScreen, logInToWpcom,
  installAndActivateJetpack,
} = require('../support/panel');
const { expectNoAxeViolations } = require('../support/axe');

/** On the simulated Stripe page: verifies the business and waits for the panel to say so. */
async function verifyWithStripe(page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Verify your business with Stripe' })).toBeVisible();
  await page.getByRole('button', { name: 'Verify and create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(paymentsOff(page)).toHaveCount(0);
  await expect(page.locator('.wcpay-account-id').first()).toHaveText(/^acct_[A-Za-z0-9]{16}$/);
}

/** Back in the admin after leaving: the banner says what is left, Finish setup leads to Stripe. */
async function comeBackAndFinish(page, shot) {
  await page.goto('/');
  await openOverview(page);
  await expect(paymentsOff(page)).toContainText('verify your business details with Stripe');
  await expect(page.getByRole('region', { name: 'Finish setting up WooPayments' }).or(page.getByRole('region', { name: /setup/i })).first()).toBeVisible();
  await paymentsOff(page).getByRole('link', { name: 'Finish setup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finish setup' })).toBeVisible();
  const verify = page.getByRole('link', { name: 'Verify with Stripe' });
  await expect(verify).toBeVisible();
  await expectNoAxeViolations(page, `${shot}: Finish setup, verification to do`);
  await screenshot(page, shot);
  await verify.click();
  await verifyWithStripe(page);
}

test('verification abandoned: Finish setup leads back to Stripe', async ({ page, backend }) => {
  await signIn(page, backend);
  await page.getByRole('link', { name: 'Finish setup' }).first().click();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await logInToWpcom(page, 'daisy');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verify your business with Stripe' })).toBeVisible();
  // The owner closes the tab here and comes back tomorrow.
  await comeBackAndFinish(page, 'setup-verification-abandoned');
  await expect(connectionCard(page)).toContainText('Connected to WordPress.com as Daisy Baker (daisy)');
});

test('connected through Jetpack first: Finish setup leads to Stripe, no second connection', async ({ page, backend }) => {
  await signIn(page, backend);
  await installAndActivateJetpack(page);
  // Jetpack and Plugins say that payments are off, with the way back.
  await expect(paymentsOff(page)).toBeVisible();
  await expect(paymentsOff(page).getByRole('link', { name: 'Finish setup' })).toBeVisible();
  await openScreen(page, 'Jetpack');
  await expect(paymentsOff(page)).toBeVisible();
  await page.getByRole('button', { name: 'Connect Jetpack' }).click();
  await logInToWpcom(page, 'sam');
  await page.getByRole('button', { name: 'Approve' }).click();
  // Whatever page the browser lands on next, the owner goes on in the admin, on Jetpack's screen.
  await page.waitForLoadState();
  await page.goto('/jetpack');
  await expect(page.getByRole('region', { name: 'Jetpack connection' })).toContainText('Connected to WordPress.com as');
  await expect(paymentsOff(page)).toContainText('verify your business details with Stripe');
  await screenshot(page, 'setup-jetpack-first-payments-off');
  await comeBackAndFinish(page, 'setup-jetpack-first-verify');
  // Not asked for a second connection: the Finish setup screen offered no Connect button.
  await menu(page).getByRole('link', { name: /^Payments/ }).click();
  await expect(connectionCard(page)).toContainText('Connected to WordPress.com as');
});

test('authorization abandoned: Finish setup continues on WordPress.com', async ({ page, backend }) => {
  await signIn(page, backend);
  await page.getByRole('link', { name: 'Finish setup' }).first().click();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in to WordPress.com' })).toBeVisible();
  // The owner leaves WordPress.com's page and comes back later.
  await page.goto('/');
  await openOverview(page);
  await expect(paymentsOff(page)).toBeVisible();
  await paymentsOff(page).getByRole('link', { name: 'Finish setup' }).click();
  const onWpcom = page.getByRole('link', { name: 'Continue on WordPress.com' });
  await expect(onWpcom).toBeVisible();
  await screenshot(page, 'setup-authorization-abandoned');
  await onWpcom.click();
  await logInToWpcom(page, 'daisy');
  await page.getByRole('button', { name: 'Approve' }).click();
  await verifyWithStripe(page);
});
