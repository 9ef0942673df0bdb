// Interface locales in Node: the checker finds each kind of fault at its exact key path,
// every shipped locale passes it, Welsh plurals resolve to all six CLDR forms through
// i18next, no count falls back to English, and the pseudo-locale is the script's output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import options from '../../src/i18n/i18next-options.json' with { type: 'json' };
import { checkLocale, readLocale, requiredForms, tally } from '../../scripts/check-locales.mjs';
import { pseudoLocale } from '../../scripts/pseudo-locale.mjs';

/** Messages in en.json (a plural family counts once), from the checker itself. */
const messageCount = tally(JSON.parse(readFileSync(new URL('../../locales/en.json', import.meta.url), 'utf8')), []).total;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LOCALES = path.join(root, 'locales');
const FIXTURES = path.join(root, 'test/fixtures/locales');
const CHECKER = path.join(root, 'scripts/check-locales.mjs');
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const en = read(path.join(LOCALES, 'en.json'));
const shipped = readdirSync(LOCALES)
  .filter((f) => f.endsWith('.json') && f !== 'en.json')
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const locale = (tag) => read(path.join(LOCALES, `${tag}.json`));
const cli = (...args) => spawnSync(process.execPath, [CHECKER, ...args], { encoding: 'utf8' });

/** One i18next instance with every shipped locale, with the component's own options. */
const i18n = i18next.createInstance();
await i18n.init({
  ...options,
  resources: Object.fromEntries([['en', en], ...shipped.map((t) => [t, locale(t)])].map(([t, s]) => [t, { translation: s }])),
});

test('the shipped locales are the eight documented in docs/locales.md', () => {
  assert.deepEqual(shipped, ['ar', 'cy', 'en-XA', 'fr', 'pa', 'pl', 'ro', 'ur']);
});

