// The memory measurements `make bench` (run.js) and bench/memory_probe.js share: JS heap after
// a forced garbage collection and wasm linear memory, and the page-driven repeats (the
// disconnect popup opened and closed, or a round trip between two screens, a frame each way).

/** Records the app's wasm instance when it starts; call before the page loads the app. */
async function watchWasm(page) {
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (event) => { window.__wasm = event.detail.wasm; }));
}

/** A function returning `{ js, wasm }` bytes of `page` now, after a forced garbage collection. */
async function memoryMeter(context, page) {
  const cdp = await context.newCDPSession(page);
  return async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => (window.__wasm ? window.__wasm.memory.buffer.byteLength : 0));
    return { js: heap.usedSize, wasm };
  };
}

/** In `page`, `times` popups opened and closed (`kind` 'popup'), or round trips Plugins to Jetpack. */
function repeatInPage(page, kind, times) {
  return page.evaluate(async ({ kind, times }) => {
    const frame = () => new Promise((resolve) => { requestAnimationFrame(() => setTimeout(resolve, 0)); });
    const button = (text) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
    const link = (text) => [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === text);
    for (let run = 0; run < times; run += 1) {
      if (kind === 'popup') {
        button('Disconnect').click();
        await frame();
        document.querySelector('[role="dialog"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      } else {
        link('Plugins').click();
        await frame();
        link('Jetpack').click();
      }
      await frame();
    }
  }, { kind, times });
}

module.exports = { watchWasm, memoryMeter, repeatInPage };
