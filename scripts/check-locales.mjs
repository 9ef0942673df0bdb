#!/usr/bin/env node
/**
 * Checks every interface locale against the source of truth, locales/en.json.
 *
 *   node scripts/check-locales.mjs [dir]      (dir defaults to locales/)
 *
 * For each <tag>.json in dir (en.json itself excepted) it reports, with the key path:
 *   - missing   a key en.json has and the locale lacks
 *   - extra     a key the locale has and en.json does not (including a plural form
 *               the language never uses, such as pl `_two`)
 *   - placeholder  the {{name}} placeholders differ from en.json's
 *   - empty     an empty or blank string
 *   - plural    a plural family without a form CLDR requires for the language
 *               (Intl.PluralRules(tag).resolvedOptions().pluralCategories; Welsh must
 *               always have all six: zero, one, two, few, many, other)
 *   - type      a string where en.json has a group of keys, or the other way round
 *   - json      a file that is not valid JSON (with file name, line and column)
 *   - phrase    a string with a space at either end (a fragment meant to be joined to
 *               another), or a whole phrase read by screen readers that does not contain
 *               the visible word it stands for ("Show this section" must contain "Show",
 *               WCAG 2.5.3 Label in Name)
 * and, for the shipped locales (or any folder with a provenance/ subfolder):
 *   - provenance  a key without an entry in provenance/<tag>.json, or an entry whose
 *               translation no longer agrees with the published wording it cites
 *               (scripts/lib/provenance.mjs)
 *   - joined    interface text built in src/ from two strings (scripts/lib/whole-phrases.mjs)
 * and prints one summary line per locale ("keys complete x/y"). A plural family
 * counts as one key. Exit code 1 if any locale has a problem, 0 otherwise.
 *
 * The language is the file name up to its first dot: cy.json and cy.broken.json are
 * both checked as Welsh. en.json is read from dir, or from locales/ when dir has none
 * (so a folder of test fixtures needs no copy of it).
 *
 * Importable: checkLocale(en, locale, lang) returns the problems without printing.
 * Plain Node ESM, no dependencies.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkProvenance, needsProvenance, provenanceFile, readProvenance, tallyProvenance } from './lib/provenance.mjs';
import { checkWholePhrases } from './lib/whole-phrases.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** i18next JSON v4 plural suffixes, in CLDR order. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;

/**
 * The plural forms a language must provide, from CLDR via Intl. Welsh always needs
 * all six (standards §5), whatever the runtime's CLDR data says.
 */
export function requiredForms(lang) {
  if (lang.toLowerCase().split('-')[0] === 'cy') return [...PLURAL_FORMS];
  const have = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return PLURAL_FORMS.filter((f) => have.includes(f));
}

/**
 * Whether a plural form of `lang` stands for a single number (cy `_two` is only 2), so a
 * translation may spell that number out instead of using {{count}}. i18next uses
 * `_zero` for 0 in every language.
 */
export function isSingleNumber(lang, form) {
  if (form === 'zero') return true;
  const rules = new Intl.PluralRules(lang);
  const samples = [...Array(1001).keys(), 0.5, 1.5, 2.5, 0.1, 1.2];
  return samples.filter((n) => rules.select(n) === form).length === 1;
}

/** The placeholder names in a string: "{{name}}", "{{- name}}", "{{date, datetime}}" -> name, date. */
export function placeholders(s) {
  const names = new Set();
  for (const m of s.matchAll(/\{\{\s*-?\s*([^{},]+?)\s*(?:,[^{}]*)?\}\}/g)) names.add(m[1]);
  return [...names].sort();
}

const kind = (v) =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a group of keys'
        : typeof v === 'string'
          ? 'a string'
          : `a ${typeof v}`;
const isGroup = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const braces = (names) => (names.length ? names.map((n) => `{{${n}}}`).join(', ') : 'none');
const join = (prefix, key) => (prefix ? `${prefix}.${key}` : key);

