// Sizes of the release bundle, raw, gzip (level 9) and brotli (quality 11): one measure for
// `make bench` (bench/run.js) and the size ratchet of `make test` (scripts/check_bundle_size.js).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

/** Every .wasm, .js, .css and .html file of `dist` (all of them make the initial load), and their sum. */
function sizes(dist) {
  const rows = [];
  for (const name of fs.readdirSync(dist).sort()) {
    const file = path.join(dist, name);
    if (!fs.statSync(file).isFile() || !/\.(wasm|js|css|html)$/.test(name)) continue;
    const body = fs.readFileSync(file);
    rows.push({
      name,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const initial = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, initial };
}

module.exports = { sizes };
