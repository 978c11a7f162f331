// The slow device of `make bench`: Chromium's DevTools "3G" preset (formerly "Slow 3G": 2 s of
// round trip, 50 KB/s each way) and a 4x CPU slowdown, set through the DevTools protocol on
// each page before it navigates. Cold runs use a new browser context (an empty HTTP cache);
// warm ones reload in the same context.

/** Network conditions of DevTools' "3G" preset: latency in ms, throughput in bytes per second. */
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };
/** How much slower than this machine the emulated device's CPU is. */
const CPU_SLOWDOWN = 4;

/** Throttles `page` like the slow device, before its first navigation. */
async function throttle(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', SLOW_3G);
  await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/**
 * Loads `url` `runs` times on the slow device with `cookies`, cold (a new context each time)
 * and then warm (a second load in that context), each to its performance mark `mark`:
 * `{ cold: [{ fcp, ready }], warm: [...] }` in milliseconds from navigation. `timings(page,
 * mark)` reads the figures from a loaded page.
 */
async function slowDeviceLoads(browser, url, mark, cookies, runs, timings) {
  const cold = [];
  const warm = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    await context.addCookies(cookies);
    for (const into of [cold, warm]) {
      const page = await context.newPage();
      await throttle(page);
      await page.goto(url, { timeout: 120_000 });
      into.push(await timings(page, mark));
      await page.close();
    }
    await context.close();
  }
  return { cold, warm };
}

module.exports = { slowDeviceLoads, SLOW_3G, CPU_SLOWDOWN };
