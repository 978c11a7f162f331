// `make bench`: measures the release bundle, the panel in headless Chromium against the real
// backend (beside a hand-written JavaScript floor), the 10,000-row Transactions screen, and the
// backend under a bounded wrk load; writes BENCHMARKS.md. Benchmarks, not tests: nothing fails
// on a time. Run through scripts/bench.sh, which builds everything and sets the environment.
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');

const REPO = path.join(__dirname, '..');
const { chromium } = require(path.join(REPO, 'e2e', 'node_modules', '@playwright', 'test'));
const { startBackend } = require(path.join(REPO, 'e2e', 'support', 'backend'));
const { sizes } = require('./sizes');
const { watchWasm, memoryMeter, repeatInPage } = require('./memory');
const { slowDeviceLoads, SLOW_3G, CPU_SLOWDOWN } = require('./throttle');
const { connectFirstTime, installAndActivateJetpack } = require(path.join(REPO, 'e2e', 'support', 'panel'));

/** The rows of the Transactions list (not of its totals table above it). */
const ROWS = 'table.wcpay-table:not(.wcpay-ledger__totals) tbody tr';
/** Repeats of each browser measurement; the report gives min, median and max. */
const RUNS = 7;
/** Repeats of each load on the slow device (each takes seconds). */
const SLOW_RUNS = 3;
/** The framework's floor, built by scripts/bench.sh. */
const LEPTOS_FLOOR_DIST = path.join(__dirname, 'leptos-floor', 'dist');
/** The initial-load aim of issue 16, in bytes of gzip: below WooPayments' own admin client,
 * which loads 182.7 KB gzip of JavaScript before its first screen. */
const BUDGET_GZIP = 180 * 1024;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const stats = (values) => ({ min: Math.min(...values), median: median(values), max: Math.max(...values) });
const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** Growth from `before` to `after` per one of `count` repeats, in bytes. */
const bytesEach = (before, after, count) => `${Math.round((after - before) / count)} B`;

/** When `page` set the performance mark `mark`, in milliseconds from its navigation, once it has.
 * Polled by the page itself: Playwright's waitForFunction would first inject its selector
 * engine, some 10 ms of script evaluation in the middle of a measured startup. */
function markTime(page, mark) {
  return page.evaluate((name) => new Promise((resolve) => {
    const check = () => {
      const entry = performance.getEntriesByName(name)[0];
      if (entry) resolve(entry.startTime);
      else setTimeout(check, 5);
    };
    check();
  }), mark);
}

/** On a loaded `page`, milliseconds from navigation to its first contentful paint (`fcp`) and
 * to the performance mark `mark` (`ready`), once both have happened. */
async function loadTimings(page, mark) {
  const ready = await markTime(page, mark);
  const fcp = await markTime(page, 'first-contentful-paint');
  return { fcp, ready };
}

/** `loadTimings` of `url` on a new page of `context`. */
async function timeToMark(context, url, mark) {
  const page = await context.newPage();
  await page.goto(url);
  const value = await loadTimings(page, mark);
  await page.close();
  return value;
}

/** In `page`, the milliseconds from the click `act()` makes until `selector` matches with `ready(element)`. */
async function timeUntil(page, act, selector, ready) {
  await page.evaluate(({ selector, ready }) => {
    window.__benchDone = null;
    const test = new Function('element', `return (${ready})(element);`);
    const observer = new MutationObserver(() => {
      const element = document.querySelector(selector);
      if (element && test(element) && window.__benchDone === null) {
        window.__benchDone = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
    // From now, or when `act` clicks, from the click event itself: Playwright's own waits
    // before it clicks (scrolling, two frames of "stable") are not the panel's time.
    window.__benchStart = performance.now();
    addEventListener('click', () => { window.__benchStart = performance.now(); }, { capture: true, once: true });
  }, { selector, ready: ready.toString() });
  await act();
  await page.waitForFunction(() => window.__benchDone !== null, null, { timeout: 30_000 });
  return page.evaluate(() => window.__benchDone - window.__benchStart);
}

/** Long tasks (over 50 ms) the page has seen since `watchLongTasks`. */
async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push(entry.duration); })
      .observe({ type: 'longtask' });
  });
}

