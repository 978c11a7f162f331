// Every screen of the panel and every step of its dialogs, in the states the flows reach, told
// as one story in order on one page and a backend of its own, at one screen size. Each
// stop checks that the page does not scroll sideways and runs axe; each dialog step also that
// the dialog fits and its buttons are reachable. 20-narrow-screens (a phone, 360 px) and
// 21-zoom (200% zoom) walk it.
const { test, expect } = require('./fixtures');
const { startBackend } = require('./backend');
const {
  signIn, screenshot, operator, paymentsOff, connectionCard, logInToWpcom, WPCOM_PROFILE_PAGE,
} = require('./panel');
const { expectNoAxeViolations } = require('./axe');
const { expectNoSidewaysScroll, expectDialogFits, openFromMenu } = require('./narrow');

/** The card of the step the owner is on in Change or reset connection ("Step 2 of 3: ..."). */
const stepCard = (page) => page.getByRole('region', { name: /^Step \d of \d:/ });

/**
 * Registers the walk's tests in the calling spec file, at `viewport`. `name` says the size in
 * the tests' titles; `shots` (optional) maps a stop to the screenshot taken there, by name.
 */
function walkEveryScreen({ name, viewport, shots = {} }) {
  test.describe.configure({ mode: 'serial' });
  test.use({ backendScope: 'file' });

  /** @type {import('@playwright/test').Page} */
  let page;
  let backend;

  /** The checks at every stop: no sideways scroll, axe, and the stop's screenshot if any. */
  async function check(stop) {
    await expectNoSidewaysScroll(page, `${stop} at ${name}`);
    await expectNoAxeViolations(page, `${stop} at ${name}`);
    if (shots[stop]) await screenshot(page, shots[stop]);
  }

  /** The checks at every dialog step: those of any stop, and the dialog fits. */
  async function checkDialog(stop) {
    await expectDialogFits(page, `${stop} at ${name}`);
    await check(stop);
  }

  /** Waits for a ledger screen's table to hold its first page. */
  async function ledgerLoaded() {
    await expect(page.getByRole('main').getByRole('status').filter({ hasText: /^Showing / }).first()).toBeVisible();
  }

  // A backend of the walk's own, not the file's: 20-narrow and 21-zoom both define their tests
  // in this file, and a worker running one after the other would walk the second on the first's
  // store (a clean CI run did: the zoom walk's new store was already broken).
  test.beforeAll(async ({ browser }) => {
    backend = await startBackend(`every screen at ${name}`);
    page = await browser.newPage({ baseURL: backend.url, viewport });
    await signIn(page, backend);
  });

  test.afterAll(async () => {
    await page?.close();
    await backend?.stop();
  });

  test.describe(`${name}: a new store, not connected`, () => {
    test('Overview', async () => {
      await expect(connectionCard(page)).toContainText('Not connected to WordPress.com');
      await check('Overview, not connected');
    });

    for (const [entry, title] of [
      ['Transactions'], ['Deposits'], ['Disputes'], ['Account'], ['Change or reset connection'], ['Support'],
      ['Jetpack'], ['Plugins', 'Plugins'],
    ]) {
      test(entry, async () => {
        await openFromMenu(page, entry, title);
        await check(`${entry}, not connected`);
      });
    }

    test('Finish setup', async () => {
      await openFromMenu(page, 'Overview', 'Payments');
      await page.getByRole('link', { name: 'Finish setup' }).first().click();
      await expect(page.getByRole('button', { name: 'Connect', exact: true })).toBeVisible();
      await check('Finish setup, not connected');
    });
  });

  test.describe(`${name}: connected, with a ledger`, () => {
    test('connect (flow 1) and fill the ledger', async () => {
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      await logInToWpcom(page, 'daisy');
      await page.getByRole('button', { name: 'Approve' }).click();
      await page.getByRole('button', { name: 'Verify and create account' }).click();
      await expect(connectionCard(page)).toContainText('Connected to WordPress.com as Daisy Baker (daisy)');
      operator(backend, 'seed-demo', '--transactions', '240');
      await page.reload();
      await expect(page.getByRole('region', { name: 'Recent transactions', exact: true }).getByRole('row').nth(1)).toBeVisible();
      await check('Overview, connected, with a ledger');
    });

    for (const entry of ['Transactions', 'Deposits', 'Disputes']) {
      test(entry, async () => {
        await openFromMenu(page, entry);
        await ledgerLoaded();
        await check(`${entry}, with a ledger`);
      });
    }

    test('Transactions, the second page', async () => {
      await openFromMenu(page, 'Transactions');
      await ledgerLoaded();
      await page.getByRole('navigation', { name: 'Pagination' }).getByRole('button', { name: 'Next', exact: true }).click();
      await expect(page.getByText(/^Page 2 of/)).toBeVisible();
      await check('Transactions, page 2');
    });

    for (const entry of ['Account', 'Support', 'Jetpack', 'Plugins']) {
      test(`${entry}, connected`, async () => {
        await openFromMenu(page, entry);
        await check(`${entry}, connected`);
      });
    }

    test('Finish setup, connected', async () => {
      await page.goto('/connect');
      await expect(page.getByText('Your store is connected to WordPress.com. Nothing to do here.')).toBeVisible();
      await check('Finish setup, connected');
    });
  });

  test.describe(`${name}: Change or reset connection, the same account again`, () => {
    test('start', async () => {
      await openFromMenu(page, 'Change or reset connection');
      await expect(page.getByRole('region', { name: 'Where things stand' })).toContainText('Daisy Baker (daisy)');
      await check('Change or reset connection, start');
    });

    test('choose', async () => {
      await page.getByRole('button', { name: 'Start' }).click();
      const choose = page.getByRole('form', { name: 'What do you want to do?' });
      await choose.getByRole('radio', { name: /Reconnect the same/ }).check();
      await check('Change or reset connection, choose');
      await choose.getByRole('button', { name: 'Continue' }).click();
    });

    test('step 1, disconnect, and its popup', async () => {
      await expect(page.getByRole('heading', { level: 2, name: 'Step 1 of 3: Disconnect' })).toBeVisible();
      await check('Change or reset connection, step 1');
      await stepCard(page).getByRole('button', { name: 'Disconnect' }).click();
      const popup = page.getByRole('dialog', { name: 'Disconnect WooPayments?' });
      await expect(popup.getByRole('button', { name: 'Stay connected' })).toBeFocused();
      await checkDialog('disconnect popup (WooPayments): warning');
      await popup.getByRole('button', { name: 'Disconnect' }).click();
      await expect(page.getByRole('dialog', { name: 'Disconnected' }).getByRole('button', { name: 'No thank you' })).toBeVisible();
      await checkDialog('disconnect popup (WooPayments): disconnected');
      await page.getByRole('dialog').getByRole('button', { name: 'No thank you' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });

    test('step 2, connect again', async () => {
      await expect(page.getByRole('heading', { level: 2, name: 'Step 2 of 3: Connect again' })).toBeVisible();
      await check('Change or reset connection, step 2');
      await stepCard(page).getByRole('button', { name: 'Finish setup' }).click();
      await page.getByRole('button', { name: 'Approve' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Step 3 of 3: Check the result' })).toBeVisible();
    });

    test('step 3, check the result', async () => {
      await check('Change or reset connection, step 3');
      await stepCard(page).getByRole('button', { name: 'Done' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
      await expect(paymentsOff(page)).toHaveCount(0);
      await check('Overview, after the change');
    });
  });

  test.describe(`${name}: the owner's dialogs`, () => {
    test('transfer ownership', async () => {
      operator(backend, 'add-user', '--login', 'sam', '--name', 'Sam Rivera', '--role', 'administrator', '--wpcom', 'sam');
      await page.reload();
      await connectionCard(page).getByRole('button', { name: 'Transfer ownership' }).click();
      const dialog = page.getByRole('dialog', { name: 'Transfer ownership of the connection' });
      await expect(dialog.getByRole('radio', { name: /^Sam Rivera/ })).toBeChecked();
      await checkDialog('transfer ownership');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });

    test('go live', async () => {
      operator(backend, 'set-environment', 'staging');
      await page.reload();
      await expect(page.getByRole('region', { name: 'Test mode' })).toBeVisible();
      await check('Overview, a staging site in test mode');
      operator(backend, 'set-environment', 'production');
      await page.reload();
      await page.getByRole('region', { name: 'Test mode' }).getByRole('button', { name: 'Go live' }).click();
      const dialog = page.getByRole('dialog', { name: 'Take real payments on this store?' });
      await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await checkDialog('go live');
      await dialog.getByRole('button', { name: 'Yes, go live' }).click();
      await expect(page.getByRole('region', { name: 'Test mode' })).toHaveCount(0);
    });
  });

  test.describe(`${name}: Jetpack, and its disconnect popup`, () => {
    test('Plugins, and the delete-Jetpack confirmation', async () => {
      await openFromMenu(page, 'Plugins');
      await page.getByRole('button', { name: 'Install' }).click();
      await page.getByRole('button', { name: 'Delete' }).click();
      await expect(page.getByRole('dialog', { name: 'Delete Jetpack?' }).getByRole('button', { name: 'Cancel' })).toBeFocused();
      await checkDialog('the delete-Jetpack confirmation');
      await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'Activate' }).click();
      await expect(page.getByRole('button', { name: 'Deactivate' })).toBeVisible();
      await check('Plugins, Jetpack active');
    });

    test('the disconnect popup, step by step', async () => {
      await openFromMenu(page, 'Jetpack');
      await page.getByRole('button', { name: 'Disconnect' }).click();
      await expect(page.getByRole('dialog', { name: 'Disconnect Jetpack?' }).getByRole('button', { name: 'Stay connected' })).toBeFocused();
      await checkDialog('disconnect popup: warning');
      await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
      await expect(page.getByRole('dialog', { name: 'Disconnected' }).getByRole('button', { name: 'No thank you' })).toBeVisible();
      await checkDialog('disconnect popup: confirmation');
      await page.getByRole('dialog').getByRole('button', { name: 'Help us improve' }).click();
      const survey = page.getByRole('dialog', { name: 'Why did you disconnect?' });
      await survey.getByRole('checkbox', { name: 'I am removing Jetpack' }).check();
      await survey.getByLabel('Anything else? (optional)').fill('Moving the store to a new owner.');
      await checkDialog('disconnect popup: survey');
      await survey.getByRole('button', { name: 'Submit' }).click();
      await expect(page.getByRole('dialog', { name: 'Thank you' })).toBeVisible();
      await checkDialog('disconnect popup: thanks');
      await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });

    test('payments off, then connected again', async () => {
      await openFromMenu(page, 'Overview', 'Payments');
      await expect(paymentsOff(page)).toContainText('disconnected from WordPress.com');
      await check('Overview, payments off');
      await page.goto(WPCOM_PROFILE_PAGE);
      await page.getByRole('button', { name: 'Log Out' }).click();
      await page.goto('/connect');
      await check('Finish setup, disconnected');
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      await logInToWpcom(page, 'daisy');
      await page.getByRole('button', { name: 'Approve' }).click();
      await expect(connectionCard(page)).toContainText('Connected to WordPress.com as Daisy Baker (daisy)');
    });
  });

  test.describe(`${name}: broken, and read-only`, () => {
    test('broken by a restore from backup', async () => {
      operator(backend, 'restore-backup');
      await page.reload();
      await expect(connectionCard(page)).toContainText('The connection to WordPress.com is broken');
      await check('Overview, connection broken');
      await paymentsOff(page).getByRole('link', { name: 'Reset the connection' }).click();
      await expect(page.getByRole('heading', { name: 'Reset the connection' })).toBeVisible();
      await check('Finish setup, reset');
    });

    test('opted out', async () => {
      operator(backend, 'support-unlink');
      await page.goto('/');
      await expect(page.getByRole('region', { name: 'WooPayments is read-only' })).toBeVisible();
      await check('Overview, read-only');
      await openFromMenu(page, 'Account');
      await check('Account, read-only');
    });
  });

  return { page: () => page, backend: () => backend };
}

module.exports = { walkEveryScreen, stepCard };
