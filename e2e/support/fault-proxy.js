// A fault-injecting HTTP proxy in front of a test's backend: the browser talks to the proxy,
// the proxy forwards to the backend, except for the requests a test told it to spoil. The
// backend itself stays clean.
//
//   const proxy = await startFaultProxy(backend, { requestTimeoutMs: 3000 });
//   proxy.fault('GET /api/v1/status', { kind: 'status500', times: 1 });
//   await page.goto(proxy.loginLink());
//
// Kinds (each for the next `times` matching requests, 1 by default; `Infinity` for all):
//   down          the connection is reset before any answer (the backend looks down)
//   timeout       never answers (with `forward: true`, the backend does the work first)
//   lostReply     the backend does the work, then the connection is reset
//   slow          answers after `ms` milliseconds (3000 by default)
//   status500     500 with a plain-text body, no JSON
//   status4xxJson 422 (or `status`) with the API's JSON error body (`code`, `message`)
//   malformed     200 with JSON cut off in the middle
//   wrongShape    200 with valid JSON of the wrong form (a list)
//   missingField  200 with the backend's answer minus `field` (dotted: `connection.since`)
//   extraField    200 with the backend's answer plus unknown fields
//   huge          200 with a 24 MB body (with Content-Length, or without when `chunked: true`)
//
// `requestTimeoutMs` puts `data-request-timeout-ms` into the app page, so timeouts take seconds.
const http = require('http');

const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

const HUGE_BYTES = 24 * 1024 * 1024;

class FaultProxy {
  constructor(backend, { requestTimeoutMs } = {}) {
    this.backend = backend;
    this.target = new URL(backend.url);
    this.requestTimeoutMs = requestTimeoutMs;
    this.rules = [];
    /** Every request seen, as `METHOD /path` (no query), in order. */
    this.requests = [];
    this.held = new Set();
    this.server = http.createServer((request, response) => {
      this.handle(request, response).catch((error) => {
        if (!response.headersSent) response.writeHead(599, { 'content-type': 'text/plain' });
        response.end(`fault proxy failed: ${error.message}`);
      });
    });
    this.server.on('connection', (socket) => socket.on('error', () => {}));
  }

  /** Spoils the next `options.times` requests matching `route` (`'GET /api/v1/status'` or a RegExp on `METHOD /path`). */
  fault(route, options) {
    if (!options || !options.kind) throw new Error('fault(route, { kind, ... }) needs a kind');
    this.rules.push({ route, left: options.times ?? 1, ...options });
  }

  /** Forgets every fault not used yet. */
  clear() {
    this.rules = [];
  }

  /** How many requests matched `route` so far. */
  count(route) {
    return this.requests.filter((seen) => matches(route, seen)).length;
  }

  /** A one-time login link that signs the browser in through the proxy. */
  loginLink() {
    return this.backend.operator('login-link', '--base-url', this.url);
  }

  async start() {
    await new Promise((resolve) => { this.server.listen(0, '127.0.0.1', resolve); });
    this.url = `http://127.0.0.1:${this.server.address().port}`;
    return this;
  }

