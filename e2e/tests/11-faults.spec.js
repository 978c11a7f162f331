// The app under faults: the browser talks to the real backend through a fault-injecting proxy
// (support/fault-proxy.js), which spoils the requests each test names. Every fault must give a
// clear message in the place it concerns, with Try again where repeating helps, never a panic
// (the fixtures fail any test whose page panics), and the right state afterwards.
// docs/reliability.md ("The app under faults") lists these rows as a table.
const { test, expect } = require('../support/fixtures');
const { screenshot, openScreen, jetpackRow, connectFirstTime } = require('../support/panel');

/** The app gives up on a request after this long here (the page's data-request-timeout-ms). */
const TIMEOUT_MS = 3000;
test.use({ faultOptions: { requestTimeoutMs: TIMEOUT_MS } });

const STATUS = 'GET /api/v1/status';
const INSTALL = 'POST /api/v1/jetpack/install';
const STATUS_FAILED = 'The payment status could not be loaded.';

/** Signs in through the faults and waits for the first answer (or failure) of the status. */
async function signInThrough(page, faults) {
  await page.goto(faults.loginLink());
  await expect(page.getByRole('heading', { level: 1, name: 'Payments' })).toBeVisible();
}

const connection = (page) => page.getByRole('region', { name: 'WordPress.com connection' });

/** How many times the backend logged `kind` (e.g. `jetpack_installed`). */
async function eventCount(page, kind) {
  const answer = await page.request.get('/api/v1/events');
  expect(answer.ok()).toBe(true);
  return (await answer.json()).events.filter((event) => event.kind === kind).length;
}

// Each row: the fault on GET /status at page load, and what the Overview must say.
const STATUS_FAULTS = [
  // Chromium resends a request whose reused connection was reset, so "down" resets them all.
  { name: 'backend down', fault: { kind: 'down', times: Infinity }, says: "The store's server did not answer. Check that the site is online" },
  { name: 'timeout', fault: { kind: 'timeout' }, says: 'did not answer within 3 seconds, so the panel stopped waiting', shot: 'fault-status-timeout' },
  { name: '500 without JSON', fault: { kind: 'status500' }, says: "The store's server reported an error (HTTP 500)" },
  { name: '4xx with a JSON error', fault: { kind: 'status4xxJson', message: 'The store refused this request: the test said so.' }, says: 'The store refused this request: the test said so.' },
  { name: 'malformed JSON', fault: { kind: 'malformed' }, says: "sent an answer the panel could not read" },
  { name: 'valid JSON of the wrong shape', fault: { kind: 'wrongShape' }, says: "sent an answer the panel could not read" },
  { name: 'a missing required field', fault: { kind: 'missingField', field: 'connection.state' }, says: 'without the field `connection.state`, which the panel needs', shot: 'fault-status-missing-field' },
  { name: 'a huge body (Content-Length)', fault: { kind: 'huge' }, says: 'far larger than expected (24 MB)' },
  { name: 'a huge body (chunked)', fault: { kind: 'huge', chunked: true }, says: 'far larger than expected (24 MB)' },
];

