// The main flows in Firefox ESR too. Playwright drives only its own Firefox build, so this
// spec drives Debian's firefox-esr through geckodriver (WebDriver, selenium-webdriver), on a
// backend of its own: flow 1 (first connection) and flow 2 (change the connected account
// without keeping Jetpack), word for word, as in 2-change-account.spec.js.
const { execFileSync } = require('child_process');
const { Builder, By, until } = require('selenium-webdriver');
const firefox = require('selenium-webdriver/firefox');
const { test, expect } = require('../support/fixtures');

const WAIT = 15_000;

/** geckodriver from crates.io (scripts/setup.sh installs it), on PATH. */
function geckodriver() {
  return execFileSync('sh', ['-c', 'command -v geckodriver']).toString().trim();
}

/** Waits until an element with exactly `text` (a button or a link) is there, and returns it. */
async function control(driver, text) {
  const xpath = `//*[self::button or self::a][normalize-space(.)=${JSON.stringify(text)}]`;
  return driver.wait(until.elementLocated(By.xpath(xpath)), WAIT, `no control named "${text}"`);
}

async function click(driver, text, within = '') {
  const xpath = `${within}//*[self::button or self::a][normalize-space(.)=${JSON.stringify(text)}]`;
  const element = await driver.wait(until.elementLocated(By.xpath(xpath)), WAIT, `no control named "${text}"`);
  await driver.wait(until.elementIsEnabled(element), WAIT, `"${text}" stays disabled`);
  await element.click();
}

async function seeText(driver, text) {
  await driver.wait(async () => (await driver.findElement(By.css('body')).getText()).includes(text), WAIT, `never saw "${text}"`);
}

async function logInAtWpcom(driver, username) {
  const field = await driver.wait(until.elementLocated(By.id('log-in-username')), WAIT);
  await field.sendKeys(username);
  await click(driver, 'Log In');
  await click(driver, 'Approve');
}

test('Firefox ESR: flow 1, then flow 2 word for word', async ({ backend }) => {
  test.setTimeout(120_000);
  const options = new firefox.Options().addArguments('-headless').setBinary('/usr/bin/firefox-esr');
  const driver = await new Builder()
    .forBrowser('firefox')
    .setFirefoxOptions(options)
    .setFirefoxService(new firefox.ServiceBuilder(geckodriver()))
    .build();
  try {
    await driver.get(backend.loginLink());
    // Flow 1: Finish setup -> Connect -> WordPress.com -> Approve -> verify with Stripe.
    await click(driver, 'Finish setup');
    await click(driver, 'Connect');
    await logInAtWpcom(driver, 'daisy');
    await click(driver, 'Verify and create account');
    await seeText(driver, 'Connected to WordPress.com as Daisy Baker (daisy)');
    const accountId = await (await driver.wait(until.elementLocated(By.css('.wcpay-account-id')), WAIT)).getText();
    expect(accountId).toMatch(/^acct_/);

    // Flow 2: install and activate Jetpack, disconnect it through the warning popup.
    await click(driver, 'Plugins');
    await click(driver, 'Install');
    await click(driver, 'Activate');
    await control(driver, 'Deactivate');
    await click(driver, 'Jetpack', "//nav[@aria-label='Admin menu']");
    await click(driver, 'Disconnect');
    const dialog = "//*[@role='dialog']";
    await driver.wait(until.elementLocated(By.xpath(dialog)), WAIT);
    await seeText(driver, 'WooPayments will be unable to take payments until reconnected to WordPress.com.');
    await click(driver, 'Disconnect', dialog);
    await seeText(driver, 'Jetpack and WooPayments are now disconnected from WordPress.com.');
    await click(driver, 'No thank you', dialog);
    await driver.wait(async () => (await driver.findElements(By.xpath(dialog))).length === 0, WAIT, 'the popup stays open');

    // Plugins > Installed Plugins: deactivate and delete Jetpack.
    await click(driver, 'Plugins', "//nav[@aria-label='Admin menu']");
    await click(driver, 'Deactivate');
    await click(driver, 'Delete');
    await click(driver, 'Delete', dialog);
    await seeText(driver, 'Not installed');

    // The WordPress.com profile page: Log Out. Back in the admin: Payments -> Finish setup.
    await driver.get(`${backend.url}/wpcom/me`);
    await click(driver, 'Log Out');
    await driver.get(`${backend.url}/`);
    await seeText(driver, 'WooPayments cannot take payments');
    await click(driver, 'Finish setup');
    await click(driver, 'Connect');
    await logInAtWpcom(driver, 'sam');

    // The same Express account, payments on, with no other step.
    await seeText(driver, 'Connected to WordPress.com as Sam Rivera (sam)');
    expect(await (await driver.wait(until.elementLocated(By.css('.wcpay-account-id')), WAIT)).getText()).toBe(accountId);
    expect(await driver.findElements(By.id('wcpay-payments-off'))).toHaveLength(0);
  } finally {
    await driver.quit();
  }
});
