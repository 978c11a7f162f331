#!/usr/bin/env node
// The panel's translation files, from its code (no gettext tools needed):
//
//   node scripts/i18n.js pot     extracts every t/tx/tn call of src/, the sentences the backend
//                                marks translatable("...") (it sends them in English, the app shows
//                                them translated), the boot frame's marked text (index.html,
//                                data-wcpay-t), and every __()/esc_html__() of the WordPress
//                                plugin (wordpress/payments-panel/) into
//                                languages/payments-panel.pot (the item's `///` doc comment, or a
//                                `// translators:` line just above the call, becomes the translator
//                                comment)
//   node scripts/i18n.js build   writes the pseudo-locales' .po from the .pot (en_XA: accented and
//                                about 35% longer, in brackets; ar_XB: right to left), and every
//                                languages/*.po as the Jed 1.x JSON `wp i18n make-json` writes (the
//                                app's messages) and as the .mo WordPress loads for the plugin's PHP
//                                (its menu, its errors)
//   node scripts/i18n.js check   fails if the .pot or a built file is stale, a translation's
//                                placeholders differ from its English text's, or a shipped real
//                                translation (German) misses a message
//
// `make pot` runs `pot` then `build`; `make test` runs `check`.
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const LANGUAGES = path.join(ROOT, 'languages');
const DOMAIN = 'payments-panel';
const POT = path.join(LANGUAGES, `${DOMAIN}.pot`);
const PLUGIN = path.join(ROOT, 'wordpress', DOMAIN);
/// Real translations that must be complete (pseudo-locales are built, so complete by construction).
const COMPLETE = ['de_DE'];

// ---------------------------------------------------------------- extraction

/// The files under `dir` whose names end in `extension`, sorted.
function filesEnding(dir, extension) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesEnding(full, extension);
    return entry.name.endsWith(extension) ? [full] : [];
  }).sort();
}

/// Reads a Rust string literal starting at `at` (its opening quote); returns [value, end].
function readLiteral(text, at) {
  let value = '';
  let i = at + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === '\\') {
      const next = text[i + 1];
      if (next === 'n') { value += '\n'; i += 2; } else if (next === 't') { value += '\t'; i += 2; } else if (next === 'u') {
        const close = text.indexOf('}', i);
        value += String.fromCodePoint(parseInt(text.slice(i + 3, close), 16));
        i = close + 1;
      } else if (next === '\n') {
        i += 2;
        while (/\s/.test(text[i])) i++;
      } else { value += next; i += 2; }
    } else { value += text[i]; i++; }
  }
  return [value, i + 1];
}

