/**
 * Validates a payload and turns every problem into a message an information
 * governance officer can act on: where (a JSON path), what was expected, what was found.
 */
import { checker, describe, type NoticeProblem } from './kit.js';
import { NoticeSchema, defs } from './notice-schema.js';
import type { Notice } from './types.js';

export type { NoticeProblem };
export type ValidationResult = { ok: true; notice: Notice } | { ok: false; problems: NoticeProblem[] };

const check = checker(defs);

/**
 * Section ids must be unique: they name the deep links and the ARIA relations. Other
 * cross-field checks (audiences declared, languages complete) are the CLI lint's job.
 */
const duplicateIds = (notice: Notice): NoticeProblem[] => {
  const seen = new Set<string>();
  return (notice.sections ?? []).flatMap((s, i) => (seen.has(s.id) ? [{ path: `sections[${i}].id`, message: `"${s.id}" is used twice: section ids must be unique` }] : (seen.add(s.id), [])));
};

/** A value as JSON, or described when it has no JSON form (a BigInt, a cycle: only the property can hold those). */
const shown = (v: unknown): string => {
  try {
    return JSON.stringify(v) ?? describe(v);
  } catch {
    return describe(v);
  }
};

/**
 * Validates an unknown value as a version 1 notice. Never throws; returns the typed
 * notice or every problem found (not only the first), each with its path.
 */
export function validateNotice(input: unknown): ValidationResult {
  if (input && typeof input === 'object' && 'version' in input && input.version !== 1) {
    return { ok: false, problems: [{ path: 'version', message: `unsupported payload version ${shown(input.version)}: this release reads version 1` }] };
  }
  const problems = check(NoticeSchema, input);
  if (problems.length) return { ok: false, problems };
  const notice = input as Notice;
  const twice = duplicateIds(notice);
  return twice.length ? { ok: false, problems: twice } : { ok: true, notice };
}

/** One line per problem, as printed in the console and by the CLI. */
export const formatProblems = (problems: NoticeProblem[]): string => problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
