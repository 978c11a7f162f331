// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every .wasm, .js and
// .css file of the bundle and every translation file (languages/*.json), once at build time;
// the backend serves them to browsers that accept them (tower-http's precompressed ServeDir), so
// no request pays for compressing.
// Usage: node scripts/precompress.js DIST_DIR
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const dist = process.argv[2] || 'dist';
const languages = path.join(dist, 'languages');
const files = fs.readdirSync(dist).filter((name) => /\.(wasm|js|css)$/.test(name)).map((name) => path.join(dist, name));
if (fs.existsSync(languages)) {
  files.push(...fs.readdirSync(languages).filter((name) => name.endsWith('.json')).map((name) => path.join(languages, name)));
}
for (const file of files) {
  const body = fs.readFileSync(file);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
}
