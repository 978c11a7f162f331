// The `test` every spec uses: Playwright's, with a backend of its own.
//
// - `backend`: a running `panel-backend serve` with an empty store (see support/backend.js).
//   By default every test gets a new one. A spec whose tests walk one story in order says
//   `test.use({ backendScope: 'file' })` (with `test.describe.configure({ mode: 'serial' })`):
//   its tests then share one backend, started for that file and for no other.
// - `baseURL`: the backend's address, so `page.goto('/')` reaches it.
const base = require('@playwright/test');
const { startBackend } = require('./backend');

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

const test = base.test.extend({
  backendScope: ['test', { option: true }],

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
