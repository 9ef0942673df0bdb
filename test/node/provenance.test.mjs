// Provenance of translations and whole phrases: a key without provenance fails, a cited
// source must still agree with the translation, and code that joins two translated
// strings into one phrase is refused (each fault seen on a small, known input).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { agrees, checkProvenance, messages, tallyProvenance } from '../../scripts/lib/provenance.mjs';
import { joinedPhrases } from '../../scripts/lib/whole-phrases.mjs';

const en = {
  a: { name: 'Right to erasure', desc: 'Ask us to delete it.' },
  n: { index_one: '{{count}} section', index_other: '{{count}} sections' },
  call: 'Call {{phone}}',
};
const cy = {
  a: { name: 'Hawl i ddileu', desc: 'Gofyn i ni ei ddileu.' },
  n: { index_one: 'un adran', index_other: '{{count}} adran' },
  call: 'Ffoniwch {{phone}}',
};
const src = 'https://example.org/hawliau';

test('messages: one entry per message, a plural family once with all its forms', () => {
  assert.deepEqual(
    [...messages(en, cy)],
    [
      ['a.name', ['Hawl i ddileu']],
      ['a.desc', ['Gofyn i ni ei ddileu.']],
      ['n.index', ['un adran', '{{count}} adran']],
      ['call', ['Ffoniwch {{phone}}']],
    ],
  );
});

test('a key without provenance, a stale key and a malformed entry are each reported by key', () => {
  const problems = checkProvenance(en, cy, {
    keys: { 'a.name': 'machine-drafted', 'a.desc': 'machine-drafted', 'n.index': 'reviewed?', 'old.key': 'machine-drafted' },
  });
  assert.deepEqual(
    problems.map((p) => p.key),
    ['n.index', 'call', 'old.key'],
  );
  assert.match(problems[1].message, /no provenance/);
  assert.match(problems[2].message, /en\.json does not have/);
});

test('a whole-phrase source must contain every piece of the translation outside placeholders', () => {
  assert.equal(agrees({ published: 'Yr hawl i ddileu – nid yw’r hawl hon yn hawl absoliwt.' }, ['Hawl i ddileu']), true);
  assert.equal(agrees({ published: 'Gallwch ffonio 0303 123 1113' }, ['Ffoniwch {{phone}}']), false);
  assert.equal(agrees({ published: "Cuddio'r adran hon" }, ['Cuddio’r adran hon']), true, 'either apostrophe');
  const problems = checkProvenance(en, cy, {
    keys: {
      'a.name': { url: src, published: 'Hawl i gael dileu gwybodaeth' },
      'a.desc': 'machine-drafted',
      'n.index': 'machine-drafted',
      call: 'machine-drafted',
    },
  });
  assert.deepEqual(
    problems.map((p) => p.key),
    ['a.name'],
  );
  assert.match(problems[0].message, /not taken from the published wording/);
});

test('a term source must appear in the translation; tallies count whole, term and machine-drafted', () => {
  const keys = {
    'a.name': { url: src, published: 'Hawl i ddileu' },
    'a.desc': { url: src, published: 'dileu', match: 'term' },
    'n.index': 'machine-drafted',
    call: { url: src, published: 'E-bostiwch', match: 'term' },
  };
  assert.deepEqual(
    checkProvenance(en, cy, { keys }).map((p) => p.key),
    ['call'],
  );
  assert.deepEqual(tallyProvenance(en, cy, { keys }), { whole: 1, term: 1, machine: 2, total: 4 });
  assert.match(checkProvenance(en, cy, { keys: { ...keys, call: { url: 'http://x', published: 'Ffoniwch' } } })[0].message, /https/);
});

test('a phrase joined from translated strings in code is refused, a label before a value is not', () => {
  assert.equal(joinedPhrases("html`${t('sections.show')}<span>${' ' + t('sections.thisSection')}</span>`").length, 1);
  assert.equal(joinedPhrases("const s = t('rightsLayer.complainUs') + ': ' + title;").length, 1);
  assert.equal(joinedPhrases("html`<p>${t('a.b')} ${ctx.t('c.d')}</p>`").length, 1);
  assert.equal(joinedPhrases("html`<li>${t('rightsLayer.write')} ${address(ctx, a.post)}</li>`").length, 0);
  assert.equal(joinedPhrases("t('rightsLayer.subject', { right: t('rightsLayer.complainUs'), notice: title })").length, 0);
});

test('npm run locales:check passes on the shipped locales and reports provenance for each', () => {
  const out = spawnSync(process.execPath, ['scripts/check-locales.mjs'], { encoding: 'utf8' });
  assert.equal(out.status, 0, out.stdout + out.stderr);
  for (const tag of ['ar', 'cy', 'fr', 'pa', 'pl', 'ro', 'ur'])
    assert.match(out.stdout, new RegExp(`ok   provenance/${tag}\\.json +sourced \\d+/\\d+`));
  assert.match(out.stdout, /no interface phrase is joined in code/);
  assert.ok(JSON.parse(readFileSync('package.json', 'utf8')).scripts['locales:provenance']);
});
