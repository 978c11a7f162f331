// One real backend per test (or per spec file): `panel-backend serve` on a free loopback port
// with a fresh data directory and the release bundle, stopped when it is no longer needed, so
// no spec depends on what another one left in the store.
//
// BACKEND_BIN and DIST_DIR name the binary and the bundle (scripts/test.sh sets them). Each
// backend's data directory is made inside E2E_DATA_DIR when it is set (scripts/test.sh removes
// that directory afterwards), else inside the system's temporary directory.
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

/** Gives up on a backend that has not answered by then. */
const START_TIMEOUT_MS = 30_000;

function required(name) {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Run the end-to-end tests through \`make test\` (${name} is unset; scripts/test.sh sets BACKEND_BIN and DIST_DIR).`);
  }
  return value;
}

/** `text` as a short file-name-safe slug. */
function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'backend';
}

/** Resolves after `ms` milliseconds (only while polling a starting server, never in a test). */
const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** A running `panel-backend serve`, its data directory, and its operator commands. */
class Backend {
  constructor(child, dataDir, ownsParent) {
    this.child = child;
    this.dataDir = dataDir;
    this.ownsParent = ownsParent;
    this.url = null;
    this.output = '';
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', (error) => resolve({ error: error.message }));
    });
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => { this.output += chunk; });
    child.stderr.on('data', (chunk) => { this.output += chunk; });
  }

  /** Waits for the address the server printed, then for its OpenAPI document to answer. */
  async ready() {
    const deadline = Date.now() + START_TIMEOUT_MS;
    let exit = null;
    this.exited.then((status) => { exit = status; });
    while (!this.url) {
      const printed = /^WooPayments connection panel: (http:\/\/[^\s/]+)\/?$/m.exec(this.output);
      if (printed) {
        this.url = printed[1];
        break;
      }
      if (exit) throw new Error(`panel-backend exited (${JSON.stringify(exit)}) before listening:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`panel-backend printed no address in ${START_TIMEOUT_MS} ms:\n${this.output}`);
      await pause(20);
    }
    for (;;) {
      try {
        const response = await fetch(`${this.url}/api/v1/openapi.json`);
        if (response.ok) return this;
      } catch {
        // Not answering yet.
      }
      if (exit) throw new Error(`panel-backend exited (${JSON.stringify(exit)}) before answering:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`panel-backend did not answer /api/v1/openapi.json in ${START_TIMEOUT_MS} ms:\n${this.output}`);
      await pause(20);
    }
  }

  /** A fresh one-time login link for the administrator `user` (the first one by default). */
  loginLink(user) {
    const who = user ? ['--user', user] : [];
    return execFileSync(required('BACKEND_BIN'), ['login-link', '--data-dir', this.dataDir, '--base-url', this.url, ...who]).toString().trim();
  }

  /** Runs an operator command (restore-backup, support-unlink, seed-demo, ...) on this backend's data. */
  operator(command, ...args) {
    return execFileSync(required('BACKEND_BIN'), [command, '--data-dir', this.dataDir, ...args]).toString().trim();
  }

  /** Stops the server (only this child process) and removes its data unless asked to keep it. */
  async stop({ keepData = false } = {}) {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      const stopped = await Promise.race([this.exited, pause(5_000).then(() => null)]);
      if (!stopped) {
        this.child.kill('SIGKILL');
        await this.exited;
      }
    }
    if (!keepData) {
      fs.rmSync(this.ownsParent ? path.dirname(this.dataDir) : this.dataDir, { recursive: true, force: true });
    }
  }
}

/** Starts a backend on 127.0.0.1 (port chosen by the system) with a new, empty data directory. */
async function startBackend(name = 'backend') {
  const binary = required('BACKEND_BIN');
  const dist = required('DIST_DIR');
  const parentFromEnv = process.env.E2E_DATA_DIR;
  const parent = parentFromEnv || fs.mkdtempSync(path.join(os.tmpdir(), 'panel-e2e-'));
  fs.mkdirSync(parent, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(parent, `${slug(name)}-`));
  const child = spawn(binary, ['serve', '--addr', '127.0.0.1:0', '--data-dir', dataDir, '--dist', dist], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const backend = new Backend(child, dataDir, !parentFromEnv);
  try {
    return await backend.ready();
  } catch (error) {
    await backend.stop({ keepData: true });
    throw error;
  }
}

module.exports = { startBackend };
