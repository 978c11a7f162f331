// The panel at home in a real WordPress admin: Debian's WordPress 6.1 with MariaDB
// (support/wordpress.js), the plugin zip of `make wordpress-plugin` (WP_PLUGIN_ZIP, set by
// scripts/test.sh) uploaded and activated on wp-admin's Plugins screen, then flows 1 and 2 walked
// in wp-admin with every API request going through /wp-json/ (the browser never reaches the
// backend), WordPress's capability and nonce checks, axe on the embedded screens, the panel in
// the profile's language (German), and the typed error when the backend is down. One site and
// one backend for the whole file, in order.
const { test, expect } = require('../support/fixtures');
const { startBackend } = require('../support/backend');
const { startWordPress, logIn, USERS } = require('../support/wordpress');
const { failOnCrash, screenshot } = require('../support/panel');
const { atRest, axeViolations } = require('../support/axe');
const { catalog, expectNoEnglish } = require('../support/languages');

test.describe.configure({ mode: 'serial' });

let backend;
let wordpress;
/** Every URL the browser asked for, across the file's tests. */
const requested = [];

test.beforeAll(async () => {
  if (!process.env.WP_PLUGIN_ZIP) throw new Error('Run the end-to-end tests through `make test` (WP_PLUGIN_ZIP is unset).');
  backend = await startBackend('wordpress');
  wordpress = await startWordPress(backend);
});

test.afterAll(async () => {
  if (wordpress) {
    const problems = wordpress.problems();
    await wordpress.stop();
    expect(problems, problems.join('\n')).toEqual([]);
  }
  if (backend) await backend.stop();
  // The panel's calls went through WordPress only.
  expect(requested.filter((url) => url.startsWith(backend.url))).toEqual([]); // (the standalone comparison uses a browser of its own)
  expect(requested.filter((url) => url.includes('/wp-json/payments-panel/v1/')).length).toBeGreaterThan(5);
});

test.beforeEach(async ({ page }) => {
  failOnCrash(page);
  page.on('request', (request) => requested.push(request.url()));
});

/** WordPress's admin menu (the left column). */
const wpMenu = (page) => page.locator('#adminmenu');
/** The Payments entry of WordPress's menu and its submenu. */
const paymentsMenu = (page) => page.locator('#toplevel_page_payments-panel');
/** The panel inside the wp-admin page. */
const panel = (page) => page.locator('#payments-panel .wcpay-panel');