  async stop() {
    for (const response of this.held) response.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => { this.server.close(resolve); });
  }

  async handle(request, response) {
    const path = new URL(request.url, this.url).pathname;
    const seen = `${request.method} ${path}`;
    this.requests.push(seen);
    const body = await readAll(request);
    const rule = this.rules.find((candidate) => candidate.left > 0 && matches(candidate.route, seen));
    if (rule) rule.left -= 1;
    switch (rule ? rule.kind : 'none') {
      case 'none':
        return this.pass(await this.forward(request, body), response);
      case 'down':
        return request.socket.destroy();
      case 'timeout':
        if (rule.forward) await this.forward(request, body);
        this.held.add(response);
        response.on('close', () => this.held.delete(response));
        return undefined;
      case 'lostReply':
        await this.forward(request, body);
        return request.socket.destroy();
      case 'slow':
        await pause(rule.ms ?? 3000);
        return this.pass(await this.forward(request, body), response);
      case 'status500':
        response.writeHead(rule.status ?? 500, { 'content-type': 'text/plain' });
        return response.end('Internal Server Error');
      case 'status4xxJson':
        return json(response, rule.status ?? 422, JSON.stringify({
          code: rule.code ?? 'invalid_request',
          message: rule.message ?? 'The store refused this request: the test said so.',
        }));
      case 'malformed':
        return json(response, 200, '{"revision": 3, "site": {"name": "Daisy\'s Don');
      case 'wrongShape':
        return json(response, 200, '["ok", 1, 2]');
      case 'missingField': {
        const answer = await this.forward(request, body);
        const value = JSON.parse(answer.body.toString('utf8'));
        const parts = (rule.field ?? 'connection').split('.');
        const last = parts.pop();
        delete parts.reduce((holder, part) => holder[part], value)[last];
        return json(response, answer.status, JSON.stringify(value));
      }
      case 'extraField': {
        const answer = await this.forward(request, body);
        const value = JSON.parse(answer.body.toString('utf8'));
        value.added_by_a_newer_backend = { nested: [1, 2, { deep: true }] };
        for (const child of Object.values(value)) {
          if (child && typeof child === 'object' && !Array.isArray(child)) child.also_unknown = 'ignored';
        }
        return json(response, answer.status, JSON.stringify(value));
      }
      case 'huge': {
        const head = { 'content-type': 'application/json' };
        if (!rule.chunked) head['content-length'] = String(HUGE_BYTES);
        response.writeHead(200, head);
        response.on('error', () => {});
        const prefix = '{"padding":"';
        const suffix = '"}';
        response.write(prefix);
        let left = HUGE_BYTES - prefix.length - suffix.length;
        const chunk = Buffer.alloc(1024 * 1024, 'x');
        while (left > 0) {
          if (response.destroyed) return undefined;
          const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
          left -= piece.length;
          if (!response.write(piece)) await drainedOrClosed(response);
        }
        return response.end(suffix);
      }
      default:
        throw new Error(`unknown fault kind ${rule.kind}`);
    }
  }

  /** Sends `request` on to the backend; resolves to its whole answer. */
  forward(request, body) {
    const headers = { ...request.headers, host: this.target.host };
    delete headers['accept-encoding'];
    return new Promise((resolve, reject) => {
      const upstream = http.request({
        host: this.target.hostname, port: this.target.port, method: request.method, path: request.url, headers,
      }, async (answer) => {
        resolve({ status: answer.statusCode, headers: answer.headers, body: await readAll(answer) });
      });
      upstream.on('error', reject);
      upstream.end(body);
    });
  }

  /** Sends the backend's answer to the browser; the app page gets the test's time limit. */
  pass(answer, response) {
    const headers = { ...answer.headers };
    let { body } = answer;
    if (this.requestTimeoutMs && String(headers['content-type'] || '').startsWith('text/html')) {
      body = Buffer.from(body.toString('utf8').replace(
        'id="payments-panel"', `id="payments-panel" data-request-timeout-ms="${this.requestTimeoutMs}"`,
      ));
    }
    delete headers['transfer-encoding'];
    headers['content-length'] = String(body.length);
    response.writeHead(answer.status, headers);
    response.end(body);
  }
}

/** Resolves when `response` can take more, or is gone. */
function drainedOrClosed(response) {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}

function matches(route, seen) {
  return route instanceof RegExp ? route.test(seen) : route === seen;
}

function json(response, status, text) {
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  response.end(text);
}

function readAll(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** Starts a proxy in front of `backend` on a free loopback port. */
async function startFaultProxy(backend, options) {
  return new FaultProxy(backend, options).start();
}

module.exports = { startFaultProxy, HUGE_BYTES };
