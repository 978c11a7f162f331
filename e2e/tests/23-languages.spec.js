// Issue 18, languages: flow 1 (Payments -> Finish setup -> Connect -> WordPress.com -> Stripe ->
// connected) and the disconnect popup (Jetpack -> Disconnect -> the red Disconnect -> No thank
// you), then the Support screen (whose contacts the backend sends in English), walked in German,
// in the long pseudo-locale (accented, about 35% longer) and in the right-to-left one, each
// chosen the way an owner would: the browser's language (German), the language switch's cookie
// (the pseudo-locales). At every stop nothing English shows but names and ids
// (support/languages.js), nothing overflows at a desktop's width nor a phone's (360 px), and axe
// finds nothing. The simulated WordPress.com and Stripe pages are other sites: they stay
// English. Then the switch itself, `?locale=`, and a translation file that cannot be used.
const { test, expect } = require('../support/fixtures');
const { signIn, screenshot, loginLink } = require('../support/panel');
const { expectNoAxeViolations } = require('../support/axe');
const { catalog, chooseByCookie, expectNoEnglish, expectNothingOverflows } = require('../support/languages');

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

/**
 * What a stop may show as it is, untranslated: names from outside the catalog (the owner's
 * WordPress.com account; the plugins' names in the Plugins table, as WordPress shows them).
 */
const NAMES = ['Daisy Baker', 'daisy', 'WooPayments', 'Jetpack'];

/**
 * The locales walked, how each is chosen and its screenshots (for the README): German by the
 * browser's language, the pseudo-locales by the switch's cookie.
 */
const WALKS = [
  { locale: 'de_DE', browserLocale: 'de-DE', lang: 'de-DE', dir: 'ltr', shots: { connected: 'de-overview-connected', popupPhone: 'de-phone-disconnect-warning' } },
  { locale: 'en_XA', cookie: true, lang: 'en-XA', dir: 'ltr', pseudo: true, shots: { connected: 'pseudo-long-overview-connected' } },
  { locale: 'ar_XB', cookie: true, lang: 'ar-XB', dir: 'rtl', pseudo: true, shots: { connected: 'rtl-overview-connected', popup: 'rtl-disconnect-warning' } },
];