/** wrk against `url` for 10 s with 2 threads and 16 connections: req/s, p50 and p99. */
function wrk(url, headers, script) {
  const args = ['-t2', '-c16', '-d10s', '--latency'];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  if (script) args.push('-s', script);
  args.push(url);
  const out = execFileSync('wrk', args).toString();
  const latency = (p) => {
    const match = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
    if (!match) return NaN;
    const factor = { us: 0.001, ms: 1, s: 1000 }[match[2]];
    return Number(match[1]) * factor;
  };
  const rps = Number((/Requests\/sec:\s+([\d.]+)/.exec(out) || [])[1]);
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  return { rps, p50: latency(50), p99: latency(99), non2xx: errors ? Number(errors[1]) : 0 };
}

/** Bytes of the app's files (its API answers aside) over the wire for the page at `url`, in a
 * fresh context with `cookies` (a cold cache), then reloaded (a warm one). */
async function transferred(browser, url, cookies) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  const page = await context.newPage();
  const sum = () => page.evaluate(() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    .filter((e) => !e.name.includes('/api/')).reduce((total, e) => total + e.transferSize, 0));
  await page.goto(url);
  await markTime(page, 'wcpay:overview-data');
  const cold = await sum();
  // The other screens' code is fetched ahead once the Overview shows data: let it finish, so the
  // reload does not count a prefetch the first visit left half way.
  await page.waitForLoadState('networkidle');
  await page.reload();
  await markTime(page, 'wcpay:overview-data');
  const warm = await sum();
  await context.close();
  return { cold, warm };
}

