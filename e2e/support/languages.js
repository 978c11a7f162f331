// The panel in another language (issue 18): its words as the shipped translation files say them
// (languages/payments-panel-<locale>.json, Jed 1.x), and the checks a translated screen must pass:
// no English left over (except names and ids) and nothing that overflows its box.
const fs = require('fs');
const path = require('path');
const { expect } = require('@playwright/test');
const { expectNoSidewaysScroll } = require('./narrow');

const LANGUAGES = path.join(__dirname, '..', '..', 'languages');
/// The cookie the language switch sets and the backend reads (panel_protocol::locale::LOCALE_COOKIE).
const LOCALE_COOKIE = 'panel_locale';
const PLACEHOLDER = /%(\d+\$)?[sd]/g;

/**
 * The catalog of `locale`: `t(msgid, context)` gives its translation (failing the test when the
 * file has none, so a test never silently looks for English), `f(msgid, ...values)` fills in a
 * translated template's placeholders, and `leaks` lists the English templates whose translation
 * differs (the ones that must not show).
 */
function catalog(locale) {
  const file = path.join(LANGUAGES, `payments-panel-${locale}.json`);
  const messages = JSON.parse(fs.readFileSync(file, 'utf8')).locale_data.messages;
  const t = (msgid, context) => {
    const forms = messages[context ? `${context}\u0004${msgid}` : msgid];
    if (!forms || !forms[0]) throw new Error(`${locale} has no translation of ${JSON.stringify(msgid)}`);
    return forms[0];
  };
  const f = (msgid, ...values) => {
    let next = 0;
    return t(msgid).replace(PLACEHOLDER, (_, position) => String(values[position ? parseInt(position, 10) - 1 : next++]));
  };
  const leaks = Object.entries(messages)
    .filter(([key, forms]) => key !== '' && forms[0] && forms[0] !== key.split('\u0004').pop())
    .map(([key]) => key.split('\u0004').pop())
    .filter((english) => /[A-Za-z]{2,}/.test(english.replace(PLACEHOLDER, '')));
  return { locale, t, f, leaks: [...new Set(leaks)] };
}

/** Makes the pages of `context` (and its backend at `url`) ask for `locale`, as the language switch does. */
async function chooseByCookie(context, url, locale) {
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url }]);
}

/**
 * Asserts that the panel shows no English sentence of its catalog where `language` has its own:
 * no element's text, label, title or placeholder reads as an English message (its placeholders
 * standing for anything). With `pseudo`, every run of plain ASCII letters must also be one of
 * `allowed` (names, ids, codes): a pseudo-locale accents every word it translates, so a plain
 * word is one that never went through the catalog. The language switch's options (names of
 * languages as their readers write them) are not looked at.
 */
async function expectNoEnglish(page, language, where, { pseudo = false, allowed = [] } = {}) {
  const found = await page.evaluate(({ templates, pseudo, allowed }) => {
    const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const patterns = templates.map((english) => ({
      english,
      pattern: new RegExp(`^${english.split(/%(?:\d+\$)?[sd]/).map(escape).join('.+?')}$`),
    }));
    const normal = (text) => (text || '').replace(/[\u2068\u2069\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();
    const root = document.getElementById('payments-panel') || document.body;
    const languageNames = [...root.querySelectorAll('.wcpay-language option')].map((option) => option.textContent)
      .sort((a, b) => b.length - a.length);
    const withoutLanguageNames = (text) => languageNames.reduce((rest, name) => rest.split(name).join(' '), text || '');
    const texts = new Set([normal(document.title)]);
    for (const element of root.querySelectorAll('*')) {
      if (element.closest('.wcpay-language select')) continue;
      if (element.getClientRects().length === 0 && !element.closest('[aria-live], .screen-reader-text')) continue;
      texts.add(normal(withoutLanguageNames(element.textContent)));
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) texts.add(normal(element.getAttribute(name)));
    }
    const leaks = [];
    for (const text of texts) {
      if (!text || allowed.includes(text)) continue;
      const english = patterns.find(({ pattern }) => pattern.test(text));
      if (english) leaks.push(`"${text}" is English ("${english.english}")`);
      if (pseudo) {
        // Ids (acct_..., ch_...) and the allowed names stand as they are.
        let rest = text.replace(/\b[a-z]+_[A-Za-z0-9]+/g, ' ');
        for (const name of allowed) rest = rest.split(name).join(' ');
        const plain = rest.match(/[A-Za-z]{2,}/g);
        if (plain) leaks.push(`"${text}" has plain words: ${[...new Set(plain)].join(', ')}`);
      }
      if (leaks.length >= 10) break;
    }
    return leaks;
  }, { templates: language.leaks, pseudo, allowed });
  expect(found, `${where} in ${language.locale}: English shows`).toEqual([]);
}

/**
 * Asserts that nothing on the page overflows: no sideways scroll of the page, no text clipped by
 * or spilling out of its box, no box sticking out of its card, notice or dialog. Regions that
 * scroll sideways on their own (`.wcpay-scroll`, the wide tables) are left to scroll.
 */
async function expectNothingOverflows(page, where) {
  await expectNoSidewaysScroll(page, where);
  const found = await page.evaluate(() => {
    const problems = [];
    const name = (element) => `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')} "${(element.textContent || '').trim().slice(0, 40)}"`;
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(element);
      if (style.display === 'inline' || style.visibility === 'hidden') continue;
      const scroller = element.closest('.wcpay-scroll');
      if (scroller && scroller !== element) continue;
      const scrolls = ['auto', 'scroll'].includes(style.overflowX);
      if (!scrolls && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name(element)} holds ${element.scrollWidth} px in ${element.clientWidth} px (${['hidden', 'clip'].includes(style.overflowX) ? 'clipped' : 'spills out'})`);
      }
      const container = element.parentElement && element.parentElement.closest('.wcpay-card, [role="dialog"], .notice, .wcpay-notice');
      if (container) {
        const outer = container.getBoundingClientRect();
        if (box.left < outer.left - 1 || box.right > outer.right + 1) problems.push(`${name(element)} sticks out of ${name(container)}`);
      }
      if (problems.length >= 8) break;
    }
    return problems;
  });
  expect(found, `${where}: something overflows`).toEqual([]);
}

module.exports = { catalog, chooseByCookie, expectNoEnglish, expectNothingOverflows, LOCALE_COOKIE };