/** The message ids under an en.json node: leaf paths, with a plural family counted once. */
export function messageIds(node, prefix = '') {
  const ids = new Set();
  for (const [key, value] of Object.entries(node)) {
    if (isGroup(value)) for (const id of messageIds(value, join(prefix, key))) ids.add(id);
    else ids.add(join(prefix, typeof value === 'string' ? key.replace(PLURAL_KEY, '$1') : key));
  }
  return [...ids];
}

/** en.json's plural families at one level: base key -> the en strings of its forms. */
function familiesOf(node) {
  const families = new Map();
  for (const [key, value] of Object.entries(node)) {
    const m = PLURAL_KEY.exec(key);
    if (!m || typeof value !== 'string') continue;
    if (!families.has(m[1])) families.set(m[1], []);
    families.get(m[1]).push(value);
  }
  return families;
}

/**
 * Problems of one locale object against en.json's object, for language `lang`.
 * Each problem is { type, path, message, key }: `path` is the exact key path
 * ("glance.index_two"), `key` the message it belongs to ("glance.index"). A missing
 * group of keys is one problem, with the messages it stands for in `keys`.
 * Types: missing, extra, placeholder, empty, plural, type.
 */
export function checkLocale(en, locale, lang) {
  const problems = [];
  const add = (type, keyPath, message, key = keyPath) => problems.push({ type, path: keyPath, message, key });
  if (!isGroup(locale)) {
    add('type', '', `wrong type: expected a JSON object of keys at the top level, got ${kind(locale)}`);
    return problems;
  }
  const forms = requiredForms(lang);

  /** A translated string against en's placeholder names: allowed, and those it must keep. */
  const checkString = (value, keyPath, key, allowed, mustKeep, hint = '') => {
    if (typeof value !== 'string') return add('type', keyPath, `wrong type: expected a string, got ${kind(value)}`, key);
    if (!value.trim()) return add('empty', keyPath, 'empty string', key);
    if (value !== value.trim())
      add('phrase', keyPath, 'starts or ends with a space: a whole phrase stands alone, it is never joined to another string', key);
    // The classic script is built without i18next's formatter (rollup.config.mjs), so a
    // format spec would be shown unformatted: dates and numbers are formatted in code.
    if (/\{\{[^}]*,[^}]*\}\}/.test(value))
      return add('placeholder', keyPath, 'format specs such as {{date, datetime}} are not supported: use a plain {{name}}', key);
    const have = placeholders(value);
    const unknown = have.filter((n) => !allowed.includes(n));
    const lost = mustKeep.filter((n) => !have.includes(n));
    if (unknown.length || lost.length) {
      add(
        'placeholder',
        keyPath,
        `placeholder mismatch: ${braces(have)} here, en.json has ${braces(allowed)}` +
          (unknown.length ? `; unknown: ${braces(unknown)}` : '') +
          (lost.length ? `; missing: ${braces(lost)}` : '') +
          (lost.includes('count') ? hint : ''),
        key,
      );
    }
  };

  const walk = (enNode, node, prefix) => {
    const families = familiesOf(enNode);
    const seen = new Set();
    for (const [key, enValue] of Object.entries(enNode)) {
      const keyPath = join(prefix, key);
      if (typeof enValue === 'string' && PLURAL_KEY.test(key) && families.has(PLURAL_KEY.exec(key)[1])) continue;
      seen.add(key);
      if (!Object.hasOwn(node, key)) {
        if (!isGroup(enValue)) add('missing', keyPath, 'missing key');
        else {
          const keys = messageIds(enValue, keyPath);
          problems.push({ type: 'missing', path: keyPath, message: `missing group of keys (${keys.length} keys)`, key: keyPath, keys });
        }
        continue;
      }
      const value = node[key];
      if (isGroup(enValue)) {
        if (isGroup(value)) walk(enValue, value, keyPath);
        else add('type', keyPath, `wrong type: expected a group of keys, got ${kind(value)}`);
      } else {
        const names = placeholders(enValue);
        checkString(value, keyPath, keyPath, names, names);
      }
    }
    for (const [base, enForms] of families) {
      const key = join(prefix, base);
      const allowed = [...new Set(enForms.flatMap(placeholders))].sort();
      const present = PLURAL_FORMS.filter((f) => Object.hasOwn(node, `${base}_${f}`));
      for (const f of present) seen.add(`${base}_${f}`);
      if (!present.length) {
        for (const f of forms)
          add('missing', `${key}_${f}`, `missing plural key (${lang} needs ${forms.map((x) => `_${x}`).join(', ')})`, key);
        continue;
      }
      for (const f of forms.filter((x) => !present.includes(x))) {
        add('plural', `${key}_${f}`, `missing plural form "${f}": CLDR ${lang} needs ${forms.map((x) => `_${x}`).join(', ')}`, key);
      }
      for (const f of present) {
        const keyPath = `${key}_${f}`;
        if (f !== 'zero' && !forms.includes(f)) {
          add(
            'extra',
            keyPath,
            `extra plural form: "${f}" is not a plural form of ${lang} (${forms.join(', ')}), so i18next never uses this key`,
            keyPath,
          );
          continue;
        }
        // A form that stands for one number may spell it out ("dwy adran"); the others must show {{count}}.
        const mustKeep = isSingleNumber(lang, f) ? allowed.filter((n) => n !== 'count') : allowed;
        const hint = ` (the ${lang} "${f}" form covers more than one number, so it must show {{count}})`;
        checkString(node[`${base}_${f}`], keyPath, key, allowed, mustKeep, hint);
      }
    }
    for (const key of Object.keys(node)) {
      if (seen.has(key)) continue;
      const m = PLURAL_KEY.exec(key);
      const hint = m && Object.hasOwn(enNode, m[1]) ? ` (en.json's "${join(prefix, m[1])}" is not a plural key)` : '';
      add('extra', join(prefix, key), `extra key, not in en.json${hint}`);
    }
  };
  walk(en, locale, '');
  for (const [phrase, word] of LABEL_IN_NAME) {
    const get = (o, p) => p.split('.').reduce((n, k) => (n && typeof n === 'object' ? n[k] : undefined), o);
    const whole = get(locale, phrase);
    const visible = get(locale, word);
    if (typeof whole === 'string' && typeof visible === 'string' && visible.trim() && !bare(whole, lang).includes(bare(visible, lang))) {
      add(
        'phrase',
        phrase,
        `"${whole}" does not contain the visible "${visible}" (${word}): screen readers read the phrase in its place, so it must contain the word people see (WCAG 2.5.3 Label in Name)`,
      );
    }
  }
  return problems;
}