async function main() {
  const dist = process.env.DIST_DIR;
  const size = sizes(dist);
  // The German translation file (Jed JSON), as the page fetches it, gzip level 9 as the rest.
  size.translation = zlib.gzipSync(fs.readFileSync(path.join(dist, 'languages', 'payments-panel-de_DE.json')), { level: 9 }).length;
  const rawWasm = path.join(process.env.CARGO_TARGET_DIR || path.join(REPO, 'target'), 'wasm32-unknown-unknown', 'release', 'payments-panel.wasm');
  const profile = JSON.parse(execFileSync('python3', [path.join(__dirname, 'wasm_profile.py'), rawWasm, '15']).toString());
  const framework = sizes(LEPTOS_FLOOR_DIST).initial;

  // The floor lives beside the app, in a copy of the bundle the backend serves.
  const served = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-dist-'));
  fs.cpSync(dist, served, { recursive: true });
  for (const name of ['floor.html', 'floor.js']) fs.copyFileSync(path.join(__dirname, name), path.join(served, name));
  for (const name of fs.readdirSync(LEPTOS_FLOOR_DIST)) {
    fs.copyFileSync(path.join(LEPTOS_FLOOR_DIST, name), path.join(served, name === 'index.html' ? 'leptos-floor.html' : name));
  }
  process.env.DIST_DIR = served;

  const backend = await startBackend('bench');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(backend.loginLink());
  await connectFirstTime(page, 'daisy', 'Daisy Baker');
  backend.operator('seed-demo', '--transactions', '10000');

  const wire = await transferred(browser, `${backend.url}/`, await context.cookies());

  // Startup: the app and the floor, alternating, warm HTTP cache (as an admin reopening the page).
  const app = [];
  const german = [];
  const floor = [];
  const leptos = [];
  // In German the page also fetches the translation file (preloaded beside the wasm) and
  // installs it before the panel mounts.
  const germanUrl = `${backend.url}/?locale=de_DE`;
  await timeToMark(context, `${backend.url}/`, 'wcpay:overview-data');
  await timeToMark(context, germanUrl, 'wcpay:overview-data');
  await timeToMark(context, `${backend.url}/floor.html`, 'floor:data');
  await timeToMark(context, `${backend.url}/leptos-floor.html`, 'leptos-floor:data');
  for (let run = 0; run < RUNS; run += 1) {
    app.push(await timeToMark(context, `${backend.url}/`, 'wcpay:overview-data'));
    german.push(await timeToMark(context, germanUrl, 'wcpay:overview-data'));
    floor.push(await timeToMark(context, `${backend.url}/floor.html`, 'floor:data'));
    leptos.push(await timeToMark(context, `${backend.url}/leptos-floor.html`, 'leptos-floor:data'));
  }

  // The slow device: the same three pages, cold and warm.
  const slowCookies = await context.cookies();
  const slow = {
    app: await slowDeviceLoads(browser, `${backend.url}/`, 'wcpay:overview-data', slowCookies, SLOW_RUNS, loadTimings),
    floor: await slowDeviceLoads(browser, `${backend.url}/floor.html`, 'floor:data', slowCookies, SLOW_RUNS, loadTimings),
    leptos: await slowDeviceLoads(browser, `${backend.url}/leptos-floor.html`, 'leptos-floor:data', slowCookies, SLOW_RUNS, loadTimings),
  };

  // Big list: 10,000 transactions; first render from the menu click, then a page change.
  const firstRender = [];
  const pageChange = [];
  let longTasks = [];
  for (let run = 0; run < 5; run += 1) {
    await page.goto(`${backend.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
    await watchLongTasks(page);
    const menuLink = page.getByRole('navigation', { name: 'Admin menu' }).getByRole('link', { name: 'Transactions' });
    // Rows of data: a full page of them (the loading state has at most one placeholder row).
    firstRender.push(await timeUntil(page, () => menuLink.click(), ROWS, (row) => row.parentElement.children.length >= 10));
    const first = await page.locator(ROWS).first().textContent();
    const next = page.getByRole('navigation', { name: /pag/i }).getByRole('button', { name: 'Next' });
    pageChange.push(await timeUntil(page, () => next.click(), ROWS,
      new Function(`return (row) => row.textContent !== ${JSON.stringify(first)};`)()));
    longTasks = longTasks.concat(await page.evaluate(() => window.__longTasks));
  }

  // Update: Jetpack deactivated behind the panel's back, then the panel refreshes (as when its
  // tab is shown again): from the status answer's arrival (Resource Timing) to the DOM showing it.
  await installAndActivateJetpack(page);
  const update = [];
  // An even count: deactivate, activate, ..., so Jetpack ends active for the popup below.
  for (let run = 0; run < RUNS + 1; run += 1) {
    const target = run % 2 === 0 ? 'deactivate' : 'activate';
    const shows = run % 2 === 0 ? 'Installed, inactive' : 'Active';
    await page.evaluate(async (path) => {
      const nonce = document.getElementById('payments-panel').dataset.nonce;
      const { revision } = await (await fetch('/api/v1/status')).json();
      await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-WCPay-Nonce': nonce }, body: JSON.stringify({ expected_revision: revision }) });
      performance.clearResourceTimings();
    }, `/api/v1/jetpack/${target}`);
    const domAt = await timeUntil(page, () => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange'))),
      'table tbody', new Function(`return (body) => [...body.querySelectorAll('tr')].some((row) => row.textContent.includes('Jetpack') && row.children[1] && row.children[1].textContent === ${JSON.stringify(shows)});`)());
    const arrival = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/v1/status')).pop();
      return entry ? entry.responseEnd - window.__benchStart : null;
    });
    if (arrival !== null) update.push(domAt - arrival);
  }

  // The disconnect warning popup: from the click to its first frame on screen.
  await page.getByRole('navigation', { name: 'Admin menu' }).getByRole('link', { name: 'Jetpack' }).click();
  const dialog = [];
  for (let run = 0; run < RUNS; run += 1) {
    const opener = page.getByRole('button', { name: 'Disconnect' });
    await opener.waitFor();
    dialog.push(await page.evaluate(() => new Promise((resolve) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Disconnect');
      const start = performance.now();
      button.click();
      // The first animation frame that has the dialog, until that frame is painted: a message
      // posted from its rAF callback is delivered once the frame's rendering is done.
      const frame = () => {
        if (!document.querySelector('[role="dialog"]')) { requestAnimationFrame(frame); return; }
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(frame);
    })));
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  }

  // Memory: JS heap (after a forced garbage collection) and wasm memory, after visiting every
  // screen, after opening and closing the disconnect popup 100 times the way a person does, then
  // after 1,000 more (clicked by the page itself, one frame each way), then after 1,000 round
  // trips between two screens.
  const memoryPage = await context.newPage();
  await watchWasm(memoryPage);
  await memoryPage.goto(`${backend.url}/`);
  await memoryPage.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
  const measure = await memoryMeter(context, memoryPage);
  const menu = memoryPage.getByRole('navigation', { name: 'Admin menu' });
  for (const entry of ['Transactions', 'Deposits', 'Disputes', 'Account', 'Change or reset connection', 'Support', 'Jetpack', 'Plugins', 'Overview']) {
    await menu.getByRole('link', { name: new RegExp(`^${entry}`) }).first().click();
    await memoryPage.getByRole('heading', { level: 1 }).waitFor();
  }
  await menu.getByRole('link', { name: 'Jetpack' }).click();
  const beforeDialogs = await measure();
  for (let run = 0; run < 100; run += 1) {
    await memoryPage.getByRole('button', { name: 'Disconnect' }).click();
    await memoryPage.getByRole('dialog').waitFor();
    await memoryPage.keyboard.press('Escape');
    await memoryPage.getByRole('dialog').waitFor({ state: 'detached' });
  }
  const afterDialogs = await measure();
  const inPage = (kind, times) => repeatInPage(memoryPage, kind, times);
  await inPage('popup', 1000);
  const afterManyDialogs = await measure();
  await inPage('screens', 1000);
  const afterScreens = await measure();
  const memory = { beforeDialogs, afterDialogs, afterManyDialogs, afterScreens };

  // Backend under wrk: the status read, and a write (the disconnect survey, stored each time).
  const cookies = await context.cookies();
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  await page.goto(`${backend.url}/`);
  const nonce = await page.evaluate(() => document.getElementById('payments-panel').dataset.nonce);
  const script = path.join(os.tmpdir(), 'bench-survey.lua');
  fs.writeFileSync(script, 'wrk.method = "POST"\nwrk.body = \'{"reasons":["other"],"comment":"bench"}\'\nwrk.headers["Content-Type"] = "application/json"\n');
  const status = wrk(`${backend.url}/api/v1/status`, { Cookie: cookie });
  const mutation = wrk(`${backend.url}/api/v1/disconnect-survey`, { Cookie: cookie, 'X-WCPay-Nonce': nonce }, script);

  await browser.close();
  await backend.stop();

  const timingStats = (loads) => ({ ready: stats(loads.map((l) => l.ready)), fcp: stats(loads.map((l) => l.fcp)) });
  const startup = { app: timingStats(app), german: timingStats(german), floor: timingStats(floor), leptos: timingStats(leptos) };
  const slowDevice = Object.fromEntries(Object.entries(slow).map(([page, { cold, warm }]) =>
    [page, { cold: timingStats(cold), warm: timingStats(warm) }]));
  const report = {
    size, profile, framework, wire, startup, slowDevice, firstRender: stats(firstRender), pageChange: stats(pageChange), longTasks, status, mutation,
    update: stats(update), dialog: stats(dialog), memory,
  };
  fs.writeFileSync(path.join(REPO, 'BENCHMARKS.md'), markdown(report));
  console.log(JSON.stringify(report, null, 2));
}

/** The report, with the machine and the date. */
function markdown({ size, profile, framework, wire, startup, slowDevice, firstRender, pageChange, longTasks, status, mutation, update, dialog, memory }) {
  const cpu = (/model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8')) || [])[1] || 'unknown CPU';
  const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version']).toString().trim();
  const rustc = execFileSync('rustc', ['--version']).toString().trim();
  const row = (label, s) => `| ${label} | ${ms(s.min)} | ${ms(s.median)} | ${ms(s.max)} |`;
  const startupRow = (label, s) => `| ${label} | ${ms(s.ready.min)} | ${ms(s.ready.median)} | ${ms(s.ready.max)} | ${ms(s.fcp.median)} |`;
  const slowRow = (label, s) => `| ${label} | ${ms(s.cold.fcp.median)} | ${ms(s.cold.ready.median)} | ${ms(s.warm.fcp.median)} | ${ms(s.warm.ready.median)} |`;
  const over = size.initial.gzip > BUDGET_GZIP;
  return `# Benchmarks

Written by \`make bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${cpu}), ${rustc}, ${chromiumVersion}.
Medians of repeated runs within one run of the command; nothing here is asserted by a test.

## 1. Transfer size of the release bundle

| file | loads | raw | gzip | brotli |
|---|---|---|---|---|
${size.rows.map((r) => `| ${r.name} | ${r.lazy ? 'when needed' : 'initial'} | ${r.raw.toLocaleString('en')} B | ${r.gzip.toLocaleString('en')} B | ${r.brotli.toLocaleString('en')} B |`).join('\n')}
| **initial load (what the Overview needs)** | | ${kb(size.initial.raw)} | **${kb(size.initial.gzip)}** | ${kb(size.initial.brotli)} |
| lazy chunks (${size.rows.filter((r) => r.lazy).length}: the other screens and the code they share) | | ${kb(size.lazy.raw)} | ${kb(size.lazy.gzip)} | ${kb(size.lazy.brotli)} |
| whole bundle | | ${kb(size.total.raw)} | ${kb(size.total.gzip)} | ${kb(size.total.brotli)} |

Where the bytes go (\`bench/wasm_profile.py\` on cargo's raw wasm, code bytes before wasm-opt and the split, by Rust module):

| module | code |
|---|---|
${profile.modules.map(([name, bytes]) => `| ${name} | ${bytes.toLocaleString('en')} B |`).join('\n')}

Aim: at most 180 KB gzip for the initial load (WooPayments' own admin client: 182.7 KB gzip of JavaScript before its first screen). **${over ? `Over by ${kb(size.initial.gzip - BUDGET_GZIP)}` : 'Within budget'}.**

The framework's floor (\`bench/leptos-floor\`: Leptos with its router, one fetch with gloo-net,
serde_json, one line of text; the same build settings) is **${kb(framework.gzip)} gzip** (${kb(framework.raw)} raw,
${kb(framework.brotli)} brotli) on its own: ${(100 * framework.gzip / BUDGET_GZIP).toFixed(0)}% of the budget before any feature.

Over the wire (the backend sends the build's brotli copies; API answers not counted): a first
visit transfers **${kb(wire.cold)}**; a reload ${kb(wire.warm)} (fingerprinted files are cached for good).

## 2. Startup: navigation to the Overview's panels showing data

Headless Chromium, the real backend on loopback (release build), warm HTTP cache; the app's
mark is \`wcpay:overview-data\` (set when the status panels are in the DOM with data), the
floor's \`floor:data\` (\`bench/floor.html\`: one fetch, the same sentences written into the DOM).

| page | ready: min | median | max | first contentful paint (median) |
|---|---|---|---|---|
${startupRow('the panel (Leptos, wasm)', startup.app)}
${startupRow('the panel in German (its translation file fetched and installed first)', startup.german)}
${startupRow('the framework floor (bench/leptos-floor)', startup.leptos)}
${startupRow('hand-written JavaScript floor', startup.floor)}

Ratio of medians: **${(startup.app.ready.median / startup.leptos.ready.median).toFixed(2)}x** the framework floor (aim: at most
1.25x), ${(startup.app.ready.median / startup.floor.ready.median).toFixed(2)}x the JavaScript floor. In German the panel is ready in
${(startup.german.ready.median / startup.app.ready.median).toFixed(2)}x its English time (the translation, ${(size.translation / 1024).toFixed(1)} KB gzip, travels beside the wasm). The framework floor alone, a Leptos page showing
one line of the status, is ${(startup.leptos.ready.median / startup.floor.ready.median).toFixed(2)}x the JavaScript floor. First contentful paint is
the page's own frame and loading notice (index.html), before any script has run.

### On a slow device

The same pages under Chromium's throttling (DevTools protocol): DevTools' "3G" preset
(${SLOW_3G.latency / 1000} s round trip, ${SLOW_3G.downloadThroughput / 1000} KB/s each way) and a ${CPU_SLOWDOWN}x CPU slowdown; ${SLOW_RUNS} runs each, cold (a new
browser context, empty cache) then warm (the next load in that context). Medians.

| page | cold: first paint | cold: ready | warm: first paint | warm: ready |
|---|---|---|---|---|
${slowRow('the panel (Leptos, wasm)', slowDevice.app)}
${slowRow('the framework floor (bench/leptos-floor)', slowDevice.leptos)}
${slowRow('hand-written JavaScript floor', slowDevice.floor)}

Cold start on the slow device: the panel is ${(slowDevice.app.cold.ready.median / slowDevice.leptos.cold.ready.median).toFixed(2)}x the framework floor and
${(slowDevice.app.cold.ready.median / slowDevice.floor.cold.ready.median).toFixed(2)}x the JavaScript floor.

## 3. Update

| what | min | median | max |
|---|---|---|---|
${row('a state change: status answer arrived to the DOM showing it', update)}
${row('the disconnect popup: click to its first frame', dialog)}

Aim: within one frame (16 ms). The popup is timed from the click to the end of the first frame\nthat has it (a message posted from that frame's animation callback, delivered after its paint);\nthis includes the wait for the next frame, 8 ms on average at 60 Hz.

## 4. Big lists: Transactions with 10,000 rows in the ledger

From the menu click (or the Next click) event until the table shows the rows, the request to\nthe backend included; 5 runs.

| step | min | median | max |
|---|---|---|---|
${row('first render (menu click to rows)', firstRender)}
${row('page change (Next to new rows)', pageChange)}

Long tasks over 50 ms during these runs: ${longTasks.length === 0 ? 'none' : longTasks.map((d) => ms(d)).join(', ')}.

## 5. Backend under load

\`wrk -t2 -c16 -d10s\` on loopback against the release backend (same 2 cores as the server).

| endpoint | req/s | p50 | p99 | non-2xx |
|---|---|---|---|---|
| GET /api/v1/status | ${status.rps.toFixed(0)} | ${ms(status.p50)} | ${ms(status.p99)} | ${status.non2xx} |
| POST /api/v1/disconnect-survey (a write) | ${mutation.rps.toFixed(0)} | ${ms(mutation.p50)} | ${ms(mutation.p99)} | ${mutation.non2xx} |

Aim: status at least 5,000 req/s with p99 under 5 ms.

## 6. Memory

JS heap after a forced garbage collection (DevTools protocol) and wasm linear memory, which
never shrinks: it grows by 64 KB pages when the allocator needs more.

| when | JS heap | wasm memory |
|---|---|---|
| every screen visited | ${kb(memory.beforeDialogs.js)} | ${kb(memory.beforeDialogs.wasm)} |
| and the popup opened and closed 100 times | ${kb(memory.afterDialogs.js)} | ${kb(memory.afterDialogs.wasm)} |
| and 1,000 times more | ${kb(memory.afterManyDialogs.js)} | ${kb(memory.afterManyDialogs.wasm)} |
| and 1,000 round trips Plugins to Jetpack | ${kb(memory.afterScreens.js)} | ${kb(memory.afterScreens.wasm)} |

Per popup, over the 1,000: JS ${bytesEach(memory.afterDialogs.js, memory.afterManyDialogs.js, 1000)}, wasm ${bytesEach(memory.afterDialogs.wasm, memory.afterManyDialogs.wasm, 1000)}.
Per round trip: JS ${bytesEach(memory.afterManyDialogs.js, memory.afterScreens.js, 1000)}, wasm ${bytesEach(memory.afterManyDialogs.wasm, memory.afterScreens.wasm, 1000)}. Where the growth comes from: docs/performance.md.
`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
