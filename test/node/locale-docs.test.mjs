// The strings-in-context pages are generated, current and safe: one per translated
// locale, each listing every message with its provenance, machine-drafted rows marked,
// and no translation ever written into the page as markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { page, pages } from '../../scripts/locale-docs.mjs';

const en = JSON.parse(readFileSync(new URL('../../locales/en.json', import.meta.url), 'utf8'));

test('docs/strings/ holds the pages npm run locales:docs writes (re-run it after changing a locale)', () => {
  for (const { file, html } of pages())
    assert.equal(readFileSync(new URL(`../../docs/strings/${file}`, import.meta.url), 'utf8'), html, `docs/strings/${file} is stale`);
});

test('a page shows each key with English, translation, source or "machine-drafted", and where it appears', () => {
  const cy = pages().find((p) => p.file === 'cy.html').html;
  assert.match(
    cy,
    /<tr id="rights\.A20\.name"><td><code>rights\.A20\.name<\/code><\/td><td lang="en">Right to data portability<\/td><td lang="cy" dir="auto">Hawl i gludadwyedd data<\/td><td class="src"><a href="https:\/\/www\.sir-benfro\.gov\.uk\//,
  );
  assert.match(cy, /<tr id="errors\.title" class="machine">.*machine-drafted: needs a fluent reviewer/);
  assert.match(cy, /<layered-notice src="[^"]+" lang="cy">/);
});

test('a translation or source that looks like markup is escaped, and only https sources become links', () => {
  const html = page(
    'cy',
    en,
    { ...en, errors: { title: '<img src=x onerror=alert(1)>' } },
    { keys: { 'errors.title': { url: 'javascript:alert(1)', published: '<b>x</b>' } } },
  );
  assert.doesNotMatch(html, /<img src=x/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.doesNotMatch(html, /href="javascript:/);
});
