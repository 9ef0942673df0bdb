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
 * The checks live in scripts/locales/ (one module per concern); this file is the command.
 * Plain Node ESM, no dependencies.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDir, root } from './locales/read.mjs';
import { reportLocales, reportProvenance, reportWholePhrases } from './locales/report.mjs';

export { checkLocale } from './locales/check-locale.mjs';
export { messageIds, placeholders, tally } from './locales/keys.mjs';
export { isSingleNumber, PLURAL_FORMS, requiredForms } from './locales/plurals.mjs';
export { checkDir, languageOf, readLocale } from './locales/read.mjs';

function main() {
  const dir = path.resolve(process.argv[2] ?? path.join(root, 'locales'));
  if (!existsSync(dir)) {
    console.error(`check-locales: no such folder ${dir}`);
    process.exit(2);
  }
  const results = checkDir(dir);
  const width = Math.max(12, ...results.map((r) => path.basename(r.file).length));
  const failed = reportLocales(dir, results, width);
  // Provenance: every shipped locale, and any test folder that brings its own provenance/.
  const shippedDir = dir === path.join(root, 'locales');
  const provenanceFailed = shippedDir || existsSync(path.join(dir, 'provenance')) ? reportProvenance(dir, results, width) : 0;
  // Whole phrases: the component's own source, checked with the shipped locales.
  const joined = shippedDir ? reportWholePhrases() : 0;
  process.exit(failed || provenanceFailed || joined ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