/// The translator comment for a call on line `line` (0-based) of `lines`.
function translatorComment(lines, line) {
  const above = [];
  for (let i = line - 1; i >= 0 && /^\s*\/\/ /.test(lines[i]) && !/^\s*\/\/\//.test(lines[i]); i--) above.unshift(lines[i]);
  const own = above.join(' ').match(/translators:\s*(.*)$/);
  if (own) return own[1].replace(/\s*\/\/\s*/g, ' ').trim();
  for (let i = line; i >= 0; i--) {
    if (/^\s*(pub(\([a-z]+\))? )?(fn|const|static|struct|enum) /.test(lines[i])) {
      const doc = [];
      let j = i - 1;
      while (j >= 0 && /^\s*#\[/.test(lines[j])) j--;
      for (; j >= 0 && /^\s*\/\/\//.test(lines[j]); j--) doc.unshift(lines[j].replace(/^\s*\/\/\/\s?/, ''));
      return doc.join(' ').trim();
    }
  }
  return '';
}

/// Where the messages are: the app's calls, and the sentences the backend sends in English for
/// the app to show translated (marked `translatable("...")`).
const RUST_SOURCES = [
  { dir: 'src', call: /^(t|tx|tn)\(\s*"/ },
  { dir: path.join('crates', 'backend', 'src'), call: /^(translatable)\(\s*"/ },
];

function extract() {
  const entries = new Map();
  for (const { dir, call: callPattern } of RUST_SOURCES) for (const file of filesEnding(path.join(ROOT, dir), '.rs')) {
    let text = fs.readFileSync(file, 'utf8');
    const tests = text.search(/^#\[cfg\(test\)\]\s*\nmod tests/m);
    if (tests >= 0) text = text.slice(0, tests);
    const lines = text.split('\n');
    const relative = path.relative(ROOT, file);
    let i = 0;
    let lineNo = 0;
    while (i < text.length) {
      const c = text[i];
      if (c === '\n') { lineNo++; i++; continue; }
      if (c === '/' && text[i + 1] === '/') { while (i < text.length && text[i] !== '\n') i++; continue; }
      if (c === '"') { const [, end] = readLiteral(text, i); lineNo += text.slice(i, end).split('\n').length - 1; i = end; continue; }
      if (c === '\'' && /^'(\\.|[^\\'])'/.test(text.slice(i, i + 4))) { i += text[i + 1] === '\\' ? 4 : 3; continue; }
      const call = text.slice(i).match(callPattern);
      if (call && !/[\w.:]/.test(text[i - 1] || '')) {
        const wants = ['t', 'translatable'].includes(call[1]) ? 1 : 2;
        const args = [];
        let j = i + call[1].length + 1;
        while (args.length < wants) {
          while (/[\s,]/.test(text[j])) j++;
          if (text[j] !== '"') break;
          const [value, end] = readLiteral(text, j);
          args.push(value);
          j = end;
        }
        if (args.length === wants) {
          const [context, msgid, plural] = call[1] === 'tx' ? [args[0], args[1], null] : [null, args[0], call[1] === 'tn' ? args[1] : null];
          const key = `${context ?? ''}\u0004${msgid}`;
          const entry = entries.get(key) || { context, msgid, plural, comments: [], references: [] };
          const comment = translatorComment(lines, lineNo);
          if (comment && !entry.comments.includes(comment)) entry.comments.push(comment);
          // Files only: line numbers would make every edit above a message change the template.
          if (!entry.references.includes(relative)) entry.references.push(relative);
          entries.set(key, entry);
        }
      }
      i++;
    }
  }
  extractPhp(entries);
  extractBootFrame(entries);
  return [...entries.values()];
}

/// A PHP single-quoted string's value.
const phpLiteral = (body) => body.replace(/\\(['\\])/g, '$1');

/// Adds the plugin's `__( '...', 'payments-panel' )` calls (and the escaping variants) to
/// `entries`; a `/* translators: ... */` or `// translators:` comment on the line above is the
/// translator comment.
function extractPhp(entries) {
  const call = new RegExp(`\\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\\(\\s*'((?:\\\\.|[^'\\\\])*)'\\s*,\\s*'${DOMAIN}'\\s*\\)`, 'g');
  for (const file of filesEnding(PLUGIN, '.php')) {
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const relative = path.relative(ROOT, file);
    for (const match of text.matchAll(call)) {
      const msgid = phpLiteral(match[1]);
      const line = text.slice(0, match.index).split('\n').length - 1;
      const above = (lines[line - 1] || '').match(/(?:\/\*|\/\/)\s*translators:\s*(.*?)\s*(?:\*\/)?\s*$/);
      const key = `\u0004${msgid}`;
      const entry = entries.get(key) || { context: null, msgid, plural: null, comments: [], references: [] };
      if (above && !entry.comments.includes(above[1])) entry.comments.push(above[1]);
      if (!entry.references.includes(relative)) entry.references.push(relative);
      entries.set(key, entry);
    }
  }
}

/// Adds index.html's boot frame messages (the text of elements marked `data-wcpay-t`, the label of
/// those marked `data-wcpay-t-label`; the backend serves them
/// translated, crates/backend/src/boot_frame.rs) to `entries`.
function extractBootFrame(entries) {
  const file = path.join(ROOT, 'index.html');
  const text = fs.readFileSync(file, 'utf8');
  const texts = [...text.matchAll(/<(\w+)\b[^>]*\bdata-wcpay-t>([^<]*)<\/\1>/g)].map((match) => match[2]);
  const labels = [...text.matchAll(/aria-label="([^"]*)"[^>]*\bdata-wcpay-t-label\b/g)].map((match) => match[1]);
  for (const found of [...texts, ...labels]) {
    const msgid = found.split(/\s+/).filter(Boolean).join(' ');
    const key = `\u0004${msgid}`;
    const entry = entries.get(key) || { context: null, msgid, plural: null, comments: [], references: [] };
    if (!entry.references.includes('index.html')) entry.references.push('index.html');
    entries.set(key, entry);
  }
}

// ---------------------------------------------------------------- PO files

function quote(text) {
  return '"' + text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '"';
}

function header(fields) {
  return Object.entries(fields).map(([name, value]) => quote(`${name}: ${value}\n`)).join('\n');
}

function writePo(entries, fields, translate) {
  const blocks = [`msgid ""\nmsgstr ""\n${header(fields)}\n`];
  for (const entry of entries) {
    const lines = [];
    for (const comment of entry.comments) lines.push(`#. ${comment}`);
    if (entry.references.length) lines.push(`#: ${entry.references.join(' ')}`);
    if (/%(\d+\$)?[sd]/.test(entry.msgid + (entry.plural || ''))) lines.push('#, php-format');
    if (entry.context !== null) lines.push(`msgctxt ${quote(entry.context)}`);
    lines.push(`msgid ${quote(entry.msgid)}`);
    const forms = translate ? translate(entry) : null;
    if (entry.plural !== null) {
      lines.push(`msgid_plural ${quote(entry.plural)}`);
      (forms || ['', '']).forEach((form, index) => lines.push(`msgstr[${index}] ${quote(form)}`));
    } else {
      lines.push(`msgstr ${quote(forms ? forms[0] : '')}`);
    }
    blocks.push(lines.join('\n') + '\n');
  }
  return blocks.join('\n');
}

function unquote(text) {
  return JSON.parse(text.replace(/\\t/g, '\\t'));
}

/// Reads a .po: its header fields and its entries ({context, msgid, plural, forms}).
function readPo(text) {
  const entries = [];
  let current = null;
  let field = null;
  const flush = () => { if (current && current.msgid !== undefined) entries.push(current); current = null; };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' ) { flush(); continue; }
    if (line.startsWith('#')) {
      if (current && current.msgid !== undefined) flush();
      if (line.startsWith('#: ')) {
        current = current || { context: null, plural: null, forms: [], references: [] };
        current.references.push(...line.slice(3).split(' ').filter(Boolean));
      }
      continue;
    }
    current = current || { context: null, plural: null, forms: [], references: [] };
    let m;
    if ((m = line.match(/^msgctxt (".*")$/))) { current.context = unquote(m[1]); field = ['context']; } else if ((m = line.match(/^msgid (".*")$/))) { current.msgid = unquote(m[1]); field = ['msgid']; } else if ((m = line.match(/^msgid_plural (".*")$/))) { current.plural = unquote(m[1]); field = ['plural']; } else if ((m = line.match(/^msgstr(?:\[(\d+)\])? (".*")$/))) {
      const index = Number(m[1] || 0);
      current.forms[index] = unquote(m[2]);
      field = ['forms', index];
    } else if ((m = line.match(/^(".*")$/))) {
      const value = unquote(m[1]);
      if (field[0] === 'forms') current.forms[field[1]] += value; else current[field[0]] += value;
    } else {
      throw new Error(`cannot read the line: ${raw}`);
    }
  }
  flush();
  const head = entries.find((entry) => entry.msgid === '' && entry.context === null);
  const fields = {};
  for (const line of (head ? head.forms[0] : '').split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) fields[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return { fields, entries: entries.filter((entry) => entry !== head) };
}

/// The key of an entry in a Jed file and a .mo: the context, U+0004, the English text.
const messageKey = (entry) => (entry.context !== null ? `${entry.context}\u0004${entry.msgid}` : entry.msgid);

/// The Jed 1.x JSON `wp i18n make-json` writes for a .po, with the messages `wanted` keeps
/// (the app's).
function toJed(po, locale, wanted) {
  const data = { '': { domain: 'messages', lang: po.fields.Language || locale, 'plural-forms': po.fields['Plural-Forms'] || 'nplurals=2; plural=(n != 1);' } };
  for (const entry of po.entries) {
    if (!entry.forms.some((form) => form) || !wanted(entry)) continue;
    data[messageKey(entry)] = entry.forms;
  }
  return JSON.stringify({
    'translation-revision-date': po.fields['PO-Revision-Date'] || '',
    generator: 'payments-panel scripts/i18n.js',
    domain: 'messages',
    locale_data: { messages: data },
  }) + '\n';
}

/// The GNU .mo file (little endian, no hash table) WordPress's `load_plugin_textdomain` reads for
/// a .po, with the messages `wanted` keeps (the plugin's PHP ones) and the header.
function toMo(po, wanted) {
  const head = ['Language', 'Plural-Forms', 'Content-Type'].filter((name) => po.fields[name])
    .map((name) => `${name}: ${po.fields[name]}\n`).join('');
  const pairs = [['', head]];
  for (const entry of po.entries) {
    if (!entry.forms.some((form) => form) || !wanted(entry)) continue;
    const original = entry.plural !== null ? `${messageKey(entry)}\0${entry.plural}` : messageKey(entry);
    pairs.push([original, entry.forms.join('\0')]);
  }
  pairs.sort(([a], [b]) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const originals = pairs.map(([original]) => Buffer.from(original, 'utf8'));
  const translations = pairs.map(([, translation]) => Buffer.from(translation, 'utf8'));
  const tables = 28 + pairs.length * 16;
  const table = Buffer.alloc(tables);
  [0x950412de, 0, pairs.length, 28, 28 + pairs.length * 8, 0, tables].forEach((value, index) => table.writeUInt32LE(value, index * 4));
  const strings = [];
  let offset = tables;
  [originals, translations].forEach((list, which) => list.forEach((text, index) => {
    const at = 28 + which * pairs.length * 8 + index * 8;
    table.writeUInt32LE(text.length, at);
    table.writeUInt32LE(offset, at + 4);
    strings.push(text, Buffer.from([0]));
    offset += text.length + 1;
  }));
  return Buffer.concat([table, ...strings]);
}

// ---------------------------------------------------------------- pseudo-locales

const ACCENTS = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};
const PLACEHOLDER = /%(\d+\$)?[sd]|%%/g;
/// Messages that are formats or codes, not words: kept as they are (date() letters, separators).
const FORMATS = /format|separator|amount with currency|date and time/;

/// `text` split into [isPlaceholder, piece] runs.
function pieces(text) {
  const out = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > at) out.push([false, text.slice(at, match.index)]);
    out.push([true, match[0]]);
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push([false, text.slice(at)]);
  return out;
}

const accent = (text) => [...text].map((c) => ACCENTS[c] || c).join('');

function pseudoLong(text, entry) {
  if (entry.context === 'text direction') return 'ltr';
  if (FORMATS.test(entry.context || '')) return text;
  const body = pieces(text).map(([keep, piece]) => (keep ? piece : accent(piece))).join('');
  const letters = text.replace(PLACEHOLDER, '').length;
  const padding = '~'.repeat(Math.max(1, Math.round(letters * 0.35)));
  return `[${body} ${padding}]`;
}

function pseudoRtl(text, entry) {
  if (entry.context === 'text direction') return 'rtl';
  if (FORMATS.test(entry.context || '')) return text;
  // Each run of words is shown mirrored (RIGHT-TO-LEFT OVERRIDE ... POP DIRECTIONAL FORMATTING),
  // accented so untranslated English stands out; placeholders stay outside, so the names, ids
  // and numbers they bring stay as they are.
  return pieces(text).map(([keep, piece]) => (keep ? piece : `\u202e${accent(piece)}\u202c`)).join('');
}

const PSEUDO = {
  en_XA: { transform: pseudoLong, language: 'en_XA', team: 'pseudo-locale: accented, about 35% longer' },
  ar_XB: { transform: pseudoRtl, language: 'ar_XB', team: 'pseudo-locale: right to left' },
};

// ---------------------------------------------------------------- commands

const POT_FIELDS = {
  'Project-Id-Version': 'WooPayments connection panel',
  'Report-Msgid-Bugs-To': '',
  'MIME-Version': '1.0',
  'Content-Type': 'text/plain; charset=UTF-8',
  'Content-Transfer-Encoding': '8bit',
  'X-Domain': DOMAIN,
  'X-Generator': 'scripts/i18n.js (make pot)',
};

function expectedPot() {
  return `# The WooPayments connection panel's messages, extracted from src/ and wordpress/ by \`make pot\`.\n${writePo(extract(), POT_FIELDS, null)}`;
}

function expectedBuilt() {
  const pot = readPo(fs.readFileSync(POT, 'utf8'));
  const files = {};
  for (const [locale, pseudo] of Object.entries(PSEUDO)) {
    const fields = { ...POT_FIELDS, 'Language-Team': pseudo.team, Language: pseudo.language, 'Plural-Forms': 'nplurals=2; plural=(n != 1);' };
    const entries = pot.entries.map((entry) => ({ ...entry, comments: [], references: [] }));
    const translate = (entry) => (entry.plural !== null ? [entry.msgid, entry.plural] : [entry.msgid]).map((text) => pseudo.transform(text, entry));
    files[`${DOMAIN}-${locale}.po`] = `# ${pseudo.team}: built from the .pot by scripts/i18n.js build; do not edit.\n${writePo(entries, fields, translate)}`;
  }
  // The app's messages go into the Jed file, the plugin's PHP ones into the .mo (the template
  // says which file each is used in).
  const usedIn = new Map(pot.entries.map((entry) => [messageKey(entry), entry.references]));
  const inApp = (entry) => (usedIn.get(messageKey(entry)) || []).some((file) => /^(src\/|crates\/backend\/|index\.html$)/.test(file));
  const inPlugin = (entry) => (usedIn.get(messageKey(entry)) || []).some((file) => file.startsWith('wordpress/'));
  for (const name of fs.readdirSync(LANGUAGES).filter((n) => n.endsWith('.po')).concat(Object.keys(files))) {
    const locale = name.slice(DOMAIN.length + 1, -3);
    const po = readPo(files[name] ?? fs.readFileSync(path.join(LANGUAGES, name), 'utf8'));
    files[`${DOMAIN}-${locale}.json`] = toJed(po, locale, inApp);
    files[`${DOMAIN}-${locale}.mo`] = toMo(po, inPlugin);
  }
  return files;
}

function problems() {
  const found = [];
  if (!fs.existsSync(POT) || fs.readFileSync(POT, 'utf8') !== expectedPot()) found.push(`${path.relative(ROOT, POT)} is stale: run make pot`);
  if (found.length) return found;
  for (const [name, text] of Object.entries(expectedBuilt())) {
    const file = path.join(LANGUAGES, name);
    if (!fs.existsSync(file) || !fs.readFileSync(file).equals(Buffer.from(text))) found.push(`languages/${name} is stale: run make pot`);
  }
  const pot = readPo(fs.readFileSync(POT, 'utf8'));
  const numbered = (text) => {
    let next = 0;
    return [...new Set((text.match(/%(\d+\$)?[sd]/g) || []).map((p) => (p.includes('$') ? Number(p.slice(1, p.indexOf('$'))) : ++next)))].sort().join(',');
  };
  for (const name of fs.readdirSync(LANGUAGES).filter((n) => n.endsWith('.po'))) {
    const po = readPo(fs.readFileSync(path.join(LANGUAGES, name), 'utf8'));
    const byKey = new Map(po.entries.map((entry) => [`${entry.context}\u0004${entry.msgid}`, entry]));
    const locale = name.slice(DOMAIN.length + 1, -3);
    for (const entry of pot.entries) {
      const translated = byKey.get(`${entry.context}\u0004${entry.msgid}`);
      const forms = translated ? translated.forms.filter((form) => form) : [];
      if (COMPLETE.includes(locale) && forms.length === 0) found.push(`${name}: no translation of ${JSON.stringify(entry.msgid)}`);
      for (const form of forms) {
        // Plural forms may leave out the count for the singular ("one day"), as gettext allows.
        const english = numbered(entry.plural ?? entry.msgid);
        const ok = numbered(form) === english || (entry.plural !== null && english.startsWith(numbered(form)) && form !== forms[forms.length - 1]);
        if (!ok) found.push(`${name}: ${JSON.stringify(form)} has other placeholders than ${JSON.stringify(entry.msgid)}`);
      }
    }
  }
  return found;
}

const command = process.argv[2];
if (command === 'pot') {
  fs.mkdirSync(LANGUAGES, { recursive: true });
  fs.writeFileSync(POT, expectedPot());
  console.log(`${path.relative(ROOT, POT)}: ${extract().length} messages`);
} else if (command === 'build') {
  for (const [name, text] of Object.entries(expectedBuilt())) fs.writeFileSync(path.join(LANGUAGES, name), text);
  console.log('languages/: pseudo-locales and Jed JSON files written');
} else if (command === 'check') {
  const found = problems();
  for (const problem of found) console.error(problem);
  if (found.length) process.exit(1);
  console.log('translations: the .pot is current, every file is built from it, placeholders agree, shipped real translations are complete');
} else {
  console.error('usage: node scripts/i18n.js pot|build|check');
  process.exit(2);
}