for (const row of STATUS_FAULTS) {
  test(`status, ${row.name}: explained in place, Try again recovers`, async ({ page, faults }) => {
    faults.fault(STATUS, row.fault);
    await signInThrough(page, faults);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(STATUS_FAILED);
    await expect(alert).toContainText(row.says);
    await expect(alert).not.toContainText(/line \d+|column \d+|Error\(/);
    if (row.shot) await screenshot(page, row.shot);

    faults.clear();
    const before = faults.count(STATUS);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(connection(page)).toContainText('Not connected to WordPress.com');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(faults.count(STATUS)).toBe(before + 1);
  });
}

test('status, unknown extra fields: accepted, the panel works as usual', async ({ page, faults }) => {
  faults.fault(STATUS, { kind: 'extraField', times: Infinity });
  await signInThrough(page, faults);
  await expect(connection(page)).toContainText('Not connected to WordPress.com');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test.describe('with a longer time limit', () => {
  test.use({ faultOptions: { requestTimeoutMs: 15_000 } });

test('status, slow: a progress indicator, then that it is slow, then the status', async ({ page, faults }) => {
  faults.fault(STATUS, { kind: 'slow', ms: 5500 });
  await page.goto(faults.loginLink());
  const loading = page.locator('.wcpay-loading');
  await expect(loading).toContainText("Loading the store's payment status…");
  await expect(loading).toContainText('This is taking longer than usual', { timeout: 5000 });
  await screenshot(page, 'fault-status-slow');
  await expect(connection(page)).toContainText('Not connected to WordPress.com', { timeout: 10_000 });
  await expect(loading).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
});

test('a screen\'s own read fails alone, in its place, and Try again loads it', async ({ page, faults }) => {
  await signInThrough(page, faults);
  faults.fault('GET /api/v1/support', { kind: 'status500' });
  await openScreen(page, 'Support');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The support contacts could not be loaded.');
  await expect(alert).toContainText('HTTP 500');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'WooCommerce support' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('offline and back: a calm notice, an action fails saying so, back online refreshes and Try again works', async ({ page, context, faults }) => {
  await signInThrough(page, faults);
  await openScreen(page, 'Plugins');
  await context.setOffline(true);
  const offline = page.locator('.wcpay-notice--offline');
  await expect(offline).toContainText('You are offline.');
  await page.getByRole('button', { name: 'Install' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Jetpack could not be installed.');
  await expect(alert).toContainText('This browser is offline');
  await screenshot(page, 'fault-offline-action');

  const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/v1/status'));
  await context.setOffline(false);
  await refreshed;
  await expect(offline).toHaveCount(0);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(jetpackRow(page).getByRole('button', { name: 'Activate' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await eventCount(page, 'jetpack_installed')).toBe(1);
});

test('an action answered 500: says what failed, Try again does it once', async ({ page, faults }) => {
  await signInThrough(page, faults);
  await openScreen(page, 'Plugins');
  faults.fault(INSTALL, { kind: 'status500' });
  await page.getByRole('button', { name: 'Install' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Jetpack could not be installed.');
  await expect(alert).toContainText('HTTP 500');
  await screenshot(page, 'fault-action-500');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(jetpackRow(page).getByRole('button', { name: 'Activate' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(faults.count(INSTALL)).toBe(2);
  expect(await eventCount(page, 'jetpack_installed')).toBe(1);
});

for (const [name, fault, says] of [
  // Chromium resends a POST whose reused connection was reset: every resend is lost too (and
  // refused by the backend as stale, so the action still happens once).
  ['the answer is lost', { kind: 'lostReply', times: Infinity }, "The store's server did not answer"],
  ['it times out', { kind: 'timeout', forward: true }, 'did not answer within 3 seconds'],
]) {
  test(`an action done by the backend but ${name}: the panel refreshes, shows it done, no blind retry`, async ({ page, faults }) => {
    await signInThrough(page, faults);
    await openScreen(page, 'Plugins');
    faults.fault(INSTALL, fault);
    await page.getByRole('button', { name: 'Install' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Jetpack could not be installed.');
    await expect(alert).toContainText(says);
    await expect(jetpackRow(page).getByRole('button', { name: 'Activate' })).toBeVisible();
    await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    if (fault.times !== Infinity) expect(faults.count(INSTALL)).toBe(1);
    test.info().annotations.push({ type: 'install requests the proxy saw', description: String(faults.count(INSTALL)) });
    expect(await eventCount(page, 'jetpack_installed')).toBe(1);
  });
}

test('a double click sends one action', async ({ page, faults }) => {
  await signInThrough(page, faults);
  await openScreen(page, 'Plugins');
  faults.fault(INSTALL, { kind: 'slow', ms: 1000 });
  await page.getByRole('button', { name: 'Install' }).dblclick();
  await expect(jetpackRow(page).getByRole('button', { name: 'Activate' })).toBeVisible();
  expect(faults.count(INSTALL)).toBe(1);
  expect(await eventCount(page, 'jetpack_installed')).toBe(1);
});

test('two tabs act at once: one action happens, the other tab says the store changed and shows it', async ({ page, context, faults }) => {
  await signInThrough(page, faults);
  const other = await context.newPage();
  await other.goto(`${faults.url}/plugins`);
  await openScreen(page, 'Plugins');
  await expect(other.getByRole('button', { name: 'Install' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Install' })).toBeVisible();
  faults.fault(INSTALL, { kind: 'slow', ms: 1500, times: 2 });
  // Both clicks land within a few milliseconds (Playwright's click waits for the button to be
  // stable, and a refresh in the first tab could replace it before the second click).
  const clickInstall = (tab) => tab.evaluate(() => {
    const install = [...document.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Install');
    install.click();
  });
  await Promise.all([clickInstall(page), clickInstall(other)]);
  for (const tab of [page, other]) {
    await expect(jetpackRow(tab).getByRole('button', { name: 'Activate' })).toBeVisible();
  }
  const refused = [page, other].map((tab) => tab.getByRole('alert'));
  const notices = await Promise.all(refused.map((alert) => alert.count()));
  expect([...notices].sort()).toEqual([0, 1]);
  const loser = notices[0] === 1 ? refused[0] : refused[1];
  await expect(loser).toContainText('Nothing was done.');
  await expect(loser).toContainText('The store changed since this page last looked');
  await screenshot(notices[0] === 1 ? page : other, 'fault-two-tabs-conflict');
  expect(faults.count(INSTALL)).toBe(2);
  expect(await eventCount(page, 'jetpack_installed')).toBe(1);
});

test('an action racing a slow refresh: the older answer does not undo the newer', async ({ page, faults }) => {
  await signInThrough(page, faults);
  await openScreen(page, 'Plugins');
  faults.fault(STATUS, { kind: 'slow', ms: 2500 });
  const staleRefresh = page.waitForResponse((r) => r.url().endsWith('/api/v1/status'));
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.getByRole('button', { name: 'Install' }).click();
  await expect(jetpackRow(page).getByRole('button', { name: 'Activate' })).toBeVisible();
  await staleRefresh;
  await page.evaluate(() => new Promise((resolve) => { setTimeout(resolve, 300); }));
  await expect(jetpackRow(page).getByRole('button', { name: 'Activate' })).toBeVisible();
  await expect(jetpackRow(page).getByRole('button', { name: 'Install' })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the survey keeps what was typed when sending fails, and sends it on the next try', async ({ page, faults }) => {
  await signInThrough(page, faults);
  await connectFirstTime(page);
  await openScreen(page, 'Plugins');
  await page.getByRole('button', { name: 'Install' }).click();
  await page.getByRole('button', { name: 'Activate' }).click();
  await openScreen(page, 'Jetpack');
  await page.getByRole('button', { name: 'Disconnect' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Help us improve' }).click();
  const comment = 'Changing to the shop account.\nPlease keep the same Express account.';
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('I am changing the connected WordPress.com account').check();
  await dialog.getByLabel('Anything else? (optional)').fill(comment);

  faults.fault('POST /api/v1/disconnect-survey', { kind: 'status500' });
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(dialog.getByRole('alert')).toContainText('HTTP 500');
  await expect(dialog.getByLabel('Anything else? (optional)')).toHaveValue(comment);
  await expect(dialog.getByLabel('I am changing the connected WordPress.com account')).toBeChecked();
  await screenshot(page, 'fault-survey-kept');
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(dialog.getByRole('heading', { name: 'Thank you' })).toBeVisible();
  expect(faults.count('POST /api/v1/disconnect-survey')).toBe(2);
});
