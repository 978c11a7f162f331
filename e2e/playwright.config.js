// End-to-end tests: the real backend serves the release bundle; Debian's Chromium drives it.
// `scripts/test.sh` sets BACKEND_BIN and DIST_DIR (and E2E_DATA_DIR, where the tests' data
// directories go); see the README. Each test starts a backend of its own on a free port with an
// empty store (support/fixtures.js), which also gives `baseURL`: no shared server, no order
// between spec files.
const { defineConfig } = require('@playwright/test');

for (const name of ['BACKEND_BIN', 'DIST_DIR']) {
  if (!process.env[name]) {
    throw new Error(`Run the end-to-end tests through \`make test\` (${name} is unset).`);
  }
}

module.exports = defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  workers: 1,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_BIN || '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
  },
});
