// Accessibility checks with axe-core (the npm package pinned in package.json), run inside the
// page: no network. Every rule axe runs by default (WCAG 2.x A and AA, best practices).
const fs = require('fs');
const { expect } = require('@playwright/test');

const axePath = require.resolve('axe-core/axe.min.js');

/** Puts axe into the page, once per document. */
async function injectAxe(page) {
  const present = () => page.evaluate(() => typeof window.axe === 'object' && typeof window.axe.run === 'function');
  if (await present()) return;
  try {
    await page.addScriptTag({ path: axePath });
  } catch {
    // Refused by the page's Content-Security-Policy (no inline script): see below.
  }
  if (!(await present())) {
    // The simulated WordPress.com and Stripe pages forbid inline scripts, so the tag above
    // did not run; evaluating the same source through the DevTools protocol is not subject
    // to the page's policy.
    await page.evaluate(fs.readFileSync(axePath, 'utf8'));
  }
  if (!(await present())) throw new Error('axe-core could not be put into the page');
}

/**
 * Waits for the page to be at rest: nothing loading or busy, and the pointer away from every
 * control (a hovered control is checked on purpose, by a test of its own, not by accident of
 * where the last click left the mouse).
 */
async function atRest(page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByText(/^Loading\b/)).toHaveCount(0);
  const viewport = page.viewportSize() || { width: 1280, height: 720 };
  await page.mouse.move(viewport.width - 1, viewport.height - 1);
}

/**
 * Runs axe on the page and returns its violations, one line per element: rule id, impact,
 * target, help, and what to fix. `context` (a CSS selector) narrows it to part of the page,
 * `rules` to some rules.
 */
async function axeViolations(page, { context, rules } = {}) {
  await injectAxe(page);
  const violations = await page.evaluate(async ({ context, rules }) => {
    const options = { resultTypes: ['violations'] };
    if (rules) options.runOnly = { type: 'rule', values: rules };
    const results = await window.axe.run(context || document, options);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), summary: node.failureSummary })),
    }));
  }, { context, rules });
  return violations.flatMap((violation) => violation.nodes.map((node) =>
    `${violation.id} (${violation.impact}) at ${node.target}: ${violation.help}. ${(node.summary || '').replace(/\s+/g, ' ')}`));
}

/** Asserts that axe finds no violation on the page at rest, listing each one (rule, element, help) if it does. */
async function expectNoAxeViolations(page, screen) {
  await atRest(page);
  const found = await axeViolations(page);
  if (found.length > 0) console.log(`axe violations on ${screen}:\n  ${found.join('\n  ')}`);
  expect(found, `axe violations on ${screen}`).toEqual([]);
}

module.exports = { injectAxe, atRest, axeViolations, expectNoAxeViolations };
