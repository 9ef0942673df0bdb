// Reading locale files from disk and checking a whole folder of them against en.json.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkLocale } from './check-locale.mjs';
import { tally } from './keys.mjs';

/** The repository root, whose locales/en.json stands in when a folder has none. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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
