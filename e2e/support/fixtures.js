// The `test` every spec uses: Playwright's, with a backend of its own.
//
// - `backend`: a running `panel-backend serve` with an empty store (see support/backend.js).
//   By default every test gets a new one. A spec whose tests walk one story in order says
//   `test.use({ backendScope: 'file' })` (with `test.describe.configure({ mode: 'serial' })`):
//   its tests then share one backend, started for that file and for no other.
// - `baseURL`: the backend's address, so `page.goto('/')` reaches it.
// - `faults`: a fault-injecting proxy in front of `backend` (support/fault-proxy.js), started
//   only for the tests that ask for it; `faultOptions` configures it (`requestTimeoutMs`).
// - Every page of every test fails the test if the app panics (a console message containing
//   "panicked") or an error escapes to the page.
const base = require('@playwright/test');
const { startBackend } = require('./backend');
const { startFaultProxy } = require('./fault-proxy');

/** The backends of a worker: at most one per spec file, stopped when the next file starts. */
class FileBackends {
  constructor() {
    this.file = null;
    this.backend = null;
  }

  async forFile(file, name) {
    if (this.file !== file) {
      await this.stop();
      this.backend = await startBackend(name);
      this.file = file;
    }
    return this.backend;
  }

  async stop() {
    if (this.backend) await this.backend.stop({ keepData: this.keepData });
    this.backend = null;
    this.file = null;
  }
}

/** Attaches the backend's output to a failed test and says where its data is. */
async function attachOnFailure(backend, testInfo) {
  if (testInfo.status === testInfo.expectedStatus) return;
  await testInfo.attach('backend output', { body: `data directory: ${backend.dataDir}\n\n${backend.output}`, contentType: 'text/plain' });
}

/** Records every panic and uncaught error of `page` into `crashes`. */
function watchForCrashes(page, crashes) {
  page.on('pageerror', (error) => crashes.push(`uncaught error in the page ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.text().includes('panicked')) crashes.push(`the app panicked in ${page.url()}: ${message.text()}`);
  });
}

const test = base.test.extend({
  backendScope: ['test', { option: true }],
  faultOptions: [{}, { option: true }],

  context: async ({ context }, use) => {
    const crashes = [];
    context.pages().forEach((page) => watchForCrashes(page, crashes));
    context.on('page', (page) => watchForCrashes(page, crashes));
    await use(context);
    base.expect(crashes, `the app crashed:\n${crashes.join('\n')}`).toEqual([]);
  },

  faults: async ({ backend, faultOptions }, use) => {
    const faults = await startFaultProxy(backend, faultOptions);
    await use(faults);
    await faults.stop();
  },

  fileBackends: [async ({}, use) => {
    const backends = new FileBackends();
    await use(backends);
    await backends.stop();
  }, { scope: 'worker' }],

  backend: async ({ backendScope, fileBackends }, use, testInfo) => {
    if (backendScope === 'file') {
      const backend = await fileBackends.forFile(testInfo.file, require('path').basename(testInfo.file));
      await use(backend);
      await attachOnFailure(backend, testInfo);
      if (testInfo.status !== testInfo.expectedStatus) fileBackends.keepData = true;
      return;
    }
    const backend = await startBackend(testInfo.title);
    await use(backend);
    await attachOnFailure(backend, testInfo);
    await backend.stop({ keepData: testInfo.status !== testInfo.expectedStatus });
  },

  baseURL: async ({ backend }, use) => {
    await use(backend.url);
  },
});

module.exports = { test, expect: base.expect };
