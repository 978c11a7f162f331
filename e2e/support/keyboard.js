// Driving the panel with the keyboard alone: Tab (or Shift+Tab) until a control has focus, then
// Enter or Space, as a person without a mouse does. Every control reached must show that it has
// focus.
const { expect } = require('@playwright/test');

/** Whether `locator`'s element has the keyboard focus. */
const hasFocus = (locator) => locator.evaluate((element) => element === document.activeElement);

/**
 * Presses Tab (Shift+Tab when `backward`) until `locator` has focus, at most `max` times, then
 * checks that the focus is visible on it (a focus outline or ring). Returns how many presses
 * it took.
 */
async function tabTo(page, locator, { backward = false, max = 60 } = {}) {
  await expect(locator).toBeVisible();
  for (let presses = 0; presses <= max; presses += 1) {
    if (await hasFocus(locator)) {
      await expectVisibleFocus(locator);
      return presses;
    }
    await page.keyboard.press(backward ? 'Shift+Tab' : 'Tab');
  }
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.outerHTML.slice(0, 200));
  throw new Error(`${max} presses of ${backward ? 'Shift+Tab' : 'Tab'} never reached ${locator}; focus is on ${focused}`);
}

/** Asserts that the focused `locator` shows its focus: an outline, or a box-shadow ring. */
async function expectVisibleFocus(locator) {
  const style = await locator.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      focusVisible: element.matches(':focus-visible'),
      outline: computed.outlineStyle !== 'none' && parseFloat(computed.outlineWidth) > 0,
      ring: computed.boxShadow !== 'none',
      html: element.outerHTML.slice(0, 120),
    };
  });
  expect(style.focusVisible && (style.outline || style.ring), `a visible focus indicator on ${style.html}`).toBe(true);
}

module.exports = { tabTo, hasFocus, expectVisibleFocus };
