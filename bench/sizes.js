// Sizes of the release bundle, raw, gzip (level 9) and brotli (quality 11): one measure for
// `make bench` (bench/run.js) and the size ratchet of `make test` (scripts/check_bundle_size.js).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** Whether `name` is a chunk of the split (scripts/split_wasm.py): every wasm but the main
 * module's `_bg.wasm`. Chunks load when their screen is first needed, not for the Overview. */
const isChunk = (name) => name.endsWith('.wasm') && !name.endsWith('_bg.wasm');

const sum = (rows) => rows.reduce((total, row) => ({
  raw: total.raw + row.raw, gzip: total.gzip + row.gzip, brotli: total.brotli + row.brotli,
}), { raw: 0, gzip: 0, brotli: 0 });

/** Every .wasm, .js, .css and .html file of `dist` (each row says whether it is a lazy chunk),
 * the sum of what the Overview needs (`initial`: the page, styles, scripts, the main module), of
 * the lazy chunks (`lazy`) and of both (`total`). */
function sizes(dist) {
  const rows = [];
  for (const name of fs.readdirSync(dist).sort()) {
    const file = path.join(dist, name);
    if (!fs.statSync(file).isFile() || !/\.(wasm|js|css|html)$/.test(name)) continue;
    const body = fs.readFileSync(file);
    rows.push({
      name,
      lazy: isChunk(name),
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return { rows, initial: sum(rows.filter((row) => !row.lazy)), lazy: sum(rows.filter((row) => row.lazy)), total: sum(rows) };
}

module.exports = { sizes, isChunk };