/** Opens an entry of the Payments submenu in WordPress's menu and waits for the screen's title. */
async function openFromWpMenu(page, entry, title) {
  await paymentsMenu(page).locator('.wp-submenu a').filter({ hasText: new RegExp(`^${entry}`) }).click();
  await expect(panel(page).getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Asserts axe finds nothing in the panel's part of the page (WordPress's own admin is not ours to fix). */
async function expectPanelAxeClean(page, screen) {
  await atRest(page);
  const found = await axeViolations(page, { context: '#payments-panel' });
  if (found.length > 0) console.log(`axe violations on ${screen}:\n  ${found.join('\n  ')}`);
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

/** On the simulated WordPress.com pages (through the site): logs in as `login` and approves. */
async function approveOnWpcom(page, login) {
  await expect(page.getByRole('heading', { level: 1, name: 'Log in to WordPress.com' })).toBeVisible();
  await page.getByLabel('Username', { exact: true }).fill(login);
  await page.getByRole('button', { name: 'Log In' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connect your site to WordPress.com' })).toBeVisible();
  await page.getByRole('button', { name: 'Approve' }).click();
}

test('the administrator uploads and activates the plugin zip; Payments shows the panel inside wp-admin', async ({ page }) => {
  await logIn(page, wordpress, USERS.admin);
  await page.goto(`${wordpress.url}/wp-admin/plugin-install.php?tab=upload`);
  await page.locator('#pluginzip').setInputFiles(process.env.WP_PLUGIN_ZIP);
  await page.getByRole('button', { name: 'Install Now' }).click();
  await expect(page.getByText('Plugin installed successfully.')).toBeVisible();
  await page.getByRole('link', { name: 'Activate Plugin' }).click();
  await expect(page.locator('#message')).toContainText('Plugin activated.');

  await paymentsMenu(page).locator('> a').click();
  await expect(page).toHaveURL(/\/wp-admin\/admin\.php\?page=payments-panel$/);
  await expect(panel(page).getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(panel(page).getByRole('region', { name: 'WordPress.com connection' })).toContainText('Not connected');
  // WordPress draws the menu: the panel's own is left out, and the submenu lists the screens.
  await expect(page.getByRole('navigation', { name: 'Admin menu' })).toHaveCount(0);
  await expect(paymentsMenu(page).locator('.wp-submenu a')).toHaveText([
    'Overview', 'Transactions', 'Deposits', 'Disputes', 'Account', 'Change or reset connection', 'Support',
    'Jetpack (simulated)', 'Plugins (simulated)',
  ]);
  await expect(paymentsMenu(page).locator('.wp-submenu li.current a')).toHaveText('Overview');

  // WordPress's admin styles are around the panel and unchanged by it...
  await expect(page.locator('#wpadminbar')).toHaveCSS('background-color', 'rgb(29, 35, 39)');
  await expect(page.locator('#adminmenuback')).toHaveCSS('width', '160px');
  await expect(page.locator('#wpbody-content > .wrap')).toHaveCSS('margin-left', '2px');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(240, 240, 241)');
  // ...and WordPress's do not reach into the panel: its title, buttons and links are its own.
  await expect(panel(page).getByRole('heading', { level: 1, name: 'Payments' })).toHaveCSS('font-size', '23px');
  const finishSetup = panel(page).getByRole('link', { name: 'Finish setup' }).first();
  await expect(finishSetup).toHaveCSS('background-color', 'rgb(34, 113, 177)');
  await expect(finishSetup).toHaveCSS('color', 'rgb(255, 255, 255)');
  await screenshot(page, 'wp-admin-overview');
  await expectPanelAxeClean(page, 'wp-admin Overview');
});

/** What each element of the panel's screen looks like: the computed styles CSS from outside could change. */
function screenStyles(page) {
  return page.locator('.wcpay-admin__content').evaluate((content) => {
    const properties = ['font-size', 'line-height', 'font-weight', 'font-family', 'color', 'background-color',
      'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom',
      'padding-left', 'border-top-width', 'border-top-color', 'list-style-type', 'text-decoration-line', 'box-shadow',
      'border-radius', 'text-transform', 'vertical-align'];
    // The language switch is the standalone page's own (in wp-admin the profile says the language).
    const elements = [...content.querySelectorAll('*')].filter((element) => !element.closest('.wcpay-language'));
    return elements.map((element, index) => {
      const style = getComputedStyle(element);
      const name = `${index} ${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
      return `${name} ${properties.map((property) => `${property}:${style.getPropertyValue(property)}`).join(' ')}`;
    });
  });
}

test('WordPress\'s admin CSS changes nothing inside the panel: each screen looks as it does standalone', async ({ page, browser }) => {
  // The same store in the backend's own standalone page (a browser of its own, signed in there).
  const standalone = await browser.newContext();
  const own = await standalone.newPage();
  await own.goto(backend.loginLink());
  await logIn(page, wordpress, USERS.admin);
  const screens = [['', '/'], ['-connect', '/connect'], ['-transactions', '/transactions'], ['-account', '/account'],
    ['-change', '/change'], ['-support', '/support'], ['-plugins', '/plugins']];
  for (const [slug, path] of screens) {
    await page.goto(`${wordpress.url}/wp-admin/admin.php?page=payments-panel${slug}`);
    await own.goto(`${backend.url}${path}`);
    for (const side of [page, own]) {
      await expect(side.locator('.wcpay-admin__content h1')).toBeVisible();
      await atRest(side);
    }
    const [inWordPress, alone] = [await screenStyles(page), await screenStyles(own)];
    expect(inWordPress.length, path).toBe(alone.length);
    const differences = inWordPress.flatMap((line, index) => {
      const theirs = new Set(alone[index].split(' '));
      const changed = line.split(' ').filter((part) => !theirs.has(part));
      return changed.length === 0 ? [] : [`${line.split(' ').slice(0, 2).join(' ')}: ${changed.join(' ')} (standalone: ${alone[index].split(' ').filter((part) => !new Set(line.split(' ')).has(part)).join(' ')})`];
    });
    expect(differences, `${path}:\n${differences.join('\n')}`).toEqual([]);
  }
  await standalone.close();
});

test('flow 1 in wp-admin: Payments > Finish setup > Connect > WordPress.com > Stripe > connected', async ({ page }) => {
  await logIn(page, wordpress, USERS.admin);
  await page.goto(`${wordpress.url}/wp-admin/admin.php?page=payments-panel`);
  await panel(page).getByRole('link', { name: 'Finish setup' }).first().click();
  await expect(page).toHaveURL(/admin\.php\?page=payments-panel-connect$/);
  await expect(panel(page).getByRole('heading', { level: 1, name: 'Finish setup' })).toBeVisible();
  await expect(paymentsMenu(page).locator('.wp-submenu li.current a')).toHaveText('Overview');
  await expectPanelAxeClean(page, 'wp-admin Finish setup');
  await panel(page).getByRole('button', { name: 'Connect', exact: true }).click();
  await approveOnWpcom(page, 'daisy');
  await expect(page.getByRole('heading', { level: 1, name: 'Verify your business with Stripe' })).toBeVisible();
  await page.getByRole('button', { name: 'Verify and create account' }).click();

  await expect(page).toHaveURL(/admin\.php\?page=payments-panel$/);
  await expect(panel(page).getByRole('region', { name: 'WordPress.com connection' }))
    .toContainText('Connected to WordPress.com as Daisy Baker (daisy)');
  await expect(panel(page).getByRole('region', { name: 'Payments are off' })).toHaveCount(0);
  await expect(panel(page).locator('.wcpay-account-id').first()).toHaveText(/^acct_[A-Za-z0-9]{16}$/);
  await screenshot(page, 'wp-admin-connected');
  await expectPanelAxeClean(page, 'wp-admin Overview, connected');

  // WordPress's menu and the panel's links lead to the same addresses.
  await openFromWpMenu(page, 'Account', 'Account');
  await expect(page).toHaveURL(/admin\.php\?page=payments-panel-account$/);
  await expectPanelAxeClean(page, 'wp-admin Account');
  await openFromWpMenu(page, 'Overview', 'Payments');
  await panel(page).getByRole('link', { name: 'See account details' }).click();
  await expect(page).toHaveURL(/admin\.php\?page=payments-panel-account$/);
  await expect(paymentsMenu(page).locator('.wp-submenu li.current a')).toHaveText('Account');
});

test('flow 2 in wp-admin: Jetpack, Disconnect, No thank you, remove Jetpack, Log Out, Finish setup as another account', async ({ page }) => {
  await logIn(page, wordpress, USERS.admin);
  await page.goto(`${wordpress.url}/wp-admin/admin.php?page=payments-panel`);
  const accountId = (await panel(page).locator('.wcpay-account-id').first().textContent()).trim();

  await openFromWpMenu(page, 'Plugins', 'Plugins');
  await panel(page).getByRole('button', { name: 'Install' }).click();
  await panel(page).getByRole('button', { name: 'Activate' }).click();
  await expect(panel(page).getByRole('cell', { name: 'Active', exact: true })).toBeVisible();
  await openFromWpMenu(page, 'Jetpack', 'Jetpack');
  await expect(panel(page).getByText('Connected to WordPress.com as Daisy Baker (daisy)')).toBeVisible();

  await panel(page).getByRole('button', { name: 'Disconnect' }).click();
  const popup = page.getByRole('dialog', { name: 'Disconnect Jetpack?' });
  await expect(popup).toContainText('WooPayments will be unable to take payments until reconnected to WordPress.com.');
  await screenshot(page, 'wp-admin-disconnect-warning');
  await expectPanelAxeClean(page, 'wp-admin disconnect warning');
  await popup.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByRole('dialog')).toContainText('Jetpack and WooPayments are now disconnected from WordPress.com.');
  await page.getByRole('dialog').getByRole('button', { name: 'No thank you' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await openFromWpMenu(page, 'Overview', 'Payments');
  await expect(panel(page).getByRole('region', { name: 'Payments are off' })).toContainText('disconnected from WordPress.com');
  await screenshot(page, 'wp-admin-payments-off');

  await openFromWpMenu(page, 'Plugins', 'Plugins');
  await panel(page).getByRole('button', { name: 'Deactivate' }).click();
  await panel(page).getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete Jetpack?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(panel(page).getByRole('cell', { name: 'Not installed' })).toBeVisible();

  // WordPress.com's profile page (simulated, reached through the site): Log Out.
  await page.goto(`${wordpress.url}/wpcom/me`);
  await expect(page.getByRole('heading', { level: 1, name: 'My Profile' })).toBeVisible();
  await page.getByRole('button', { name: 'Log Out' }).click();
  await expect(page.getByRole('main')).toContainText('You are logged out of WordPress.com.');

  await page.goto(`${wordpress.url}/wp-admin/`);
  await paymentsMenu(page).locator('> a').click();
  await panel(page).getByRole('link', { name: 'Finish setup' }).first().click();
  await expect(panel(page).getByText('You are logged out of WordPress.com.')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Connect', exact: true }).click();
  await approveOnWpcom(page, 'sam');

  await expect(page).toHaveURL(/admin\.php\?page=payments-panel/);
  await expect(panel(page).getByRole('region', { name: 'WordPress.com connection' }))
    .toContainText('Connected to WordPress.com as Sam Rivera (sam)');
  await expect(panel(page).locator('.wcpay-account-id').first()).toHaveText(accountId);
  await expect(panel(page).getByRole('region', { name: 'Payments are off' })).toHaveCount(0);
  await screenshot(page, 'wp-admin-reconnected');
});

test('a list keeps its page in the address as paged, beside WordPress\'s page', async ({ page }) => {
  backend.operator('seed-demo');
  await logIn(page, wordpress, USERS.admin);
  await page.goto(`${wordpress.url}/wp-admin/admin.php?page=payments-panel`);
  await openFromWpMenu(page, 'Transactions', 'Transactions');
  await panel(page).getByRole('button', { name: 'Next', exact: true }).first().click();
  await expect(page).toHaveURL(/admin\.php\?page=payments-panel-transactions&paged=2/);
  await page.reload();
  await expect(panel(page).getByRole('heading', { level: 1, name: 'Transactions' })).toBeVisible();
  await expect(page).toHaveURL(/paged=2/);
  await screenshot(page, 'wp-admin-transactions');
  await expectPanelAxeClean(page, 'wp-admin Transactions, page 2');
});

test('an Editor gets neither the menu nor the REST routes; a request without the nonce is refused', async ({ page, browser }) => {
  await logIn(page, wordpress, USERS.editor);
  await expect(wpMenu(page)).toBeVisible();
  await expect(paymentsMenu(page)).toHaveCount(0);
  const screen = await page.goto(`${wordpress.url}/wp-admin/admin.php?page=payments-panel`);
  expect(screen.status()).toBe(403);
  const editorNonce = await (await page.request.get(`${wordpress.url}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  expect(editorNonce).toMatch(/^[0-9a-f]{10}$/);
  const asEditor = await page.request.get(`${wordpress.url}/wp-json/payments-panel/v1/status`, { headers: { 'X-WP-Nonce': editorNonce } });
  expect(asEditor.status()).toBe(403);
  expect((await asEditor.json()).code).toBe('rest_forbidden');

  // The administrator's cookie without the nonce counts as logged out; with it, the status comes.
  const admin = await browser.newPage();
  await logIn(admin, wordpress, USERS.admin);
  const noNonce = await admin.request.get(`${wordpress.url}/wp-json/payments-panel/v1/status`);
  expect(noNonce.status()).toBe(401);
  const refused = await noNonce.json();
  expect(refused.code).toBe('rest_forbidden');
  expect(refused.message).toMatch(/not allowed/);
  const postNoNonce = await admin.request.post(`${wordpress.url}/wp-json/payments-panel/v1/jetpack/install`, { data: { expected_revision: 1 } });
  expect(postNoNonce.status()).toBe(401);
  const adminNonce = await (await admin.request.get(`${wordpress.url}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
  const withNonce = await admin.request.get(`${wordpress.url}/wp-json/payments-panel/v1/status`, { headers: { 'X-WP-Nonce': adminNonce } });
  expect(withNonce.status()).toBe(200);
  expect((await withNonce.json()).connection.state).toBe('connected');
  // The backend's own typed errors pass through unchanged (a stale revision: 409 with the state).
  const stale = await admin.request.post(`${wordpress.url}/wp-json/payments-panel/v1/jetpack/install`, {
    headers: { 'X-WP-Nonce': adminNonce }, data: { expected_revision: 1 },
  });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).code).toBe('stale_revision');
  await admin.close();
});

test('with German as the profile language the panel speaks German, from the translation the plugin ships', async ({ page }) => {
  const german = catalog('de_DE');
  wordpress.php('update_user_meta(1, "locale", "de_DE");');
  try {
    await logIn(page, wordpress, USERS.admin);
    await page.goto(`${wordpress.url}/wp-admin/admin.php?page=payments-panel`);
    const mount = page.locator('#payments-panel');
    await expect(mount).toHaveAttribute('data-locale', 'de_DE');
    await expect(mount).toHaveAttribute('data-translations-url', /\/wp-content\/plugins\/payments-panel\/languages\/payments-panel-de_DE\.json$/);
    await expect(panel(page).getByRole('heading', { level: 1, name: german.t('Payments') })).toBeVisible();
    await expect(panel(page)).toHaveAttribute('lang', 'de-DE');
    await expect(panel(page).getByRole('region', { name: german.t('WordPress.com connection') })).toBeVisible();
    // The menu the plugin adds to WordPress's speaks German too (its .mo); WordPress itself has
    // no German installed here.
    await expect(paymentsMenu(page).locator('> a')).toContainText(german.t('Payments'));
    await expect(paymentsMenu(page).locator('.wp-submenu a')).toHaveText([
      'Übersicht', 'Transaktionen', 'Auszahlungen', 'Zahlungsanfechtungen', 'Konto', 'Verbindung ändern oder zurücksetzen', 'Support',
      'Jetpack (simuliert)', 'Plugins (simuliert)',
    ]);
    await expectNoEnglish(page, german, 'wp-admin Overview');
    await expectPanelAxeClean(page, 'wp-admin Overview in German');
    await screenshot(page, 'wp-admin-german');
  } finally {
    wordpress.php('delete_user_meta(1, "locale");');
  }
});

test('with the backend down the panel explains it, as the same typed error', async ({ page }) => {
  await logIn(page, wordpress, USERS.admin);
  await backend.stop({ keepData: true });
  await page.goto(`${wordpress.url}/wp-admin/admin.php?page=payments-panel`);
  const alert = panel(page).getByRole('alert');
  await expect(alert).toContainText('The payment status could not be loaded.');
  await expect(alert).toContainText('could not reach its backend');
  await screenshot(page, 'wp-admin-backend-down');
});
