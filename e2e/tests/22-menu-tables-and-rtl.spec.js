// Issue 18: at WordPress's breakpoint (782 px and below) the admin menu folds behind a toggle,
// worked by the keyboard alone; a wide table scrolls sideways in its own labelled region, which
// Tab reaches and the arrow keys scroll; and in a right-to-left language the panel mirrors (the
// menu on the right, the pagination's arrows turned round, coloured edges on the right) while
// amounts and account ids stay left to right. The test flips `dir` on the panel's root itself,
// to compare both directions on one page with the same (English) names; 23-languages.spec.js
// walks the real right-to-left locale, where the backend and the catalog set `dir`.
const path = require('path');
const { test, expect } = require('../support/fixtures');
const { signIn, operator, connectFirstTime, menu, openScreen, openOverview } = require('../support/panel');
const { tabTo } = require('../support/keyboard');
const { expectNoAxeViolations } = require('../support/axe');
const { expectNoSidewaysScroll, menuToggle, openFromMenu } = require('../support/narrow');

/** Signs in, connects (flow 1) and fills the ledger with 240 transactions. */
async function connectedWithLedger(page, backend) {
  await signIn(page, backend);
  await connectFirstTime(page);
  operator(backend, 'seed-demo', '--transactions', '240');
  await page.reload();
}

/** Whether the focus is inside the admin menu. */
const focusInMenu = (page) => page.evaluate(() => Boolean(document.activeElement?.closest('nav.wcpay-menu')));

test('at 782 px the menu folds behind a toggle, and the keyboard works it', async ({ page, backend }) => {
  await page.setViewportSize({ width: 782, height: 800 });
  await signIn(page, backend);
  const toggle = menuToggle(page);
  const transactions = menu(page).getByRole('link', { name: /^Transactions/ });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toHaveAttribute('aria-controls', 'wcpay-menu-list');
  await expect(transactions).toBeHidden();
  await expectNoAxeViolations(page, 'Overview at 782 px, menu folded');

  // Enter opens it over the screen; the first Tab goes to its first entry.
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(transactions).toBeVisible();
  await expectNoSidewaysScroll(page, 'menu open at 782 px');
  await expectNoAxeViolations(page, 'Overview at 782 px, menu open');
  await page.keyboard.press('Tab');
  await expect(menu(page).getByRole('link', { name: /^Payments/ })).toBeFocused();

  // Escape closes it and gives the focus back to the toggle.
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(transactions).toBeHidden();

  // Space opens it too; choosing a screen closes it and moves the focus to that screen.
  await page.keyboard.press('Space');
  await tabTo(page, transactions);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Transactions' })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#wcpay-main')).toBeFocused();

  // Tabbing on past its last entry closes it: nothing focused hides under it.
  await tabTo(page, toggle, { backward: true });
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  for (let presses = 0; presses < 20 && (await focusInMenu(page)); presses += 1) await page.keyboard.press('Tab');
  expect(await focusInMenu(page), 'Tab leaves the menu').toBe(false);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // On a phone, open: the picture for the README.
  await page.setViewportSize({ width: 360, height: 640 });
  await toggle.click();
  await expect(transactions).toBeVisible();
  await expectNoSidewaysScroll(page, 'menu open at 360 px');
  await page.screenshot({ path: path.join(__dirname, '..', 'latest-screenshots', 'phone-menu.png') });
  await page.keyboard.press('Escape');

  // One pixel wider than the breakpoint, the menu is wp-admin's column again, with no toggle.
  await page.setViewportSize({ width: 783, height: 800 });
  await expect(toggle).toBeHidden();
  await expect(transactions).toBeVisible();
});

test('a wide table scrolls sideways in its own region, reached by Tab and scrolled by the arrow keys', async ({ page, backend }) => {
  await connectedWithLedger(page, backend);
  await page.setViewportSize({ width: 360, height: 740 });
  await openFromMenu(page, 'Transactions');
  const region = page.getByRole('region', { name: 'Transactions, scrolls sideways' });
  await expect(region.getByRole('row').nth(1)).toBeVisible();
  const sizes = await region.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
  expect(sizes.scroll, 'the table is wider than its region').toBeGreaterThan(sizes.client);
  await expectNoSidewaysScroll(page, 'Transactions at 360 px');
  await expect(region).toHaveAttribute('tabindex', '0');

  await tabTo(page, region, { max: 120 });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await expectNoSidewaysScroll(page, 'Transactions at 360 px, table scrolled');
  for (let presses = 0; presses < 40; presses += 1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => Math.ceil(element.scrollLeft + element.clientWidth) >= element.scrollWidth)).toBe(true);
  for (let presses = 0; presses < 40; presses += 1) await page.keyboard.press('ArrowLeft');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBe(0);
});

/** The horizontal middle of `locator`'s box. */
async function middle(locator) {
  const box = await locator.boundingBox();
  return box.x + box.width / 2;
}

