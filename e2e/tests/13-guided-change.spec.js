// Issue 8: the guided "Change or reset connection" flow under Payments, end to end, each path
// on a backend of its own: change without Jetpack, change keeping Jetpack, reset after a
// restore, a changed site address (moved site, then a copy), and a change abandoned half way and
// resumed after a reload. Screenshots of every step go to e2e/latest-screenshots/change-*.png.
const { test, expect } = require('../support/fixtures');
const {
  signIn, screenshot, menu, operator, paymentsOff, connectionCard, openOverview, openScreen, logInToWpcom,
  connectFirstTime, installAndActivateJetpack, jetpackRow,
} = require('../support/panel');
const { expectNoAxeViolations } = require('../support/axe');

/** The card of the step the owner is on ("Step 2 of 4: ..."). */
const stepCard = (page) => page.getByRole('region', { name: /^Step \d of \d:/ });

/** Focuses `control` and presses Enter on it, as a keyboard user does. */
async function pressOn(control) {
  await control.focus();
  await control.press('Enter');
}

/** Opens the flow from the Overview's connection card and waits for its title. */
async function openChange(page) {
  await openOverview(page);
  await connectionCard(page).getByRole('link', { name: 'Change or reset connection' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change or reset connection' })).toBeVisible();
}

/** Waits until the flow is at `step` of `total`, titled `title`. */
async function expectStep(page, number, total, title) {
  await expect(page.getByRole('heading', { level: 2, name: `Step ${number} of ${total}: ${title}` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Progress' }).locator('[aria-current="step"]')).toHaveText(title);
}

/** Step "Disconnect": the warning popup, the red Disconnect, then No thank you. */
async function disconnectStep(page, shot) {
  await stepCard(page).getByRole('button', { name: 'Disconnect' }).click();
  const popup = page.getByRole('dialog', { name: 'Disconnect WooPayments?' });
  await expect(popup).toContainText('WooPayments will be unable to take payments until reconnected to WordPress.com.');
  if (shot) await screenshot(page, shot);
  await popup.getByRole('button', { name: 'Disconnect' }).click();
  await page.getByRole('dialog', { name: 'Disconnected' }).getByRole('button', { name: 'No thank you' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Step "Log out of WordPress.com": links out to the profile (a new tab), Log Out there, back here. */
async function logOutStep(page, displayName) {
  await expect(stepCard(page)).toContainText(`logged in to WordPress.com as ${displayName}`);
  const [wpcom] = await Promise.all([
    page.context().waitForEvent('page'),
    stepCard(page).getByRole('link', { name: 'Open WordPress.com to log out (new tab)' }).click(),
  ]);
  await expect(wpcom.getByRole('heading', { level: 1, name: 'My Profile' })).toBeVisible();
  await wpcom.getByRole('button', { name: 'Log Out' }).click();
  await expect(wpcom.getByRole('main')).toContainText('You are logged out of WordPress.com.');
  await wpcom.close();
  await page.bringToFront();
  await stepCard(page).getByRole('button', { name: 'I have logged out: check again' }).click();
}

/** Step "Connect again": Finish setup, log in as `login` if asked, Approve; back in the flow. */
async function reconnectStep(page, login) {
  await stepCard(page).getByRole('button', { name: 'Finish setup' }).click();
  if (login) await logInToWpcom(page, login);
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change or reset connection' })).toBeVisible();
}

/** The lines of a result where everything is as chosen: connected as `who`, on `accountId`. */
function allAsChosen(who, accountId) {
  return [
    `Connected to WordPress.com as ${who}`,
    'The account you chose',
    `Same WooPayments account as before: ${accountId}`,
    'Payments are on',
    'Jetpack is as you chose',
  ];
}

/** Step "Check the result": every line met, then Done; back on the Overview with the summary. */
async function checkAndFinish(page, lines, summary, shot) {
  const results = stepCard(page).getByRole('listitem').filter({ has: page.locator('.wcpay-result__mark') });
  await expect(results).toHaveText(lines.map((line) => `✓Yes: ${line}`));
  if (shot) await screenshot(page, shot);
  await stepCard(page).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: summary })).toBeVisible();
  await expect(paymentsOff(page)).toHaveCount(0);
}

test('change to another account without Jetpack: four steps, the same Express account, one log entry', async ({ page, backend }) => {
  await signIn(page, backend);
  const accountId = await connectFirstTime(page, 'daisy', 'Daisy Baker');
  await expect(menu(page).getByRole('link', { name: 'Change or reset connection' })).toBeVisible();
  await openChange(page);

  // Start: who is connected, the Express account that stays, Jetpack, what will happen.
  const facts = page.getByRole('region', { name: 'Where things stand' });
  await expect(facts).toContainText('Connected now asDaisy Baker (daisy)');
  await expect(facts).toContainText(`${accountId} stays the same`);
  await expect(facts).toContainText('JetpackNot installed');
  const ahead = page.getByRole('region', { name: 'What will happen' });
  await expect(ahead).toContainText('Payments pause from the moment you disconnect until you connect again.');
  await expect(ahead.getByRole('list', { name: 'Progress' }).getByRole('listitem'))
    .toHaveText(['Disconnect', 'Log out of WordPress.com', 'Connect again', 'Check the result']);
  await screenshot(page, 'change-1-start');
  await expectNoAxeViolations(page, 'Change or reset connection, start');
  await ahead.getByRole('button', { name: 'Start' }).click();

  // Choose: another account (the default here); the steps follow the choice.
  const choose = page.getByRole('form', { name: 'What do you want to do?' });
  await expect(choose.getByRole('radio', { name: 'Connect another WordPress.com account' })).toBeChecked();
  await choose.getByRole('radio', { name: /Reconnect the same/ }).check();
  await expect(choose.getByRole('listitem')).toHaveText(['Disconnect', 'Connect again', 'Check the result']);
  await choose.getByRole('radio', { name: 'Connect another WordPress.com account' }).check();
  await screenshot(page, 'change-2-choose');
  await expectNoAxeViolations(page, 'Change or reset connection, choose');
  await choose.getByRole('button', { name: 'Continue' }).click();

  await expectStep(page, 1, 4, 'Disconnect');
  await screenshot(page, 'change-3-step-disconnect');
  await disconnectStep(page, 'change-4-disconnect-warning');

  // Step 2 happens on WordPress.com: payments are paused meanwhile, and every screen says so.
  await expectStep(page, 2, 4, 'Log out of WordPress.com');
  await expect(stepCard(page).getByRole('timer')).toContainText('Payments paused for under a minute');
  await expect(paymentsOff(page)).toContainText('disconnected from WordPress.com');
  await screenshot(page, 'change-5-step-log-out');
  await expectNoAxeViolations(page, 'Change or reset connection, log out step');
  await openScreen(page, 'Transactions');
  const reminder = page.getByRole('status').filter({ hasText: 'A change of the connection is in progress: Step 2 of 4, Log out of WordPress.com.' });
  await expect(reminder).toBeVisible();
  await expect(paymentsOff(page).getByRole('link', { name: 'Continue the change' })).toBeVisible();
  await reminder.getByRole('link', { name: 'Continue the change' }).click();
  await expectStep(page, 2, 4, 'Log out of WordPress.com');
  await logOutStep(page, 'Daisy Baker (daisy)');

  await expectStep(page, 3, 4, 'Connect again');
  await expect(stepCard(page)).toContainText('log in as the account you want (not daisy)');
  await screenshot(page, 'change-6-step-connect-again');
  await reconnectStep(page, 'sam');

  await expectStep(page, 4, 4, 'Check the result');
  await expect(stepCard(page).locator('.wcpay-paused')).toContainText('Payments were paused for');
  await expectNoAxeViolations(page, 'Change or reset connection, check');
  await checkAndFinish(page, allAsChosen('Sam Rivera (sam)', accountId), `Changed the connection from daisy to sam; WooPayments stayed on the same account, ${accountId}`, 'change-7-step-check');
  await expect(connectionCard(page)).toContainText('Connected to WordPress.com as Sam Rivera (sam)');
  await expect(page.locator('.wcpay-account-id').first()).toHaveText(accountId);
  await screenshot(page, 'change-8-finished');

  // The event log holds the whole change as one entry, with its steps inside.
  const log = await page.evaluate(async () => (await fetch('/api/v1/events?per_page=3')).json());
  expect(log.events[0].kind).toBe('change_finished');
  expect(log.events[0].steps.map((event) => event.kind)).toEqual([
    'change_started', 'change_planned', 'disconnected', 'wpcom_logged_out', 'connecting_started', 'wpcom_logged_in', 'connected',
  ]);
});

test('change keeping Jetpack: Jetpack comes back on the new account', async ({ page, backend }) => {
  await signIn(page, backend);
  const accountId = await connectFirstTime(page, 'daisy', 'Daisy Baker');
  await installAndActivateJetpack(page);
  await openChange(page);
  await expect(page.getByRole('region', { name: 'Where things stand' })).toContainText('JetpackActive');
  await page.getByRole('button', { name: 'Start' }).click();
  const choose = page.getByRole('form', { name: 'What do you want to do?' });
  await expect(choose.getByRole('radio', { name: 'Keep Jetpack: it shares the new connection' })).toBeChecked();
  await screenshot(page, 'change-jetpack-1-choose');
  await choose.getByRole('button', { name: 'Continue' }).click();

  await expectStep(page, 1, 4, 'Disconnect');
  await stepCard(page).getByRole('button', { name: 'Disconnect' }).click();
  const popup = page.getByRole('dialog', { name: 'Disconnect WooPayments?' });
  await expect(popup.getByRole('listitem')).toHaveText([
    'WooPayments: WooPayments will be unable to take payments until reconnected to WordPress.com.',
    /^Jetpack: /,
  ]);
  await popup.getByRole('button', { name: 'Disconnect' }).click();
  await page.getByRole('dialog', { name: 'Disconnected' }).getByRole('button', { name: 'No thank you' }).click();
  await expectStep(page, 2, 4, 'Log out of WordPress.com');
  await logOutStep(page, 'Daisy Baker (daisy)');
  await reconnectStep(page, 'sam');
  await expectStep(page, 4, 4, 'Check the result');
  await checkAndFinish(page, allAsChosen('Sam Rivera (sam)', accountId), 'Changed the connection from daisy to sam', 'change-jetpack-2-check');
  await openScreen(page, 'Jetpack');
  await expect(page.getByText('Connected to WordPress.com as Sam Rivera (sam)')).toBeVisible();
});

test('reset after a restore: why it broke, then the same account and the same Express account', async ({ page, backend }) => {
  await signIn(page, backend);
  const accountId = await connectFirstTime(page, 'daisy', 'Daisy Baker');
  operator(backend, 'restore-backup');
  await page.reload();
  await openChange(page);
  const why = page.getByRole('region', { name: 'Why it broke' });
  await expect(why).toContainText('The site was restored from a backup. The backup brought back old connection keys');
  await expect(page.getByRole('region', { name: 'Where things stand' })).toContainText('Was connected as (broken)Daisy Baker (daisy)');
  await screenshot(page, 'change-reset-1-start');
  await page.getByRole('button', { name: 'Start' }).click();
  const choose = page.getByRole('form', { name: 'What do you want to do?' });
  await expect(choose.getByRole('radio', { name: /Reconnect the same WordPress.com account/ })).toBeChecked();
  await choose.getByRole('button', { name: 'Continue' }).click();

  await expectStep(page, 1, 3, 'Disconnect');
  await expect(stepCard(page).getByRole('timer')).toContainText('Payments paused for');
  await screenshot(page, 'change-reset-2-disconnect');
  await disconnectStep(page);
  await expectStep(page, 2, 3, 'Connect again');
  await expect(stepCard(page)).toContainText('approve as daisy');
  await reconnectStep(page, null);
  await expectStep(page, 3, 3, 'Check the result');
  await checkAndFinish(page, allAsChosen('Daisy Baker (daisy)', accountId), 'Reset the connection, connected as daisy again', 'change-reset-3-check');
  await expect(connectionCard(page)).not.toContainText('broken');
});

test('a changed site address: the moved site keeps its connection; a copy starts a fresh one', async ({ page, backend }) => {
  await signIn(page, backend);
  const accountId = await connectFirstTime(page, 'daisy', 'Daisy Baker');
  operator(backend, 'change-site-address', '--url', 'https://donuts.shop');
  await page.reload();
  await openChange(page);
  await expect(page.getByRole('region', { name: 'Why it broke' }))
    .toContainText('The site now answers at https://donuts.shop; its connection was made at https://store.example.');
  // With the keyboard: each button that goes away hands the focus to the next screen's heading.
  await pressOn(page.getByRole('button', { name: 'Start' }));
  const choose = page.getByRole('form', { name: 'What do you want to do?' });
  await expect(page.getByRole('heading', { name: 'What do you want to do?' })).toBeFocused();
  await expect(choose.getByRole('radio')).toHaveCount(3);
  await expect(choose.getByRole('radio', { name: 'This is the moved site: keep its connection' })).toBeChecked();
  await screenshot(page, 'change-address-1-choose');
  await expectNoAxeViolations(page, 'Change or reset connection, changed address');
  await pressOn(choose.getByRole('button', { name: 'Continue' }));
  await expectStep(page, 1, 2, 'Keep the connection at the new address');
  await expect(page.getByRole('heading', { name: /^Step 1 of 2/ })).toBeFocused();
  await pressOn(stepCard(page).getByRole('button', { name: 'Keep the connection' }));
  await expectStep(page, 2, 2, 'Check the result');
  await expect(page.getByRole('heading', { name: /^Step 2 of 2/ })).toBeFocused();
  await checkAndFinish(page, allAsChosen('Daisy Baker (daisy)', accountId), 'The moved site kept its connection as daisy', 'change-address-2-moved-check');

  // Not sure yet which site this is: decide later keeps payments off and touches nothing.
  operator(backend, 'change-site-address', '--url', 'https://staging.donuts.shop');
  await page.reload();
  await openChange(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('radio', { name: /^Decide later/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 1, 1, 'Check the result');
  await expect(stepCard(page).getByRole('listitem').filter({ has: page.locator('.wcpay-result__mark') }))
    .toHaveText([/^✓Yes: Payments stay off on this site, and neither site's connection changed/]);
  await screenshot(page, 'change-address-decide-later');
  await stepCard(page).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'neither site\'s connection changed' })).toBeVisible();
  await expect(paymentsOff(page)).toBeVisible();
  await expect(connectionCard(page)).toContainText('broken');

  // A copy of the site at a staging address: a fresh connection in test mode, the original's
  // connection and live account left alone.
  await openChange(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('radio', { name: /This is a copy of the site/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectStep(page, 1, 3, "Let go of the original site's connection");
  await expect(stepCard(page)).toContainText('the original site (https://donuts.shop), whose connection stays exactly as it is');
  await screenshot(page, 'change-address-3-copy');
  await stepCard(page).getByRole('button', { name: 'Start a fresh connection' }).click();
  await expectStep(page, 2, 3, 'Connect again');
  await expect(page.getByRole('region', { name: 'Test mode' })).toBeVisible();
  await stepCard(page).getByRole('button', { name: 'Finish setup' }).click();
  await page.getByRole('button', { name: 'Approve' }).click();
  // The copy never uses the original's live account: it sets up a test account of its own.
  await expect(page.getByRole('heading', { level: 1, name: 'Verify your business with Stripe' })).toBeVisible();
  await page.getByRole('button', { name: 'Verify and create account' }).click();
  await expectStep(page, 3, 3, 'Check the result');
  await expect(stepCard(page)).toContainText(`the live WooPayments account ${accountId} stays with the original site`);
  await stepCard(page).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This copy of the site got a fresh connection as daisy, in test mode' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Test mode' })).toBeVisible();
  await expect(page.locator('.wcpay-account-id').first()).not.toHaveText(accountId);
});

test('a change abandoned half way resumes at the right step after a reload and in a new tab', async ({ page, backend }) => {
  await signIn(page, backend);
  await connectFirstTime(page, 'daisy', 'Daisy Baker');
  await installAndActivateJetpack(page);
  await openChange(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('radio', { name: 'Remove Jetpack: the panel deactivates and deletes it' }).check();
  await expect(page.getByRole('form', { name: 'What do you want to do?' }).getByRole('listitem'))
    .toHaveText(['Disconnect', 'Remove Jetpack', 'Log out of WordPress.com', 'Connect again', 'Check the result']);
  await page.getByRole('button', { name: 'Continue' }).click();
  await disconnectStep(page);
  await expectStep(page, 2, 5, 'Remove Jetpack');

  // The owner reloads: the progress lives in the backend.
  await page.reload();
  await expectStep(page, 2, 5, 'Remove Jetpack');
  await screenshot(page, 'change-resume-1-after-reload');

  // The owner closes the tab and comes back later from the Payments menu in a new one.
  const later = await page.context().newPage();
  await later.goto('/');
  const reminder = later.getByRole('status').filter({ hasText: 'Step 2 of 5, Remove Jetpack' });
  await expect(reminder).toBeVisible();
  await page.close();
  await reminder.getByRole('link', { name: 'Continue the change' }).click();
  await expectStep(later, 2, 5, 'Remove Jetpack');
  await stepCard(later).getByRole('button', { name: 'Deactivate and delete Jetpack' }).click();
  await expectStep(later, 3, 5, 'Log out of WordPress.com');
  await openScreen(later, 'Plugins');
  await expect(jetpackRow(later)).toContainText('Not installed');

  // Cancelling stops the guide where it is; what was done stays done.
  await openScreen(later, 'Change or reset connection');
  await later.getByRole('button', { name: 'Cancel the change' }).click();
  await expect(later.getByRole('heading', { level: 2, name: /^Step/ })).toHaveCount(0);
  await expect(paymentsOff(later)).toContainText('disconnected from WordPress.com');
  await expect(later.getByRole('region', { name: 'Change or reset connection' })).toContainText('there is no connection to change or reset');
});
