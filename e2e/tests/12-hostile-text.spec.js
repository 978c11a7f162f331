// Hostile text renders as inert text everywhere: markup, script, event-handler attributes,
// very long words and right-to-left overrides fed through the real backend (the simulated
// WordPress.com sign-up, the Stripe verification form, the site's name in the database, the
// survey, the address bar, an error message) show literally; nothing runs, no element is made.
const { execFileSync } = require('child_process');
const path = require('path');
const { test, expect } = require('../support/fixtures');
const { screenshot, openScreen, logInToWpcom } = require('../support/panel');

const RLO = '\u202E';
/** At most 100 characters: the sign-up's limit for display names. */
const NAME = `<img src=x onerror="window.__pwned=1">${RLO}Mallory<script>window.__pwned=2</script>`;
const BUSINESS = `<svg onload="window.__pwned=3"></svg>&amp; "Bob's" ${RLO}tfihS`;
const SITE = `<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>${'Ω'.repeat(10)}${'W'.repeat(400)}`;
const MESSAGE = '<img src=x onerror="window.__pwned=5">Refused <b>bold</b>';
const SURVEY = '<script>window.__pwned=6</script><img src=x onerror="window.__pwned=7"> and a very long word: ' + 'z'.repeat(300);

/** The site's name, set the way a store owner's General Settings would: in the database. */
function renameSite(backend, name) {
  const quoted = name.replace(/'/g, "''");
  execFileSync('sqlite3', [
    path.join(backend.dataDir, 'panel.sqlite3'),
    `UPDATE world SET state = json_set(state, '$.site.name', '${quoted}'), revision = revision + 1;`,
  ]);
}

/** Nothing ran and no element was made out of text. */
async function expectInert(page) {
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  const made = await page.locator('.wcpay-panel').evaluate((panel) => panel.querySelectorAll('img, script, svg, iframe, [onerror], [onload]').length);
  expect(made).toBe(0);
}

/** The page does not scroll sideways (long words wrap). */
async function expectNoSidewaysScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('hostile names, details, messages, survey text and search render as inert text', async ({ page, backend, faults }) => {
  test.setTimeout(120_000);
  renameSite(backend, SITE);
  await page.goto(faults.loginLink());
  await expect(page.locator('.wcpay-page-header__site')).toHaveText(SITE);
  await expectInert(page);
  await expectNoSidewaysScroll(page);

  // Sign up at WordPress.com with a hostile display name, verify with hostile business details.
  await page.getByRole('link', { name: 'Finish setup' }).first().click();
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log in to WordPress.com' })).toBeVisible();
  await page.getByLabel('Username (lowercase letters and digits)').fill('mallory');
  await page.getByLabel('Display name').fill(NAME);
  await page.getByRole('button', { name: 'Create Account' }).click();
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.getByLabel('Business name').fill(BUSINESS);
  await page.getByLabel('Full name', { exact: true }).fill(NAME);
  await page.getByRole('button', { name: 'Verify and create account' }).click();

  const connection = page.getByRole('region', { name: 'WordPress.com connection' });
  // The name is isolated (FSI ... PDI, the text form of <bdi>): its override cannot reorder "(mallory)".
  await expect(connection).toContainText(`Connected to WordPress.com as \u2068${NAME}\u2069 (mallory)`);
  await expect(page.getByRole('region', { name: 'WordPress.com account in this browser' })).toContainText(NAME);
  await expectInert(page);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'hostile-text-overview');

  await openScreen(page, 'Account');
  await expect(page.locator('.wcpay-facts')).toContainText(BUSINESS);
  await expect(page.locator('.wcpay-facts')).toContainText(NAME);
  await expectInert(page);

  // An error message from the backend, shown as text.
  await openScreen(page, 'Plugins');
  faults.fault('POST /api/v1/jetpack/install', { kind: 'status4xxJson', message: MESSAGE });
  await page.getByRole('button', { name: 'Install' }).click();
  await expect(page.getByRole('alert')).toContainText(MESSAGE);
  await expectInert(page);

  // The survey: typed hostile text is sent as text and runs nowhere.
  await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Activate' }).click();
  await openScreen(page, 'Jetpack');
  await page.getByRole('button', { name: 'Disconnect' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Disconnect' }).click();
  await dialog.getByRole('button', { name: 'Help us improve' }).click();
  await dialog.getByLabel('Anything else? (optional)').fill(SURVEY);
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(dialog.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  await expectInert(page);

  // The address bar: a hostile search is only the search box's value.
  await page.goto(`${faults.url}/transactions?search=${encodeURIComponent(NAME)}`);
  await expect(page.getByRole('searchbox')).toHaveValue(NAME.slice(0, 100));
  await expectInert(page);
  await expectNoSidewaysScroll(page);
});
