/**
 * Validates a payload and turns every problem into a message an information
 * governance officer can act on: where (a JSON path), what was expected, what was found.
 */
import { MAX_PROBLEMS, checker, describe, own, type CheckOptions, type Checked, type NoticeProblem } from './kit.js';
import { NoticeSchema, SectionSchema, defs } from './notice-schema.js';
import type { Notice, NoticeInput } from './types.js';

export type { NoticeProblem };
export type ValidationResult = { ok: true; notice: Notice } | { ok: false; problems: NoticeProblem[] };

const check = checker(defs);

/**
 * Ids the element gives its own parts (`<notice id>-<part>`, see src/layers): a section
 * with one of these ids would share its id, so deep links and ARIA relations would
 * point at the wrong element. (A plain list: every byte here ships in the classic script.)
 */
export const OWN_IDS = ['title', 'glance', 'facts', 'index', 'sections', 'rights', 'complain', 'contact'];

/** Whether a section id clashes with the notice's own ids, or with another section's `<id>-content`. */
const clash = (id: string, all: Set<string>): boolean => OWN_IDS.includes(id) || (id.endsWith('-content') && all.has(id.slice(0, -8)));

/**
 * Section ids must be unique and must not clash with the element's own ids (nor with
 * `<id>-content`, the id of another section's content): they name the deep links and
 * the ARIA relations. Other cross-field checks (audiences declared, languages
 * complete) are the CLI lint's job.
 */
const duplicateIds = (notice: Notice): NoticeProblem[] => {
  const seen = new Set<string>();
  const sections = notice.sections ?? [];
  const all = new Set(sections.map((s) => s.id));
  return sections.flatMap((s, i) => {
    const path = `sections[${i}].id`;
    if (clash(s.id, all))
      return [{ path, message: `"${s.id}" is an id the notice uses for one of its own parts: choose another, such as "${s.id}-section"` }];
    return seen.has(s.id) ? [{ path, message: `"${s.id}" is used twice: section ids must be unique` }] : (seen.add(s.id), []);
  });
};

/** What to do about a required list left empty. */
const EMPTY = {
  purposes: 'add at least one purpose, with its lawful basis',
  rights: 'list the rights that apply, at least {"code": "A15"}',
};

/** A notice that lists no purpose or no right says nothing a resident can use. */
const emptyLists = (notice: Notice): NoticeProblem[] =>
  (['purposes', 'rights'] as const).filter((k) => !notice[k].length).map((k) => ({ path: k, message: `the list is empty: ${EMPTY[k]}` }));

/**
 * Every purpose needs a lawful basis: its own, or the one given once for the whole
 * notice. Read from the payload as written (own enumerable fields, as the checker reads
 * them; any shape), so a purpose without one is reported beside the other problems, not
 * only once they are fixed.
 */
const missingBasis = (input: unknown): NoticeProblem[] => {
  const purposes = own(input, 'purposes') ? (input as { purposes: unknown }).purposes : undefined;
  if (own(input, 'lawfulBasis') || !Array.isArray(purposes)) return [];
  return purposes.flatMap((p: unknown, i) =>
    p && typeof p === 'object' && !Array.isArray(p) && !own(p, 'lawfulBasis')
      ? [
          {
            path: `purposes[${i}].lawfulBasis`,
            message: 'missing: give this purpose its lawful basis, or give "lawfulBasis" once for the whole notice',
          },
        ]
      : [],
  );
};

/** The notice with the notice-level bases filled in where a purpose gives none; the payload itself is left as it is. */
const withBases = (notice: NoticeInput): Notice => {
  const shared = notice.lawfulBasis;
  if (!shared || notice.purposes.every((p) => p.lawfulBasis)) return notice as Notice;
  return { ...notice, purposes: notice.purposes.map((p) => ({ ...p, lawfulBasis: p.lawfulBasis ?? shared })) };
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
 * notice or every problem found (not only the first, up to MAX_PROBLEMS), each with
 * its path. `options.strings` adds a check of every string (see CheckOptions).
 */
export function validateNotice(input: unknown, options: CheckOptions = {}): ValidationResult {
  if (input && typeof input === 'object' && 'version' in input && input.version !== 1) {
    return {
      ok: false,
      problems: [{ path: 'version', message: `unsupported payload version ${shown(input.version)}: this release reads version 1` }],
    };
  }
  const problems = check(NoticeSchema, input, options);
  if (problems.length) return { ok: false, problems: [...problems, ...missingBasis(input)].slice(0, MAX_PROBLEMS) };
  const notice = withBases(input as NoticeInput);
  const twice = [...emptyLists(notice), ...missingBasis(input), ...duplicateIds(notice)];
  return twice.length ? { ok: false, problems: twice } : { ok: true, notice };
}

/** Sections checked per task by validateInTasks: a few ms at CPU ×4 for the seeds' sections. */
const SLICE = 50;

/**
 * validateNotice, for the element: a payload's sections are checked first, SLICE at a time
 * with `pause()` between them, and the whole check then passes over each section found
 * sound; a notice 100 times the largest seed would otherwise be checked in one task of
 * hundreds of ms at CPU ×4 (`npm run bench:tasks -- --page scale-100`). Same result as
 * validateNotice.
 */
export async function validateInTasks(input: unknown, pause: () => Promise<unknown>): Promise<ValidationResult> {
  const sections = own(input, 'sections') && (input as { sections: unknown }).sections;
  const checked: Checked = new Map();
  if (Array.isArray(sections))
    for (let i = 0; i < sections.length; i++) {
      // Depth 2: as deep as the whole check finds it (the payload, its list of sections, the section).
      // A section with problems: the whole check finds them again, at their paths, with nothing remembered.
      if (check(SectionSchema, sections[i], { checked }, 2).length) return validateNotice(input);
      if (i % SLICE === SLICE - 1) await pause();
    }
  return validateNotice(input, { checked });
}

/** One line per problem, as printed in the console and by the CLI. */
export const formatProblems = (problems: NoticeProblem[]): string => problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
