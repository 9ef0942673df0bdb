// One Welsh term per concept: the interface (locales/cy.json), the CLI's Welsh
// (locales/cli/cy.json) and every Welsh string of the demo payloads use the same word for
// each data protection concept, the one the
// ICO or a Welsh public body publishes (sources in locales/provenance/cy.json). A
// concept's other names, each used somewhere in Welsh, must not appear beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const read = (p) => JSON.parse(readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8'));
const cy = read('locales/cy.json');
const cli = read('locales/cli/cy.json');
const get = (path) => path.split('.').reduce((n, k) => n?.[k], cy);

/** Concept -> the term, the interface keys that name it, and names it must not be given. */
export const WELSH_TERMS = [
  {
    concept: 'data portability (Art. 20)',
    term: 'cludadwyedd data',
    keys: ['rights.A20.name'],
    not: [/hygludedd/i, /symud data/i, /cludo (data|gwybodaeth)/i],
  },
  { concept: 'restriction of processing (Art. 18)', term: 'cyfyngu prosesu', keys: ['rights.A18.name'], not: [/cyfyngu ar brosesu/i] },
  { concept: 'rectification (Art. 16)', term: 'cywiro', keys: ['rights.A16.name'], not: [/\bunioni\b/i] },
  { concept: 'erasure (Art. 17)', term: 'dileu', keys: ['rights.A17.name'], not: [/\bdilead\b/i] },
  { concept: 'right of access (Art. 15)', term: 'Hawl mynediad', keys: ['rights.A15.name'], not: [] },
  { concept: 'objection (Art. 21)', term: 'wrthwynebu', keys: ['rights.A21.name'], not: [] },
  {
    concept: 'the regulator',
    term: "Swyddfa'r Comisiynydd Gwybodaeth",
    keys: ['rights.A77.desc'],
    not: [/Information Commissioner/i, /Swyddfa y Comisiynydd/i],
  },
  {
    concept: 'Data Protection Officer',
    term: 'Swyddog Diogelu Data',
    keys: ['glance.dpo', 'contacts.dpo'],
    not: [/Swyddog (Gwarchod|Amddiffyn) Data/i],
  },
  { concept: 'data controller', term: 'Rheolydd data', keys: ['contacts.controller'], not: [/rheolwr data/i] },
  {
    concept: 'consent',
    term: 'cydsyniad',
    keys: ['bases.A6-1-a.name', 'bases.A9-2-a.name', 'rights.A7-3.name'],
    not: [/caniatâd/i, /chaniatâd/i],
  },
  {
    concept: 'legitimate interests',
    term: 'buddiannau dilys',
    keys: ['bases.A6-1-f.name'],
    not: [/(buddiannau|budd|diddordebau?) cyfreithlon/i],
  },
  {
    concept: 'special category data',
    term: 'categori arbennig',
    keys: ['glance.special', 'facts.special', 'facts.condition'],
    not: [/categori(?:au)? neilltuol/i],
  },
  {
    concept: 'criminal offence data',
    term: 'data troseddau',
    keys: ['glance.criminal', 'facts.criminal', 'facts.criminalData'],
    not: [/gwybodaeth am droseddau/i],
  },
  {
    concept: 'transfers abroad',
    term: 'i wlad arall',
    keys: ['glance.transfers', 'glance.noTransfers', 'facts.transfers'],
    not: [/tu allan i['’]r DU/i],
  },
  {
    concept: 'exercising your rights',
    term: 'arfer eich hawliau',
    keys: ['glance.rightsLink', 'rightsLayer.heading'],
    not: [/defnyddio eich hawliau/i],
  },
  { concept: 'right to complain (Art. 77)', term: 'cyflwyno cwyn', keys: ['rights.A77.name'], not: [/hawl i gwyno/i] },
  { concept: 'lawful basis', term: 'sail gyfreithlon', keys: ['jit.basis'], not: [/sail gyfreithiol/i] },
  {
    concept: 'automated decisions',
    term: 'penderfyniadau awtomataidd',
    keys: ['glance.automated', 'glance.noAutomated', 'facts.automated', 'rights.A22.name'],
    not: [/penderfyniadau awtomatig/i],
  },
];

/** Every Welsh string of a demo payload: the `cy` value of each language map. */
function welshStrings(node, path = '', out = []) {
  if (Array.isArray(node)) node.forEach((v, i) => welshStrings(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'cy' && typeof v === 'string') out.push([`${path}.cy`, v]);
      else welshStrings(v, `${path}.${k}`, out);
    }
  }
  return out;
}
/** Every string of cy.json with its key. */
const localeStrings = (node, path = '') =>
  Object.entries(node).flatMap(([k, v]) => (typeof v === 'string' ? [[`${path}${k}`, v]] : localeStrings(v, `${path}${k}.`)));
const fold = (s) => s.replace(/[’‘]/g, "'").toLowerCase();
/** The term as written, and with the soft mutation a preceding "i" or "yr" gives it ("i gludadwyedd data"). */
const SOFT = [
  ['ll', 'l'],
  ['rh', 'r'],
  ['c', 'g'],
  ['p', 'b'],
  ['t', 'd'],
  ['b', 'f'],
  ['d', 'dd'],
  ['m', 'f'],
  ['g', ''],
];
const forms = (term) => {
  const t = fold(term);
  const hit = SOFT.find(([from]) => t.startsWith(from));
  return hit ? [t, hit[1] + t.slice(hit[0].length)] : [t];
};

const payloads = readdirSync(new URL('../../demo/notices/', import.meta.url)).filter((f) => f.endsWith('.json'));
const corpus = [
  ...localeStrings(cy).map(([k, v]) => [`locales/cy.json ${k}`, v]),
  ...localeStrings(cli).map(([k, v]) => [`locales/cli/cy.json ${k}`, v]),
  ...payloads.flatMap((f) => welshStrings(read(`demo/notices/${f}`)).map(([p, v]) => [`demo/notices/${f} ${p}`, v])),
];

test('the demo payloads have Welsh text to check', () => {
  assert.ok(corpus.filter(([w]) => w.startsWith('demo/')).length > 20);
});

for (const { concept, term, keys, not } of WELSH_TERMS) {
  test(`Welsh ${concept}: "${term}" everywhere`, () => {
    for (const key of keys)
      assert.ok(
        forms(term).some((f) => fold(get(key) ?? '').includes(f)),
        `${key} ("${get(key)}") should use "${term}"`,
      );
    const clashes = corpus.filter(([, v]) => not.some((re) => re.test(v))).map(([where, v]) => `${where}: "${v.slice(0, 90)}"`);
    assert.deepEqual(clashes, [], `another name for ${concept} is used; write "${term}"`);
  });
}
