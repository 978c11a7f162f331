// What the end-to-end tests share: signing in through a one-time login link (as a new user of
// `make serve` does), the backend's operator commands, failing on any panic or uncaught error,
// the steps several flows walk the same way, and screenshots.
const path = require('path');
const { expect } = require('@playwright/test');

// Each run's pictures go to an ignored folder; `make screenshots` copies them over the README's
// (e2e/screenshots/, tracked) when they should change.
const screenshotDir = path.join(__dirname, '..', 'latest-screenshots');

/** A fresh one-time login link from the backend's operator command, for `user` (the site's first administrator by default). */
function loginLink(backend, user) {
  return backend.loginLink(user);
}

/** Runs a backend operator command (restore-backup, support-unlink, seed-demo, ...) on the test's backend. */
function operator(backend, command, ...args) {
  return backend.operator(command, ...args);
}

/** Fails the test on an uncaught page error or a Rust panic in the console. */
function failOnCrash(page) {
  page.on('pageerror', (error) => { throw new Error(`uncaught error in the page: ${error.message}`); });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('panicked')) {
      throw new Error(`the app panicked: ${message.text()}`);
    }
  });
}

/** Signs the browser in (as the administrator `user`, the first one by default) and opens the panel. */
async function signIn(page, backend, user) {
  failOnCrash(page);
  await page.goto(loginLink(backend, user));
}

/** Saves a full-page screenshot under e2e/latest-screenshots/. */
async function screenshot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** The admin menu (Payments and its screens, Jetpack, Plugins). */
const menu = (page) => page.getByRole('navigation', { name: 'Admin menu' });

/** The Payments screens' banner shown while the store cannot take payments. */
const paymentsOff = (page) => page.getByRole('region', { name: 'Payments are off' });

/** The Overview's WordPress.com connection card. */
const connectionCard = (page) => page.getByRole('region', { name: 'WordPress.com connection' });

/** Opens Payments > Overview from the menu and waits for it. */
async function openOverview(page) {
  await menu(page).getByRole('link', { name: /^Payments/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
}

/** Opens a menu entry (Overview, Transactions, ..., Jetpack, Plugins) and waits for its title. */
async function openScreen(page, entry, title = entry) {
  await menu(page).getByRole('link', { name: new RegExp(`^${entry}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** On the simulated WordPress.com log-in page: logs in as `login` (no password in the simulation). */
async function logInToWpcom(page, login) {
  await expect(page.getByRole('heading', { level: 1, name: 'Log in to WordPress.com' })).toBeVisible();
  await page.getByLabel('Username', { exact: true }).fill(login);
  await page.getByRole('button', { name: 'Log In' }).click();
}

/**
 * Flow 1 from a fresh store, word for word: Payments -> Finish setup -> Connect -> log in as
 * `login` at WordPress.com -> Approve -> Verify and create account (Stripe) -> connected.
 * Returns the new Stripe Express account id.
 */
async function connectFirstTime(page, login = 'daisy', displayName = 'Daisy Baker') {
  await page.getByRole('link', { name: 'Finish setup' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finish setup' })).toBeVisible();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await logInToWpcom(page, login);
  await expect(page.getByRole('heading', { level: 1, name: 'Connect your site to WordPress.com' })).toBeVisible();
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verify your business with Stripe' })).toBeVisible();
  await page.getByRole('button', { name: 'Verify and create account' }).click();
  await expect(connectionCard(page)).toContainText(`Connected to WordPress.com as ${displayName} (${login})`);
  await expect(paymentsOff(page)).toHaveCount(0);
  const accountId = (await page.locator('.wcpay-account-id').first().textContent()).trim();
  expect(accountId).toMatch(/^acct_[A-Za-z0-9]{16}$/);
  return accountId;
}

/** The simulated WordPress.com profile page (wordpress.com/me in the support pages). */
const WPCOM_PROFILE_PAGE = '/wpcom/me';

/**
 * "Go to the WordPress.com profile page and click the Log Out button", as the support page says:
 * opens the profile page at its address (the support page's own link), checks who is logged
 * in, clicks Log Out and waits until WordPress.com says it is logged out. Returns nothing.
 *
 * It goes by the address, not by the panel's "Open your WordPress.com profile page" link: that
 * link does not reach the page (app bug, see 2-change-account.spec.js).
 */
async function logOutOnWpcomProfile(page, displayName, shot) {
  await page.goto(WPCOM_PROFILE_PAGE);
  await expect(page.getByRole('heading', { level: 1, name: 'My Profile' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(displayName);
  if (shot) await screenshot(page, shot);
  await page.getByRole('button', { name: 'Log Out' }).click();
  await expect(page.getByRole('main')).toContainText('You are logged out of WordPress.com.');
}

/** Plugins > Installed Plugins: Install, then Activate Jetpack. */
async function installAndActivateJetpack(page) {
  await openScreen(page, 'Plugins');
  await page.getByRole('button', { name: 'Install' }).click();
  await page.getByRole('button', { name: 'Activate' }).click();
  await expect(jetpackRow(page).getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
}

/** The Jetpack row of the Plugins table. */
const jetpackRow = (page) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Jetpack' }) });

module.exports = {
  loginLink, operator, failOnCrash, signIn, screenshot,
  menu, paymentsOff, connectionCard, openOverview, openScreen, logInToWpcom, connectFirstTime,
  installAndActivateJetpack, jetpackRow, WPCOM_PROFILE_PAGE, logOutOnWpcomProfile,
};
