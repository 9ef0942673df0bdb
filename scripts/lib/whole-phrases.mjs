/**
 * Interface text must be one translatable phrase, never two strings joined in code:
 * "Show" + " " + "this section" reads in English word order whatever the language, so
 * a verb-final language (Urdu, Punjabi) cannot put the verb last. A phrase that needs a
 * value takes it as a {{placeholder}} and each language orders its own words.
 *
 * This scans the component's source for the two ways a phrase gets built from parts:
 *   - string concatenation with a translated string: t('a') + …  or  … + t('b');
 *   - two translated strings side by side in one template: ${t('a')} ${t('b')}.
 * A translated label followed by a value from the payload ("Write to:" and an address)
 * is not a phrase and is allowed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A call of the translation function: t('key', …) or ctx.t('key', …). */
const T = String.raw`(?<![\w$])t\(\s*['"\`][^'"\`]+['"\`](?:\s*,\s*\{[^{}]*\})?\s*\)`;
const RULES = [
  { re: new RegExp(String.raw`${T}\s*\+`, 'g'), what: 'a translated string joined with + to more text' },
  { re: new RegExp(String.raw`\+\s*${T}`, 'g'), what: 'text joined with + to a translated string' },
  // The first must be a translated string on its own (or a branch of a condition): a translated
  // label passed with a value to a helper (`row(t('who'), name)`) is a label, not half a phrase.
  {
    re: new RegExp(String.raw`\$\{\s*(?:[^{}?]*\?\s*)?${T}\s*(?::[^{}]*)?\}[ \t]*\$\{\s*[^{}]*?${T}`, 'g'),
    what: 'two translated strings side by side',
  },
];

/** Every .ts file under `dir`, declaration files excepted. */
const sources = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [file] : [];
  });

/** Problems in one source text: { line, message }. */
export function joinedPhrases(text) {
  const problems = [];
  for (const { re, what } of RULES) {
    for (const m of text.matchAll(re)) {
      const line = text.slice(0, m.index).split('\n').length;
      problems.push({
        line,
        message: `${what}: ${m[0].replace(/\s+/g, ' ').slice(0, 80)}. Make it one key with {{placeholders}} so each language can order its words`,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** Problems in every source file under `dir`: { file, line, message }. */
export function checkWholePhrases(dir) {
  return sources(dir).flatMap((file) => joinedPhrases(readFileSync(file, 'utf8')).map((p) => ({ file, ...p })));
}
