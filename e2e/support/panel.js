// What the end-to-end tests share: signing in through a one-time login link (as a new user of
// `make serve` does), failing on any panic or uncaught error, and screenshots.
const { execFileSync } = require('child_process');
const path = require('path');

const screenshotDir = path.join(__dirname, '..', 'screenshots');

/** A fresh one-time login link from the backend's operator command. */
function loginLink(baseURL) {
  return execFileSync(process.env.BACKEND_BIN, ['login-link', '--data-dir', process.env.E2E_DATA_DIR, '--base-url', baseURL])
    .toString()
    .trim();
}

/** Runs a backend operator command (restore-backup, support-unlink, ...) on the test's data. */
function operator(command, ...args) {
  execFileSync(process.env.BACKEND_BIN, [command, '--data-dir', process.env.E2E_DATA_DIR, ...args]);
}

/** Fails the test on an uncaught page error or a Rust panic in the console. */
function failOnCrash(page) {
  page.on('pageerror', (error) => { throw new Error(`uncaught error in the page: ${error.message}`); });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('panicked')) {
      throw new Error(`the app panicked: ${message.text()}`);
    }
  });
}

/** Signs the browser in and opens the panel. */
async function signIn(page, baseURL) {
  failOnCrash(page);
  await page.goto(loginLink(baseURL));
}

/** Saves a full-page screenshot under e2e/screenshots/. */
async function screenshot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

module.exports = { loginLink, operator, failOnCrash, signIn, screenshot };
