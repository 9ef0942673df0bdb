/**
 * Validates a read payload and places every problem in the file. Shared by all the
 * commands that need a valid notice (validate, lint, render).
 */
import { validateNotice } from '../schema/validate.js';
import { LANG } from '../schema/notice-schema.js';
import { MAX_PROBLEMS, type Schema } from '../schema/kit.js';
import { suggestionFor } from '../schema/suggest.js';
import type { Notice } from '../schema/types.js';
import type { Source } from './source.js';

export interface LocatedProblem {
  path: string;
  line: number;
  column: number;
  message: string;
  /** For an unknown field: the known field it is probably a misspelling of. */
  suggestion?: string;
}

export type Checked = { notice: Notice; problems: [] } | { notice?: undefined; problems: LocatedProblem[] };

/** Whether Intl accepts `tag`: RFC 5646 well-formed (`en-GB-GB` and `cy-12` match the schema's pattern, but are not). */
const isLanguageTag = (tag: string): boolean => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};

/**
 * What the command line refuses beyond the schema: the element copes with these (it
 * shows English for a tag Intl refuses), but the author should fix them.
 */
const strictStrings = (schema: Schema, value: string): string | undefined =>
  schema.pattern === LANG.pattern && !isLanguageTag(value)
    ? `${JSON.stringify(value)} is not a valid language tag (BCP 47): write it as "en", "cy" or "en-GB"`
    : undefined;

export function checkSource(source: Source): Checked {
  if (source.syntax.length) return { problems: source.syntax.map((e) => ({ path: '(JSON syntax)', ...e })) };
  const result = validateNotice(source.value, { strings: strictStrings });
  if (result.ok) return { notice: result.notice, problems: [] };
  if (result.problems.length >= MAX_PROBLEMS)
    result.problems.push({
      path: '(the payload)',
      message: `only the first ${MAX_PROBLEMS} problems are listed: fix these and check again`,
    });
  return {
    problems: result.problems.map((p) => {
      const suggestion = suggestionFor(p);
      return {
        path: p.path,
        ...source.at(p.path, p.message.startsWith('unknown field')),
        message: p.message,
        ...(suggestion ? { suggestion } : {}),
      };
    }),
  };
}

/** One problem as an editor-friendly line: `file:line:column: path: message`. */
export const formatProblem = (file: string, p: LocatedProblem): string =>
  `${file}:${p.line}:${p.column}: ${p.path}: ${p.message}${p.suggestion ? ` (did you mean "${p.suggestion}"?)` : ''}`;
