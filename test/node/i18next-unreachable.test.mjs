// The classic script's i18next, with the code scripts/build/i18next-unreachable.mjs leaves
// out, still does everything the component asks of it: English from init's resources, a
// locale added later, plurals, fallback to English key by key, direction. Nesting (`$t()`)
// is left out: a string that uses it is shown as written (and the locales check refuses it).
// And the build stops, rather than shipping a half-trimmed i18next, when i18next changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseAst } from 'rollup/parseAst';
import { withoutUnreachableI18next } from '../../scripts/build/i18next-unreachable.mjs';
import options from '../../src/i18n/i18next-options.json' with { type: 'json' };

const id = createRequire(import.meta.url)
  .resolve('i18next')
  .replace(/dist\/cjs\/i18next\.js$/, 'dist/esm/i18next.js');
const source = readFileSync(id, 'utf8');
const context = {
  parse: (code) => parseAst(code),
  error: (message) => {
    throw new Error(message);
  },
};
const trim = (code) => withoutUnreachableI18next().transform.call(context, code, id).code;

test('the trimmed i18next is smaller and lacks the methods it leaves out', () => {
  const trimmed = trim(source);
  assert.ok(trimmed.length < source.length - 10_000, `${source.length} -> ${trimmed.length} characters`);
  assert.doesNotMatch(trimmed, /^\s+cloneInstance\(/m);
  assert.doesNotMatch(trimmed, /if \(usedKey \|\| usedDefault \|\| updateMissing\)/);
});

test('the trimmed i18next translates as the component uses it', async () => {
  const { default: i18next } = await import(`data:text/javascript;base64,${Buffer.from(trim(source)).toString('base64')}`);
  const i18n = i18next.createInstance();
  const en = { glance: { heading: 'At a glance', who: 'Who we are', index_one: '{{count}} section', index_other: '{{count}} sections' } };
  i18n.init({ ...options, resources: { en: { translation: en } } });
  i18n.addResourceBundle('cy', 'translation', { glance: { heading: 'Cipolwg ($t(glance.who))', who: 'Pwy ydym ni' } }, true, true);
  assert.equal(i18n.hasResourceBundle('cy', 'translation'), true);
  assert.equal(i18n.hasResourceBundle('fr', 'translation'), false);
  const cy = i18n.getFixedT('cy');
  assert.equal(cy('glance.heading'), 'Cipolwg ($t(glance.who))');
  // A key the locale lacks falls back to English, plurals included.
  assert.equal(cy('glance.index', { count: 1 }), '1 section');
  assert.equal(i18n.getFixedT('en')('glance.index', { count: 3 }), '3 sections');
  assert.equal(cy('glance.missing'), 'glance.missing');
  // A key naming a group of strings gives i18next's sentence about it, never the group.
  assert.equal(i18n.getFixedT('en')('glance'), "key 'glance (en)' returned an object instead of string.");
  assert.equal(i18n.dir('ar'), 'rtl');
  assert.equal(i18n.dir('cy'), 'ltr');
});

test('loading the trimmed i18next makes no instance; createInstance still makes the component its own', async () => {
  const trimmed = await import(`data:text/javascript;base64,${Buffer.from(trim(source)).toString('base64')}`);
  // Untrimmed, the module makes a default instance as it loads and exports its bound methods.
  assert.equal(trimmed.default.init, undefined);
  assert.equal(trimmed.t, undefined);
  const i18n = trimmed.default.createInstance();
  i18n.init({ ...options, resources: { en: { translation: { a: 'A' } } } });
  assert.equal(i18n.t('a'), 'A');
});

test('the build stops when i18next no longer has what the plugin leaves out', () => {
  assert.throws(() => trim(source.replace('  cloneInstance(', '  cloneInstanceRenamed(')), /I18n\.cloneInstance not found/);
  assert.throws(
    () => trim(source.replace('if (this.modules.i18nFormat) {', 'if (this.modules.i18nFormat2) {')),
    /this\.modules\.i18nFormat/,
  );
  assert.throws(() => trim(source.replace('formatter = Formatter;', 'formatter = TheFormatter;')), /formatter = Formatter;/);
  assert.throws(
    () => trim(source.replace('const instance = I18n.createInstance();', 'const i = I18n.createInstance();')),
    /const instance/,
  );
});
