/** What a lint rule reports. Each rule id has a page `docs/lint/<rule>.md`. */
import type { Notice } from '../../schema/types.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Kebab-case rule id; `docs/lint/<rule>.md` explains it. */
  rule: string;
  severity: Severity;
  /** JSON path, written as the validator writes it (`purposes[2].lawfulBasis`). */
  path: string;
  message: string;
}

/** What a lint run may be told. */
export interface LintOptions {
  /** The date to judge `lastUpdated` by (YYYY-MM-DD); today when not given, so reports can be reproduced. */
  today?: string;
}

/** A rule looks at a valid notice and reports what it finds. */
export type Rule = (notice: Notice, options?: LintOptions) => Finding[];

/** The Article paragraphs that apply to a notice: Art 13 (direct), Art 14 (indirect), or both. */
export const articles = (notice: Notice, art13: string | null, art14: string | null): string => {
  const refs = [
    notice.noticeType !== 'indirect' && art13 && `Art 13${art13}`,
    notice.noticeType !== 'direct' && art14 && `Art 14${art14}`,
  ].filter(Boolean);
  return `UK GDPR ${refs.join(', ')}`;
};

export { join } from '../../schema/json-path.js';

/** Every lawful basis and Article 9 condition code of a notice's purposes. */
export const allCodes = (notice: Notice): string[] =>
  notice.purposes.flatMap((p) => [...p.lawfulBasis, ...(p.specialCategoryConditions ?? [])]);

/**
 * Whether the controller looks like a public authority, which must appoint a DPO (UK GDPR
 * Art 37(1)(a)). The payload does not say, so this guesses from the name; rules that
 * rest on the guess report warnings, not errors.
 */
export const looksPublic = (notice: Notice): boolean => {
  const name = notice.controller.name;
  return /\b(council|county|borough|authority|nhs)\b/i.test(typeof name === 'string' ? name : Object.values(name).join(' '));
};