/** Lower case, without the pseudo-locale's brackets and padding ("[Šĥóŵ ~]" -> "šĥóŵ"). */
const bare = (s, lang) =>
  s
    .replace(/[[\]~]/g, '')
    .trim()
    .toLocaleLowerCase(lang);

/** Whole phrases read by screen readers in place of a visible word, which they must contain. */
const LABEL_IN_NAME = [
  ['sections.showSection', 'sections.show'],
  ['sections.hideSection', 'sections.hide'],
];

/** Keys complete: messages of en.json with no missing/empty/placeholder/plural/type problem. */
export function tally(en, problems) {
  const ids = messageIds(en);
  const bad = new Set(problems.filter((p) => p.type !== 'extra').flatMap((p) => p.keys ?? [p.key]));
  return { complete: ids.filter((id) => !bad.has(id)).length, total: ids.length };
}

/**
 * Reads and parses one locale file. Returns { value } or { problem } where the problem
 * is a `json` problem naming the file, line and column.
 */
export function readLocale(file) {
  const text = readFileSync(file, 'utf8');
  const name = path.basename(file);
  try {
    if (text.charCodeAt(0) === 0xfeff)
      throw new SyntaxError('the file starts with a byte-order mark (save it as UTF-8 without BOM) at position 0');
    return { value: JSON.parse(text) };
  } catch (e) {
    const at = /position (\d+)/.exec(e.message);
    let where = '';
    if (at && !/line \d+/.test(e.message)) {
      const before = text.slice(0, Number(at[1])).split('\n');
      where = ` at line ${before.length}, column ${before.at(-1).length + 1}`;
    }
    return { problem: { type: 'json', file: name, path: '', key: '', message: `invalid JSON${where}: ${e.message}` } };
  }
}

