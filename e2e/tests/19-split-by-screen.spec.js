// The release bundle split by screen (src/screen_chunks.rs, scripts/split_wasm.py): the Overview
// needs only the main module; every other screen's code is a chunk, fetched ahead while the
// browser is idle once the Overview shows its panels, so a later click fetches nothing; a chunk
// that cannot be fetched ends in the usual clear message with Try again, which fetches it again.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('../support/fixtures');
const { signIn, menu, openScreen, connectionCard, screenshot } = require('../support/panel');

/** The chunks of the bundle (every wasm but the main module's `_bg.wasm`). */
function chunks() {
  return fs.readdirSync(process.env.DIST_DIR).filter((name) => name.endsWith('.wasm') && !name.endsWith('_bg.wasm'));
}

/** The chunk holding the Transactions screen. */
const TRANSACTIONS_CHUNK = /\/split_transactions_screen-[0-9a-f]{16}\.wasm$/;

/** The wasm files the page has fetched so far, by name. */
const fetchedWasm = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((entry) => new URL(entry.name).pathname.slice(1)).filter((name) => name.endsWith('.wasm')));

test('the bundle is split: a chunk per screen besides the Overview', () => {
  const names = chunks();
  for (const screen of ['connect', 'change', 'transactions', 'deposits', 'disputes', 'account', 'support', 'jetpack', 'plugins']) {
    expect(names.some((name) => name.startsWith(`split_${screen}_screen-`)), `a chunk for ${screen}: ${names}`).toBe(true);
  }
});

test('the Overview needs only the main module; the rest is fetched ahead, so Transactions fetches no wasm', async ({ page, backend }) => {
  const wasmRequests = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.wasm')) wasmRequests.push(new URL(request.url()).pathname.slice(1));
  });
  await signIn(page, backend);
  await expect(connectionCard(page)).toContainText('Not connected to WordPress.com');
  expect(wasmRequests[0]).toMatch(/_bg\.wasm$/);
  // Once idle, every chunk arrives (in the background, not before the Overview's panels).
  const all = chunks().length;
  await page.waitForFunction((count) => performance.getEntriesByType('resource')
    .filter((entry) => /\.wasm$/.test(entry.name) && !/_bg\.wasm$/.test(entry.name)).length >= count, all);
  expect((await fetchedWasm(page)).sort()).toEqual([...chunks(), wasmRequests[0]].sort());

  const before = wasmRequests.length;
  await openScreen(page, 'Transactions');
  await expect(page.getByRole('table')).toBeVisible();
  expect(wasmRequests.slice(before)).toEqual([]);
});

test('a screen opened by its address loads its chunk and shows', async ({ page, backend }) => {
  await signIn(page, backend);
  await expect(connectionCard(page)).toBeVisible();
  await page.goto('/plugins');
  await expect(page.getByRole('heading', { level: 1, name: 'Plugins' })).toBeVisible();
  expect((await fetchedWasm(page)).some((name) => name.startsWith('split_plugins_screen-'))).toBe(true);
});

for (const [fault, spoil] of [
  ['cannot be fetched (offline, refused)', (route) => route.abort('internetdisconnected')],
  ['is not found (404)', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' })],
  ['is not WebAssembly (a proxy mangled it)', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' })],
]) {
  test(`a screen whose chunk ${fault}: the usual message with Try again, which fetches it again`, async ({ page, backend }) => {
    let spoiled = 0;
    await page.route(TRANSACTIONS_CHUNK, (route) => { spoiled += 1; return spoil(route); });
    await signIn(page, backend);
    await expect(connectionCard(page)).toBeVisible();
    await menu(page).getByRole('link', { name: /^Transactions/ }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This screen could not be loaded.');
    await expect(alert).toContainText('did not arrive');
    // The rest of the panel still works: the menu leads to another screen and back.
    await openScreen(page, 'Overview', 'Payments');
    await expect(connectionCard(page)).toBeVisible();
    await menu(page).getByRole('link', { name: /^Transactions/ }).click();
    await expect(page.getByRole('alert')).toContainText('This screen could not be loaded.');
    if (fault.startsWith('cannot')) await screenshot(page, 'fault-screen-chunk');

    await page.unroute(TRANSACTIONS_CHUNK);
    const attempts = spoiled;
    await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Transactions' })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(attempts).toBeGreaterThanOrEqual(2);
  });
}
