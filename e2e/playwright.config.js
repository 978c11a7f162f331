// End-to-end tests: the real backend serves the release bundle; Debian's Chromium drives it.
// `scripts/test.sh` sets BACKEND_BIN, DIST_DIR and E2E_DATA_DIR; see the README.
const { defineConfig } = require('@playwright/test');

const port = process.env.E2E_PORT || '18080';
const backend = process.env.BACKEND_BIN;
const dist = process.env.DIST_DIR;
const dataDir = process.env.E2E_DATA_DIR;
if (!backend || !dist || !dataDir) {
  throw new Error('Run the end-to-end tests through `make test` (BACKEND_BIN, DIST_DIR and E2E_DATA_DIR are unset).');
}

module.exports = defineConfig({
  testDir: './tests',
  outputDir: './test-results',
  workers: 1,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
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
  webServer: {
    command: `"${backend}" serve --addr 127.0.0.1:${port} --data-dir "${dataDir}" --dist "${dist}"`,
    url: `http://127.0.0.1:${port}/api/v1/status`,
    reuseExistingServer: false,
    stdout: 'pipe',
    timeout: 60_000,
  },
});