test("src/i18n/shipped.ts lists exactly the shipped locale files: only they (and a payload's languages) go into a locale URL", () => {
  const source = readFileSync(path.join(root, 'src/i18n/shipped.ts'), 'utf8');
  const listed = JSON.parse(/SHIPPED_LOCALES[^=]*=\s*(\[[^\]]*\])/.exec(source)[1].replace(/'/g, '"')).sort();
  assert.deepEqual(listed, shipped);
});

test('each broken fixture fails its own check, at the exact key path, and nothing else', () => {
  const cases = [
    ['cy.missing-key.json', 'missing', 'sections.everyone'],
    ['cy.extra-key.json', 'extra', 'contacts.fax'],
    ['cy.placeholder-mismatch.json', 'placeholder', 'notice.updated'],
    ['cy.empty-string.json', 'empty', 'rightsLayer.form'],
    ['cy.missing-plural-form.json', 'plural', 'glance.index_two'],
  ];
  for (const [file, type, keyPath] of cases) {
    const { value, problem } = readLocale(path.join(FIXTURES, file));
    assert.equal(problem, undefined, `${file} should parse`);
    const problems = checkLocale(en, value, 'cy');
    assert.deepEqual(
      problems.map((p) => [p.type, p.path]),
      [[type, keyPath]],
      `${file}: ${JSON.stringify(problems)}`,
    );
  }
});

test('the placeholder and plural problems say what is wrong', () => {
  const [placeholder] = checkLocale(en, read(path.join(FIXTURES, 'cy.placeholder-mismatch.json')), 'cy');
  assert.match(placeholder.message, /\{\{dyddiad\}\}.*\{\{date\}\}/);
  const [plural] = checkLocale(en, read(path.join(FIXTURES, 'cy.missing-plural-form.json')), 'cy');
  assert.match(plural.message, /"two".*_zero, _one, _two, _few, _many, _other/);
});

test('an invalid JSON file is reported with its name, line and column', () => {
  const { value, problem } = readLocale(path.join(FIXTURES, 'cy.invalid-json.json'));
  assert.equal(value, undefined);
  assert.equal(problem.type, 'json');
  assert.equal(problem.file, 'cy.invalid-json.json');
  assert.match(problem.message, /^invalid JSON at line 39, column 3: /);
});

test('the command line fails on the fixtures, naming each file and key path, with a summary per locale', () => {
  const run = cli(FIXTURES);
  assert.equal(run.status, 1, run.stdout + run.stderr);
  const lines = run.stdout.split('\n');
  for (const [file, needle] of [
    ['cy.missing-key.json', 'sections.everyone: missing key'],
    ['cy.extra-key.json', 'contacts.fax: extra key'],
    ['cy.placeholder-mismatch.json', 'notice.updated: placeholder mismatch'],
    ['cy.empty-string.json', 'rightsLayer.form: empty string'],
    ['cy.missing-plural-form.json', 'glance.index_two: missing plural form'],
    ['cy.invalid-json.json', 'invalid JSON at line 39, column 3'],
  ]) {
    assert.ok(
      lines.some((l) => l.startsWith(`${file}: ${needle}`)),
      `no "${file}: ${needle}" line in:\n${run.stdout}`,
    );
    assert.ok(
      lines.some((l) => l.startsWith('FAIL ') && l.includes(file) && new RegExp(`keys complete \\d+/${messageCount}`).test(l)),
      `no summary line for ${file}`,
    );
  }
});

test('every shipped locale passes every check, with all keys complete', () => {
  for (const tag of shipped) {
    const problems = checkLocale(en, locale(tag), tag);
    assert.deepEqual(problems, [], tag);
    assert.deepEqual(tally(en, problems), { complete: messageCount, total: messageCount }, tag);
  }
  const run = cli();
  assert.equal(run.status, 0, run.stdout + run.stderr);
  for (const tag of shipped)
    assert.match(run.stdout, new RegExp(`^ok +${tag}\\.json +${tag} +keys complete ${messageCount}/${messageCount}`, 'm'));
});

test('each plural family has exactly the forms CLDR gives the language (Welsh: all six)', () => {
  assert.deepEqual(requiredForms('cy'), ['zero', 'one', 'two', 'few', 'many', 'other']);
  assert.deepEqual(requiredForms('cy-GB'), ['zero', 'one', 'two', 'few', 'many', 'other']);
  const expected = {
    ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
    cy: ['zero', 'one', 'two', 'few', 'many', 'other'],
    'en-XA': ['one', 'other'],
    fr: ['one', 'many', 'other'],
    pa: ['one', 'other'],
    pl: ['one', 'few', 'many', 'other'],
    ro: ['one', 'few', 'other'],
    ur: ['one', 'other'],
  };
  for (const tag of shipped) {
    const forms = Object.keys(locale(tag).glance)
      .filter((k) => k.startsWith('index_'))
      .map((k) => k.slice('index_'.length));
    assert.deepEqual(forms, expected[tag], tag);
  }
});

test('Welsh: 0, 1, 2, 3, 6 and 7 select zero, one, two, few, many and other, and each has its own string with the number', () => {
  const cy = locale('cy');
  const rules = new Intl.PluralRules('cy');
  // Forms that stand for a single number spell it out in the feminine ("adran" is
  // feminine and, starting with a vowel, takes no mutation); "other" shows the digits.
  const cases = [
    [0, 'zero', 'dim adrannau', 'dim'],
    [1, 'one', 'un adran', 'un'],
    [2, 'two', 'dwy adran', 'dwy'],
    [3, 'few', 'tair adran', 'tair'],
    [6, 'many', 'chwe adran', 'chwe'],
    [7, 'other', '7 adran', '7'],
  ];
  const t = i18n.getFixedT('cy');
  for (const [n, category, phrase, number] of cases) {
    assert.equal(rules.select(n), category, `Intl.PluralRules('cy').select(${n})`);
    const own = cy.glance[`index_${category}`];
    assert.equal(typeof own, 'string', `cy.json has glance.index_${category}`);
    assert.ok(own.trim(), `glance.index_${category} is not empty`);
    const text = t('glance.index', { count: n });
    assert.equal(text, own.replace('{{count}}', String(n)), `count ${n} uses glance.index_${category}`);
    assert.ok(text.includes(String(n)) || new RegExp(`\\b${number}\\b`).test(text), `"${text}" contains the number ${n}`);
    assert.ok(text.includes(phrase), `"${text}" says "${phrase}"`);
  }
  // The digits for every number "other" covers, e.g. 4, 5, 7, 100.
  for (const n of [4, 5, 8, 11, 20, 100]) assert.equal(t('glance.index', { count: n }), `Yn yr hysbysiad hwn: ${n} adran`);
});

test('a regional tag uses its base language: cy-GB reads cy.json', () => {
  const t = i18n.getFixedT('cy-GB');
  assert.equal(t('glance.heading'), locale('cy').glance.heading);
  assert.equal(t('glance.index', { count: 2 }), locale('cy').glance.index_two);
});

test('no count from 0 to 200 falls back to English in any shipped locale', () => {
  const english = new Set(
    Object.entries(en.glance)
      .filter(([k]) => k.startsWith('index_'))
      .map(([, v]) => v),
  );
  for (const tag of shipped) {
    const t = i18n.getFixedT(tag);
    const own = new Set(
      Object.entries(locale(tag).glance)
        .filter(([k]) => k.startsWith('index_'))
        .map(([, v]) => v),
    );
    for (let n = 0; n <= 200; n++) {
      const text = t('glance.index', { count: n });
      const template = [...own].find((s) => s.replace('{{count}}', String(n)) === text);
      assert.ok(template, `${tag} count ${n}: "${text}" is not one of the locale's own strings`);
      if (tag !== 'en-XA') assert.ok(![...english].some((s) => s.replace('{{count}}', String(n)) === text), `${tag} count ${n} is English`);
    }
  }
});

test('Arabic and Urdu are right-to-left, the others left-to-right', () => {
  const dir = Object.fromEntries(shipped.map((t) => [t, i18n.dir(t)]));
  assert.deepEqual(dir, { ar: 'rtl', cy: 'ltr', 'en-XA': 'ltr', fr: 'ltr', pa: 'ltr', pl: 'ltr', ro: 'ltr', ur: 'rtl' });
});

test('en-XA.json is the current output of scripts/pseudo-locale.mjs', () => {
  assert.deepEqual(locale('en-XA'), pseudoLocale(en), 'stale: run node scripts/pseudo-locale.mjs');
  assert.equal(readFileSync(path.join(LOCALES, 'en-XA.json'), 'utf8'), `${JSON.stringify(pseudoLocale(en), null, 2)}\n`);
});

test('the pseudo-locale accents every letter, keeps placeholders and is about 40 % longer', () => {
  const walk = (a, b, prefix = '') => {
    for (const [k, v] of Object.entries(a)) {
      const keyPath = prefix ? `${prefix}.${k}` : k;
      if (typeof v !== 'string') {
        walk(v, b[k], keyPath);
        continue;
      }
      const pseudo = b[k];
      const outside = pseudo.replace(/\{\{[^{}]*\}\}/g, '');
      assert.doesNotMatch(outside, /[A-Za-z]/, `${keyPath}: "${pseudo}" has unaccented letters`);
      assert.deepEqual(pseudo.match(/\{\{[^{}]*\}\}/g), v.match(/\{\{[^{}]*\}\}/g), `${keyPath}: placeholders changed`);
      assert.match(pseudo, /^\[.* ~+\]$/, `${keyPath}: "${pseudo}" is not bracketed and padded`);
      assert.ok(pseudo.length >= v.length * 1.3, `${keyPath}: "${pseudo}" is not ~40 % longer than "${v}"`);
    }
  };
  walk(en, locale('en-XA'));
});

test('a format spec ({{date, datetime}}) is refused: the classic script has no i18next formatter', () => {
  const en = JSON.parse(readFileSync('locales/en.json', 'utf8'));
  const cy = JSON.parse(readFileSync('locales/cy.json', 'utf8'));
  cy.notice.updated = 'Diweddarwyd {{date, datetime}}';
  const problems = checkLocale(en, cy, 'cy');
  assert.deepEqual(
    problems.map((p) => [p.type, p.path]),
    [['placeholder', 'notice.updated']],
  );
});

test('a nested key ($t(other.key)) is refused: the classic script has no i18next nesting', () => {
  const en = JSON.parse(readFileSync('locales/en.json', 'utf8'));
  const cy = JSON.parse(readFileSync('locales/cy.json', 'utf8'));
  cy.glance.heading = 'Cipolwg ($t(glance.who))';
  const problems = checkLocale(en, cy, 'cy');
  assert.deepEqual(
    problems.map((p) => [p.type, p.path, p.message]),
    [['placeholder', 'glance.heading', 'nested keys such as $t(other.key) are not supported: write the words out']],
  );
});