/** The language tag of a locale file: its name up to the first dot ("cy.missing-key.json" -> "cy"). */
export const languageOf = (file) => path.basename(file).split('.')[0];

/** Checks every locale file in `dir`. Returns [{ file, lang, problems, complete, total }]. */
export function checkDir(dir) {
  const enFile = existsSync(path.join(dir, 'en.json')) ? path.join(dir, 'en.json') : path.join(root, 'locales', 'en.json');
  const en = readLocale(enFile);
  if (en.problem) return [{ file: enFile, lang: 'en', problems: [en.problem], complete: 0, total: 0 }];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'en.json')
    .sort();
  return files.map((f) => {
    const file = path.join(dir, f);
    const lang = languageOf(f);
    const { total } = tally(en.value, []);
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      return {
        file,
        lang,
        problems: [{ type: 'file', file: f, path: '', key: '', message: `"${lang}" (from the file name) is not a language tag` }],
        complete: 0,
        total,
      };
    }
    const read = readLocale(file);
    if (read.problem) return { file, lang, problems: [read.problem], complete: 0, total };
    const problems = checkLocale(en.value, read.value, lang);
    return { file, lang, problems, ...tally(en.value, problems) };
  });
}

function main() {
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'locales'));
  if (!existsSync(dir)) {
    console.error(`check-locales: no such folder ${dir}`);
    process.exit(2);
  }
  const results = checkDir(dir);
  const width = Math.max(12, ...results.map((r) => path.basename(r.file).length));
  let failed = 0;
  for (const r of results) {
    const shown = r.problems;
    const name = path.basename(r.file);
    if (shown.length) failed++;
    for (const p of shown) console.log(`${name}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
    const plural = requiredFormsSafe(r.lang);
    console.log(
      `${shown.length ? 'FAIL' : 'ok  '} ${name.padEnd(width)} ${r.lang.padEnd(6)} keys complete ${r.complete}/${r.total}${plural}${shown.length ? `, ${shown.length} problem${shown.length === 1 ? '' : 's'}` : ''}`,
    );
  }
  if (!results.length) console.log(`check-locales: no locale files in ${dir}`);
  console.log(`check-locales: ${results.length - failed} of ${results.length} locale(s) pass`);
  // Provenance: every shipped locale, and any test folder that brings its own provenance/.
  const shippedDir = dir === path.join(root, 'locales');
  let provenanceFailed = 0;
  if (shippedDir || existsSync(path.join(dir, 'provenance'))) {
    const en = readLocale(path.join(root, 'locales', 'en.json')).value;
    for (const r of results.filter((x) => needsProvenance(x.lang) && !x.problems.some((p) => p.type === 'json'))) {
      const name = `provenance/${r.lang}.json`;
      const locale = readLocale(r.file).value;
      const read = readProvenance(provenanceFile(dir, r.lang));
      const problems = read.problem ? [{ key: '', message: read.problem }] : checkProvenance(en, locale, read.value);
      for (const p of problems) console.log(`${name}: ${p.key ? `${p.key}: ` : ''}${p.message}`);
      if (problems.length) provenanceFailed++;
      const c = read.problem ? null : tallyProvenance(en, locale, read.value);
      console.log(
        `${problems.length ? 'FAIL' : 'ok  '} ${name.padEnd(width)} ${c ? `sourced ${c.whole + c.term}/${c.total} (${c.whole} whole, ${c.term} term), machine-drafted ${c.machine}` : 'missing'}`,
      );
    }
  }
  // Whole phrases: the component's own source, checked with the shipped locales.
  const joined = shippedDir ? checkWholePhrases(path.join(root, 'src')) : [];
  for (const p of joined) console.log(`${path.relative(root, p.file)}:${p.line}: ${p.message}`);
  if (shippedDir)
    console.log(
      `check-locales: ${joined.length ? `FAIL ${joined.length} phrase(s) joined in code` : 'no interface phrase is joined in code'}`,
    );
  process.exit(failed || provenanceFailed || joined.length ? 1 : 0);
}

const requiredFormsSafe = (lang) => {
  try {
    return `, plural forms ${requiredForms(lang).join('/')}`;
  } catch {
    return '';
  }
};

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
