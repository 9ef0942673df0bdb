// Where a word joins a name or an article, Welsh mutates and elides and French elides.
// A {{placeholder}} is inserted as it is, so each string that puts one after a word
// that would change it is listed here, reviewed, and new ones fail until reviewed;
// the article rules are checked on every string of the Welsh and French locales.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (tag) => JSON.parse(readFileSync(new URL(`../../locales/${tag}.json`, import.meta.url), 'utf8'));
const strings = (node, p = '') =>
  Object.entries(node).flatMap(([k, v]) => (typeof v === 'string' ? [[`${p}${k}`, v]] : strings(v, `${p}${k}.`)));
const cy = strings(read('cy'));
const fr = strings(read('fr'));

/** Welsh words after which the next word takes a mutation; French words that elide before a vowel. */
const CY_MUTATES = /(?:^|\s)(i|at|o|wrth|am|ar|dan|dros|drwy|gan|heb|hyd|tan|trwy|ei|dy|fy|ein|eich|eu|a|â|gyda|tua)\s+\{\{/i;
const FR_ELIDES = /(?:^|\s)(de|le|la|que|je|ne|se)\s+\{\{/i;
/** Reviewed: why each inserted value needs no change. */
const REVIEWED = {
  'cy rightsLayer.complainRegulator':
    'After "i" a name would soft-mutate; the ICO\'s Welsh name (regulator.name) starts with S, which does not, and other regulators are named by the payload (docs/locales.md).',
  'fr rightsLayer.complainRegulator':
    '"auprès de {{name}}": regulator.name carries its article ("l\'Information Commissioner\'s Office"), so "de" stays.',
  'fr rightsLayer.website': '"Site web de {{name}}": as above.',
  'fr rightsLayer.call': '"Appeler le {{phone}}": a phone number starts with a digit or "+", before which "le" does not elide.',
};

test('every string that puts a value after a mutating or eliding word has been reviewed', () => {
  const found = [
    ...cy.filter(([, v]) => CY_MUTATES.test(v)).map(([k]) => `cy ${k}`),
    ...fr.filter(([, v]) => FR_ELIDES.test(v)).map(([k]) => `fr ${k}`),
  ];
  assert.deepEqual(
    found.sort(),
    Object.keys(REVIEWED).sort(),
    'a new join needs a review entry here, or a rewording that puts the value after a colon',
  );
});

test('the ICO\'s Welsh name takes no soft mutation after "i", and the French one brings its article', () => {
  const name = read('cy').regulator.name;
  assert.match(name, /^[SsNnHhRr]|^Ll|^Rh/, `"${name}" would mutate after "i"`);
  assert.match(read('fr').regulator.name, /^(l'|le |la |les )/);
});

test('Welsh articles elide after a vowel ("Cuddio\'r", not "Cuddio yr")', () => {
  const bad = (v) => /[aeiouwyâêîôûŵŷ]\s+yr\s/i.test(v);
  assert.equal(bad('Cuddio yr adran hon'), true, 'the rule sees the fault');
  assert.deepEqual(
    cy.filter(([, v]) => bad(v)),
    [],
  );
});

test('French articles and "de"/"que" elide before a vowel', () => {
  const bad = (v) => /(?:^|\s)(de|que|le|la|ne|se|je)\s+(?!haut|hors)[aeiouyéèêàâîôh]/i.test(v);
  assert.equal(bad('Numéro de enregistrement'), true, 'the rule sees the fault');
  assert.deepEqual(
    fr.filter(([, v]) => bad(v)),
    [],
  );
});
