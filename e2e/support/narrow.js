// Narrow screens and zoom (issue 18): checks that nothing makes the page wider than the screen,
// that a dialog fits and keeps its buttons reachable, and the way through the menu when it is
// folded behind its toggle (wp-admin's breakpoint, 782 px and below).
const { expect } = require('@playwright/test');
const { menu, openScreen } = require('./panel');

/**
 * Asserts that the page does not scroll sideways: `document.documentElement.scrollWidth` is no
 * more than the screen's width. On failure it names the elements that stick out (those outside a
 * region that scrolls sideways on its own).
 */
async function expectNoSidewaysScroll(page, where) {
  const found = await page.evaluate(() => {
    const width = window.innerWidth;
    const outside = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      const region = element.parentElement && element.parentElement.closest('.wcpay-scroll');
      if (region && ['auto', 'scroll'].includes(getComputedStyle(region).overflowX)) continue;
      outside.push(`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (right edge ${Math.round(box.right)} px)`);
      if (outside.length === 5) break;
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, outside };
  });
  expect(found.scrollWidth, `${where}: the page is ${found.scrollWidth} px wide on a ${found.width} px screen; sticking out: ${found.outside.join(', ') || 'nothing one can name'}`)
    .toBeLessThanOrEqual(found.width);
}

/**
 * Asserts that the open dialog fits the screen's width, and that each of its buttons can be
 * brought into view and lies wholly on the screen then (a dialog taller than the screen scrolls
 * inside itself).
 */
async function expectDialogFits(page, where) {
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const viewport = page.viewportSize();
  const box = await dialog.boundingBox();
  expect(box.x, `${where}: the dialog starts on the screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${where}: the dialog ends on the screen`).toBeLessThanOrEqual(viewport.width);
  for (const button of await dialog.getByRole('button').all()) {
    await button.scrollIntoViewIfNeeded();
    const at = await button.boundingBox();
    const name = (await button.textContent()).trim();
    expect(at.x >= 0 && at.x + at.width <= viewport.width && at.y >= 0 && at.y + at.height <= viewport.height,
      `${where}: the button "${name}" is wholly on the screen (${JSON.stringify(at)})`).toBe(true);
  }
}

/** The toggle that shows and hides the admin menu at 782 px and below. */
const menuToggle = (page) => menu(page).getByRole('button', { name: 'Menu' });

/**
 * Opens a menu entry (Overview, Transactions, ..., Jetpack, Plugins) and waits for its title, as
 * `openScreen` does, opening the folded menu first where the screen is narrow.
 */
async function openFromMenu(page, entry, title = entry) {
  if (await menuToggle(page).isVisible()) {
    await menuToggle(page).click();
    await expect(menuToggle(page)).toHaveAttribute('aria-expanded', 'true');
  }
  await openScreen(page, entry, title);
}

module.exports = { expectNoSidewaysScroll, expectDialogFits, menuToggle, openFromMenu };