/** Where things sit on the Transactions screen, and how the pagination's arrows are turned. */
async function transactionsLayout(page) {
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  const previous = pagination.getByRole('button', { name: 'Previous', exact: true });
  const next = pagination.getByRole('button', { name: 'Next', exact: true });
  const transform = (button) => button.locator('.wcpay-arrow').evaluate((arrow) => getComputedStyle(arrow).transform);
  const firstHeader = page.getByRole('region', { name: 'Transactions, scrolls sideways' }).getByRole('columnheader').first();
  const headerBox = await firstHeader.boundingBox();
  const headerLabel = await firstHeader.getByRole('button').boundingBox();
  return {
    menu: await middle(menu(page)),
    main: await middle(page.getByRole('main')),
    previous: await middle(previous),
    next: await middle(next),
    previousArrow: await middle(previous.locator('.wcpay-arrow')),
    nextArrow: await middle(next.locator('.wcpay-arrow')),
    previousTurn: await transform(previous),
    nextTurn: await transform(next),
    // How far the first column's label sits from the header cell's left and right edges.
    headerLeftGap: headerLabel.x - headerBox.x,
    headerRightGap: headerBox.x + headerBox.width - (headerLabel.x + headerLabel.width),
    amountDirection: await page.locator('td.wcpay-ledger__num bdi').first().evaluate((bdi) => getComputedStyle(bdi).direction),
  };
}

/** `transform` of an arrow turned round (mirrored sideways). */
const TURNED = 'matrix(-1, 0, 0, 1, 0, 0)';

test('right to left: the panel mirrors, the arrows turn round, amounts and ids stay left to right', async ({ page, backend }) => {
  await connectedWithLedger(page, backend);
  await openScreen(page, 'Transactions');
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toBeVisible();

  const ltr = await transactionsLayout(page);
  expect(ltr.menu, 'left to right: the menu on the left').toBeLessThan(ltr.main);
  expect(ltr.previous, 'left to right: Previous before Next').toBeLessThan(ltr.next);
  expect(ltr.previousArrow, 'left to right: the Previous arrow on its left').toBeLessThan(ltr.previous);
  expect(ltr.nextArrow, 'left to right: the Next arrow on its right').toBeGreaterThan(ltr.next);
  expect([ltr.previousTurn, ltr.nextTurn]).toEqual(['none', TURNED]);
  expect(ltr.headerLeftGap).toBeLessThan(ltr.headerRightGap);

  await page.locator('.wcpay-panel').evaluate((root) => { root.setAttribute('dir', 'rtl'); root.setAttribute('lang', 'he'); });
  const rtl = await transactionsLayout(page);
  expect(rtl.menu, 'right to left: the menu on the right').toBeGreaterThan(rtl.main);
  expect(rtl.previous, 'right to left: Previous to the right of Next').toBeGreaterThan(rtl.next);
  expect(rtl.previousArrow, 'right to left: the Previous arrow on its right').toBeGreaterThan(rtl.previous);
  expect(rtl.nextArrow, 'right to left: the Next arrow on its left').toBeLessThan(rtl.next);
  expect([rtl.previousTurn, rtl.nextTurn], 'right to left: the arrows turned round').toEqual([TURNED, 'none']);
  expect(rtl.headerRightGap, 'right to left: headers start on the right').toBeLessThan(rtl.headerLeftGap);
  expect([ltr.amountDirection, rtl.amountDirection], 'amounts stay left to right').toEqual(['ltr', 'ltr']);
  await expectNoAxeViolations(page, 'Transactions, right to left');

  // The Overview: the cards' coloured edge and the current menu entry's arrow move to the other
  // side; the account id stays left to right.
  await openOverview(page);
  const card = page.getByRole('region', { name: 'WordPress.com connection' });
  const edges = await card.evaluate((element) => [getComputedStyle(element).borderRightWidth, getComputedStyle(element).borderLeftWidth]);
  expect(edges, 'right to left: the card\'s coloured edge on the right').toEqual(['4px', '1px']);
  const arrow = await menu(page).locator('.wcpay-menu__item--current > .wcpay-menu__link').evaluate((link) => {
    const after = getComputedStyle(link, '::after');
    return { left: after.left, leftColour: after.borderLeftColor, rightColour: after.borderRightColor };
  });
  expect(arrow, 'right to left: the menu arrow on the left edge, pointing at the screen').toEqual(
    { left: '0px', leftColour: 'rgb(240, 240, 241)', rightColour: 'rgba(0, 0, 0, 0)' },
  );
  expect(await page.locator('.wcpay-account-id').first().evaluate((id) => getComputedStyle(id).direction)).toBe('ltr');

  // On a phone: the toggle and the menu it opens at the right, and still no sideways scroll.
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSidewaysScroll(page, 'Overview, right to left, 360 px');
  await menuToggle(page).click();
  const list = await page.locator('#wcpay-menu-list').boundingBox();
  const screenWidth = await page.evaluate(() => document.documentElement.clientWidth);
  expect(Math.round(list.x + list.width), 'right to left: the menu opens at the right edge').toBe(screenWidth);
  expect(await middle(menuToggle(page)), 'right to left: the toggle on the right').toBeGreaterThan(screenWidth / 2);
  await expectNoSidewaysScroll(page, 'Overview, right to left, 360 px, menu open');
});
