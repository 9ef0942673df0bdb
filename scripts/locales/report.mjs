// What check-locales prints: one line per problem, then a summary line per locale file.
import path from 'node:path';
import { checkProvenance, needsProvenance, provenanceFile, readProvenance, tallyProvenance } from '../lib/provenance.mjs';
import { checkWholePhrases } from '../lib/whole-phrases.mjs';
import { requiredForms } from './plurals.mjs';
import { readLocale, root } from './read.mjs';

/** The plural forms of a language for its summary line, or nothing when the tag is not one. */
const requiredFormsSafe = (lang) => {
  try {
    return `, plural forms ${requiredForms(lang).join('/')}`;
  } catch {
    return '';
  }
};

/** Prints the locale results of checkDir(dir). Returns how many locales failed. */
export function reportLocales(dir, results, width) {
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
  return failed;
}

/** Checks and prints the provenance of each locale that needs it. Returns how many failed. */
export function reportProvenance(dir, results, width) {
  let failed = 0;
  const en = readLocale(path.join(root, 'locales', 'en.json')).value;
  for (const r of results.filter((x) => needsProvenance(x.lang) && !x.problems.some((p) => p.type === 'json'))) {
    const name = `provenance/${r.lang}.json`;
    const locale = readLocale(r.file).value;
    const read = readProvenance(provenanceFile(dir, r.lang));
    const problems = read.problem ? [{ key: '', message: read.problem }] : checkProvenance(en, locale, read.value);
    for (const p of problems) console.log(`${name}: ${p.key ? `${p.key}: ` : ''}${p.message}`);
    if (problems.length) failed++;
    const c = read.problem ? null : tallyProvenance(en, locale, read.value);
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${name.padEnd(width)} ${c ? `sourced ${c.whole + c.term}/${c.total} (${c.whole} whole, ${c.term} term), machine-drafted ${c.machine}` : 'missing'}`,
    );
  }
  return failed;
}

/** Checks and prints interface phrases joined in the component's source. Returns how many. */
export function reportWholePhrases() {
  const joined = checkWholePhrases(path.join(root, 'src'));
  for (const p of joined) console.log(`${path.relative(root, p.file)}:${p.line}: ${p.message}`);
  console.log(
    `check-locales: ${joined.length ? `FAIL ${joined.length} phrase(s) joined in code` : 'no interface phrase is joined in code'}`,
  );
  return joined.length;
}
