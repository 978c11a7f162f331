// Several administrators and copies of the site (issue 15), end to end: a second administrator
// signs in with their own link and sees who owns the connection; the owner hands it to them;
// the owner's user is deleted and every Payments screen leads to the fix; a staging copy runs
// in test mode and cannot go live, and a production site goes live only when confirmed. Each
// screen is checked by axe; pictures go to e2e/latest-screenshots/people-*.png.
const { test, expect } = require('../support/fixtures');
const { signIn, screenshot, operator, connectionCard, connectFirstTime, openScreen, openOverview } = require('../support/panel');
const { expectNoAxeViolations } = require('../support/axe');

/** Sam Rivera, a second administrator with his own WordPress.com account `sam`. */
function addSam(backend) {
  operator(backend, 'add-user', '--login', 'sam', '--name', 'Sam Rivera', '--role', 'administrator', '--wpcom', 'sam');
}

/** A second browser window of its own (its own cookies), signed in as `user`. */
async function signInElsewhere(browser, backend, user) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, backend, user);
  return { context, page };
}

const ownerless = (page) => page.getByRole('region', { name: 'The connection has no owner' });
const testMode = (page) => page.getByRole('region', { name: 'Test mode' });
const transferDialog = (page) => page.getByRole('dialog', { name: 'Transfer ownership of the connection' });

test('a second administrator sees who owns the connection, and ownership moves to them', async ({ page, backend, browser }) => {
  await signIn(page, backend);
  const accountId = await connectFirstTime(page);
  await expect(connectionCard(page)).toContainText('You own this connection');
  addSam(backend);

  const sam = await signInElsewhere(browser, backend, 'sam');
  await expect(connectionCard(sam.page)).toContainText("Connected by Daisy Baker, the connection's owner.");
  await expect(connectionCard(sam.page)).toContainText('Only Daisy Baker can hand the connection to another administrator');
  await expect(connectionCard(sam.page).getByRole('button', { name: 'Transfer ownership' })).toHaveCount(0);
  await expectNoAxeViolations(sam.page, 'Overview, seen by an administrator who is not the owner');
  await screenshot(sam.page, 'people-1-not-the-owner');

  await connectionCard(page).getByRole('button', { name: 'Transfer ownership' }).click();
  const dialog = transferDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /^Sam Rivera \(sam\), WordPress.com account sam/ })).toBeChecked();
  await expectNoAxeViolations(page, 'Transfer ownership dialog');
  await screenshot(page, 'people-2-transfer');
  await dialog.getByRole('button', { name: 'Transfer ownership' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Sam Rivera now owns the connection.' })).toBeVisible();
  await expect(connectionCard(page)).toContainText("Connected by Sam Rivera, the connection's owner.");
  await expect(connectionCard(page)).toContainText('Connected to WordPress.com as Sam Rivera (sam)');
  await expect(page.locator('.wcpay-account-id').first()).toHaveText(accountId);

  await sam.page.reload();
  await expect(connectionCard(sam.page)).toContainText('You own this connection');
  await openScreen(sam.page, 'Transactions');
  await expect(sam.page.getByRole('region', { name: 'Payments are off' })).toHaveCount(0);
  await sam.context.close();
});

test('the owner is deleted: every Payments screen says so and leads to a new owner', async ({ page, backend }) => {
  await signIn(page, backend);
  await connectFirstTime(page);
  addSam(backend);
  operator(backend, 'delete-user', '--login', 'daisy');
  await signIn(page, backend, 'sam');
  await expect(ownerless(page)).toContainText('Daisy Baker, who connected this store to WordPress.com, is no longer an administrator of the site.');
  await expect(ownerless(page)).toContainText('Payments go on for now');
  await expectNoAxeViolations(page, 'ownerless connection');
  await screenshot(page, 'people-3-ownerless');
  await openScreen(page, 'Deposits');
  await expect(ownerless(page)).toBeVisible();
  await expect(ownerless(page).getByRole('link', { name: 'Reconnect instead' })).toBeVisible();
  await ownerless(page).getByRole('button', { name: 'Choose a new owner' }).click();
  const dialog = transferDialog(page);
  await dialog.getByRole('radio', { name: /^Sam Rivera/ }).check();
  await dialog.getByRole('button', { name: 'Transfer ownership' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sam Rivera now owns the connection.' })).toBeVisible();
  await expect(ownerless(page)).toHaveCount(0);
  await openOverview(page);
  await expect(connectionCard(page)).toContainText('You own this connection');
});

test('a staging copy runs in test mode and cannot go live; production goes live when confirmed', async ({ page, backend }) => {
  await signIn(page, backend);
  const liveAccount = await connectFirstTime(page);
  operator(backend, 'set-environment', 'staging');
  await page.reload();
  await expect(testMode(page)).toContainText('no real money moves');
  await expect(testMode(page)).toContainText('This is a staging site, so it can never take live payments');
  await expect(testMode(page).getByRole('button', { name: 'Go live' })).toHaveCount(0);
  await expect(page.locator('.wcpay-account-id')).toHaveCount(0);
  await expectNoAxeViolations(page, 'staging site in test mode');
  await screenshot(page, 'people-4-staging-test-mode');
  await openScreen(page, 'Transactions');
  await expect(testMode(page)).toBeVisible();

  operator(backend, 'set-environment', 'production');
  await page.reload();
  await testMode(page).getByRole('button', { name: 'Go live' }).click();
  const dialog = page.getByRole('dialog', { name: 'Take real payments on this store?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoAxeViolations(page, 'Go live dialog');
  await screenshot(page, 'people-5-go-live');
  await dialog.getByRole('button', { name: 'Yes, go live' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The store takes live payments now.' })).toBeVisible();
  await expect(testMode(page)).toHaveCount(0);
  await openOverview(page);
  await expect(page.locator('.wcpay-account-id').first()).toHaveText(liveAccount);
});