for (const walk of WALKS) {
  test.describe(`in ${walk.locale}`, () => {
    if (walk.browserLocale) test.use({ locale: walk.browserLocale });

    test(`flow 1 and the disconnect popup, in ${walk.locale}`, async ({ page, backend }) => {
      const language = catalog(walk.locale);
      const { t, f } = language;
      await page.setViewportSize(DESKTOP);

      /** The checks of every stop, at a desktop's width, then a phone's, then the desktop's again. */
      async function check(stop, { shot, phoneShot } = {}) {
        await expectNoEnglish(page, language, stop, { pseudo: walk.pseudo, allowed });
        await expectNothingOverflows(page, `${stop} in ${walk.locale} at ${DESKTOP.width} px`);
        await expectNoAxeViolations(page, `${stop} in ${walk.locale}`);
        if (shot) await screenshot(page, shot);
        await page.setViewportSize(PHONE);
        await expectNothingOverflows(page, `${stop} in ${walk.locale} at ${PHONE.width} px`);
        if (phoneShot) await screenshot(page, phoneShot);
        await page.setViewportSize(DESKTOP);
      }

      if (walk.cookie) await chooseByCookie(page.context(), backend.url, walk.locale);
      await signIn(page, backend);
      const allowed = [...NAMES, ...(await siteNames(page))];
      const menu = page.getByRole('navigation', { name: t('Admin menu') });
      await expect(page.getByRole('heading', { level: 1, name: t('Payments') })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', walk.lang);
      await expect(page.locator('.wcpay-root, [dir]').first()).toHaveAttribute('dir', walk.dir);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('#wcpay-main') || document.body).direction)).toBe(walk.dir);
      await check('Overview, not connected');

      // Flow 1: Payments -> Finish setup -> Connect.
      await page.getByRole('link', { name: t('Finish setup') }).first().click();
      await expect(page.getByRole('heading', { level: 1, name: t('Finish setup') })).toBeVisible();
      await check('Finish setup');
      await page.getByRole('button', { name: t('Connect'), exact: true }).click();

      // WordPress.com and Stripe are other sites, in their own (English) words.
      await expect(page.getByRole('heading', { level: 1, name: 'Log in to WordPress.com' })).toBeVisible();
      await page.getByLabel('Username', { exact: true }).fill('daisy');
      await page.getByRole('button', { name: 'Log In' }).click();
      await page.getByRole('button', { name: 'Approve' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Verify your business with Stripe' })).toBeVisible();
      await page.getByRole('button', { name: 'Verify and create account' }).click();

      // Back in the panel, in the owner's language: connected.
      const connection = page.getByRole('region', { name: t('WordPress.com connection') });
      await expect(connection).toContainText(f('Connected to WordPress.com as %s', 'Daisy Baker (daisy)'));
      await expect(page.getByRole('region', { name: t('Payments are off') })).toHaveCount(0);
      await check('Overview, connected', { shot: walk.shots.connected });

      // The disconnect popup: Jetpack installed and active shares the connection; its Disconnect
      // warns, the red Disconnect disconnects, No thank you closes.
      await menu.getByRole('link', { name: t('Plugins') }).click();
      await expect(page.getByRole('heading', { level: 1, name: t('Plugins') })).toBeVisible();
      await page.getByRole('button', { name: t('Install'), exact: true }).click();
      await page.getByRole('button', { name: t('Activate'), exact: true }).click();
      await expect(page.getByRole('cell', { name: t('Active'), exact: true })).toBeVisible();
      await check('Plugins, Jetpack active');
      await menu.getByRole('link', { name: t('Jetpack'), exact: true }).click();
      const jetpackCard = page.getByRole('region', { name: t('Jetpack connection') });
      await expect(jetpackCard).toContainText(f('Connected to WordPress.com as %s', 'Daisy Baker (daisy)'));
      await check('Jetpack, connected');

      await jetpackCard.getByRole('button', { name: t('Disconnect'), exact: true }).click();
      const popup = page.getByRole('dialog', { name: f('Disconnect %s?', t('Jetpack')) });
      await expect(popup).toContainText(t('WooPayments will be unable to take payments until reconnected to WordPress.com.'));
      await check('the disconnect warning', { shot: walk.shots.popup, phoneShot: walk.shots.popupPhone });
      await popup.getByRole('button', { name: t('Disconnect'), exact: true }).click();
      const confirmation = page.getByRole('dialog', { name: t('Disconnected') });
      await expect(confirmation).toContainText(t('Jetpack and WooPayments are now disconnected from WordPress.com.'));
      await check('the disconnect confirmation');
      await confirmation.getByRole('button', { name: t('No thank you'), exact: true }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(jetpackCard).toContainText(t('Jetpack is active but not connected to WordPress.com.'));
      await check('Jetpack, disconnected');

      // Support: the backend sends its contacts in English; the panel shows them translated.
      await menu.getByRole('link', { name: t('Support'), exact: true }).click();
      await expect(page.getByRole('heading', { level: 2, name: t('WooCommerce support') })).toBeVisible();
      await expect(page.getByRole('main')).toContainText(t('Why a deposit has not been received'));
      await check('Support');
    });
  });
}

/** The store's own names (the site's title), which the panel shows as they are. */
async function siteNames(page) {
  const response = await page.request.get('/api/v1/status');
  expect(response.ok(), 'the status, for the store\'s name').toBe(true);
  return [(await response.json()).site.name];
}

test('the language switch remembers German; ?locale= names a language for one page', async ({ page, backend }) => {
  const german = catalog('de_DE');
  await signIn(page, backend);
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await page.getByLabel('Language').selectOption({ label: 'Deutsch' });
  await expect(page.getByRole('heading', { level: 1, name: german.t('Payments') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
  await expect(page.getByLabel(german.t('Language'))).toHaveValue('de_DE');

  // A reload, as the owner comes back the next day: still German.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: german.t('Payments') })).toBeVisible();

  // ?locale= wins over the cookie for that page only.
  const rtl = catalog('ar_XB');
  await page.goto('/?locale=ar_XB');
  await expect(page.getByRole('heading', { level: 1, name: rtl.t('Payments') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: german.t('Payments') })).toBeVisible();

  // Back to English by the switch.
  await page.getByLabel(german.t('Language')).selectOption({ label: 'English' });
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
});

for (const [fault, answer] of [
  ['is missing (404)', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' })],
  ['is broken JSON', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"locale_data": {"messages": ' })],
]) {
  test(`a translation file that ${fault} gives English and a console notice, never a blank page`, async ({ page, backend }) => {
    const warnings = [];
    page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    await page.route('**/languages/payments-panel-de_DE.json', answer);
    await chooseByCookie(page.context(), backend.url, 'de_DE');
    await signIn(page, backend);
    await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'WordPress.com connection' })).toContainText('Not connected to WordPress.com');
    await expect.poll(() => warnings.find((text) => text.includes('de_DE translations'))).toContain('showing English');
    await expect(page.locator('.wcpay-root, [dir]').first()).toHaveAttribute('dir', 'ltr');
  });
}

test('before the app arrives, and when its code cannot load, the page speaks German too', async ({ page, backend }) => {
  const german = catalog('de_DE');
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.abort(); });
  await chooseByCookie(page.context(), backend.url, 'de_DE');
  await page.goto(loginLink(backend), { waitUntil: 'domcontentloaded' });
  const boot = page.locator('[data-wcpay-boot]');
  await expect(boot.getByRole('heading', { level: 1, name: german.t('Payments') })).toBeVisible();
  await expect(boot.getByRole('navigation', { name: german.t('Admin menu') })).toBeVisible();
  await expect(boot.getByRole('status')).toHaveText(german.t('Loading the payments panel…'));
  await expect(boot).not.toHaveAttribute('lang', 'en');
  release();
  const failed = boot.getByRole('alert');
  await expect(failed).toContainText(german.t('The payments panel could not be loaded.'));
  await expect(failed.getByRole('button', { name: german.t('Reload') })).toBeFocused();
  await expectNoEnglish(page, german, 'the boot frame, failed');
  await expectNoAxeViolations(page, 'the boot frame in German, failed');
});
