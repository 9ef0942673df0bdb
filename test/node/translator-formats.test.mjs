// The locale files survive the formats translators' tools exchange: each shipped locale,
// exported to XLIFF 1.2 with the `xliff` package (source English, target the locale) and
// read back, is byte-for-byte the file it came from. Gettext PO through i18next-conv
// keeps every key except the plural family: i18next-conv maps gettext's plural forms,
// not CLDR's, so Welsh and French lose forms. docs/translating.md says to use XLIFF or
// the platforms' own "i18next JSON v4" format for that reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { i18nextToPo, gettextToI18next } from 'i18next-conv';
import createjs from 'xliff/createjs';
import jsToXliff12 from 'xliff/jsToXliff12';
import xliff12ToJs from 'xliff/xliff12ToJs';
import targetOfjs from 'xliff/targetOfjs';

const dir = new URL('../../locales/', import.meta.url);
const text = (tag) => readFileSync(new URL(`${tag}.json`, dir), 'utf8');
const tags = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'en.json')
  .map((f) => f.slice(0, -5));
/** {"a": {"b": "x"}} <-> {"a.b": "x"}: XLIFF units are flat, keys keep their order. */
const flat = (o, p = '') =>
  Object.entries(o).reduce((a, [k, v]) => (typeof v === 'string' ? { ...a, [p + k]: v } : { ...a, ...flat(v, `${p}${k}.`) }), {});
const nest = (f) => {
  const o = {};
  for (const [k, v] of Object.entries(f)) {
    const parts = k.split('.');
    let n = o;
    for (const p of parts.slice(0, -1)) n = n[p] ??= {};
    n[parts.at(-1)] = v;
  }
  return o;
};
const PLURAL = /_(zero|one|two|few|many|other)$/;
const en = flat(JSON.parse(text('en')));

test('every shipped locale round-trips through XLIFF 1.2 unchanged', async () => {
  assert.ok(tags.includes('cy') && tags.includes('fr'));
  for (const tag of tags) {
    const target = flat(JSON.parse(text(tag)));
    // A plural form English lacks (Welsh _two) gets English's _other as its source.
    const source = Object.fromEntries(Object.keys(target).map((k) => [k, en[k] ?? en[k.replace(PLURAL, '_other')]]));
    const xliff = await jsToXliff12(await createjs('en', tag, source, target, 'translation'));
    assert.match(xliff, new RegExp(`target-language="${tag}"`));
    const back = targetOfjs(await xliff12ToJs(xliff));
    assert.equal(JSON.stringify(nest(back), null, 2) + '\n', text(tag), `${tag}.json changed on its way through XLIFF`);
  }
});

test('through gettext PO (i18next-conv) every key but the plural family comes back unchanged', async () => {
  for (const tag of tags) {
    const opts = { compatibilityJSON: 'v4' };
    const po = await i18nextToPo(tag, Buffer.from(text(tag)), { ...opts, noDate: true });
    assert.match(po.toString(), /msgid "rightsLayer##complainRegulator"/);
    const back = flat(JSON.parse(await gettextToI18next(tag, po, opts)));
    const orig = flat(JSON.parse(text(tag)));
    const changed = Object.keys({ ...orig, ...back }).filter((k) => orig[k] !== back[k] && !PLURAL.test(k));
    assert.deepEqual(changed, [], `${tag}: keys changed through PO`);
  }
});

test('i18next-conv still loses Welsh plural forms (if this fails, PO became safe: update docs/translating.md)', async () => {
  const po = await i18nextToPo('cy', Buffer.from(text('cy')), { compatibilityJSON: 'v4', noDate: true });
  const back = flat(JSON.parse(await gettextToI18next('cy', po, { compatibilityJSON: 'v4' })));
  const orig = flat(JSON.parse(text('cy')));
  assert.notEqual(
    back['glance.index_two'] === orig['glance.index_two'] &&
      back['glance.index_few'] === orig['glance.index_few'] &&
      back['glance.index_zero'] === orig['glance.index_zero'],
    true,
  );
});
