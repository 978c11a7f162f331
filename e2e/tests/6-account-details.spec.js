// Flow 6 of the product: the account's details are read-only in the panel and edited only in the
// Stripe Express dashboard, which "Edit in Stripe Express" opens with a one-time login link. On a
// backend of its own (support/fixtures.js).
const { test, expect } = require('../support/fixtures');
const { signIn, screenshot, connectionCard, openScreen, logInToWpcom } = require('../support/panel');

/** What the owner gives Stripe at verification, by the Stripe form's labels. */
const GIVEN = {
  'Full name': 'Daisy Baker',
  'Business name': "Daisy's Garden & Tools",
  'Website': 'https://garden.example',
  'Street address': '12 Orchard Lane',
  'City': 'Portland',
  'Postal code': '97201',
  'Country (two-letter code)': 'US',
  'Email': 'daisy@garden.example',
  'Phone': '+1 503 555 0199',
  "Owner's full name": 'Daisy Baker',
  'Percent owned': '75',
  'Account number': '000987654321',
};

test('flow 6: account details are read-only; Edit in Stripe Express opens the Express dashboard', async ({ page, backend }) => {
  await signIn(page, backend);

  // Flow 1, giving Stripe the business details.
  await page.getByRole('link', { name: 'Finish setup' }).first().click();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await logInToWpcom(page, 'daisy');
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verify your business with Stripe' })).toBeVisible();
  for (const [label, value] of Object.entries(GIVEN)) await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByLabel('Kind of business').selectOption({ label: 'Company' });
  await screenshot(page, 'flow6-stripe-verify');
  await page.getByRole('button', { name: 'Verify and create account' }).click();
  await expect(connectionCard(page)).toContainText('Connected to WordPress.com as Daisy Baker (daisy)');
  const accountId = (await page.locator('.wcpay-account-id').first().textContent()).trim();

  // Payments > Account: every detail, as given, read-only.
  await page.getByRole('region', { name: 'WooPayments account' }).getByRole('link', { name: 'See account details' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Account details' });
  await expect(details.getByRole('term')).toHaveText([
    'Stripe Express account', 'Name', 'Address', 'Contact information', 'Business information', 'Ownership details', 'Bank account',
  ]);
  await expect(details.getByRole('definition')).toHaveText([
    accountId,
    'Daisy Baker',
    '12 Orchard Lane, 97201 Portland, US',
    'daisy@garden.example · +1 503 555 0199',
    "Daisy's Garden & Tools · https://garden.example",
    'Daisy Baker (75%)',
    '•••• 4321',
  ]);
  // Read-only: nothing on the screen can change a detail; the one action leads to Express.
  const main = page.getByRole('main');
  // The screen, not the standalone page's language switch below it.
  const screen = main.locator(':scope > :not(.wcpay-language)');
  for (const role of ['textbox', 'combobox', 'spinbutton', 'checkbox', 'radio']) {
    await expect(screen.getByRole(role), `no ${role} on the Account screen`).toHaveCount(0);
  }
  await expect(details.getByRole('button')).toHaveText(['Edit in Stripe Express']);
  await expect(main).toContainText('WooPayments accounts do not have access to the standard Stripe Dashboard.');
  await screenshot(page, 'flow6-account');

  // Edit in Stripe Express: the (simulated) Express dashboard of the same account opens.
  await details.getByRole('button', { name: 'Edit in Stripe Express' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stripe Express dashboard' })).toBeVisible();
  await expect(page).toHaveURL(/\/stripe\/express\?token=/);
  const expressUrl = page.url();
  const express = page.getByRole('main');
  await expect(express).toContainText('This is where the account\'s details are edited');
  await expect(express.getByRole('definition')).toHaveText([
    accountId, 'Daisy Baker', "Daisy's Garden & Tools", 'Company', 'https://garden.example',
    '12 Orchard Lane, 97201 Portland, US', 'daisy@garden.example', '+1 503 555 0199', 'Daisy Baker (75%)', '•••• 4321',
  ]);
  await screenshot(page, 'flow6-express-dashboard');

  // Back to Payments; the login link worked once only.
  await express.getByRole('link', { name: 'Back to Payments' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await page.goto(expressUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'This login link no longer works' })).toBeVisible();

  // A new click makes a new link.
  await page.goto('/');
  await openScreen(page, 'Account');
  await page.getByRole('button', { name: 'Edit in Stripe Express' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stripe Express dashboard' })).toBeVisible();
  expect(page.url()).not.toBe(expressUrl);
});
