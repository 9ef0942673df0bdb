/**
 * Consistency between fields: things that are each valid but do not fit together.
 * (Consent without the right to withdraw it, and 6(1)(f) without the interests, are
 * in completeness.ts as `withdraw-consent` and `legitimate-interests`, since the
 * articles ask for them directly.)
 */
import { pickText } from '../../i18n/language.js';
import type { Notice } from '../../schema/types.js';
import { allCodes, join, looksPublic, type Finding, type Rule } from './finding.js';

export const specialCategoryCondition: Rule = (n) => {
  const i = n.dataCategories?.findIndex((c) => c.special) ?? -1;
  return i >= 0 && !allCodes(n).some((c) => c.startsWith('A9-2-'))
    ? [
        {
          rule: 'special-category-condition',
          severity: 'error',
          path: `dataCategories[${i}]`,
          message:
            'special category data is listed, but no purpose names an Article 9(2) condition (specialCategoryConditions) for using it',
        },
      ]
    : [];
};

export const publicAuthorityDpo: Rule = (n) =>
  !n.dpo && looksPublic(n)
    ? [
        {
          rule: 'public-authority-dpo',
          severity: 'warning',
          path: 'dpo',
          message: `"${pickText(n.controller.name, 'en', n.language ?? 'en')[0]}" looks like a public authority, which must have a Data Protection Officer (Art 37(1)(a)): add dpo with their contact details`,
        },
      ]
    : [];

/** Every `audiences` list in the payload, with its path. */
const audienceRefs = (n: Notice): [string, string[]][] =>
  [
    ...n.purposes.map((p, i): [string, string[] | undefined] => [`purposes[${i}].audiences`, p.audiences]),
    ...(n.dataCategories ?? []).map((c, i): [string, string[] | undefined] => [`dataCategories[${i}].audiences`, c.audiences]),
    ...(n.sections ?? []).flatMap((s, i): [string, string[] | undefined][] => [
      [`sections[${i}].audiences`, s.audiences],
      ...s.body.map((b, j): [string, string[] | undefined] => [
        `sections[${i}].body[${j}].audiences`,
        typeof b === 'object' && 'type' in b ? (b.audiences as string[] | undefined) : undefined,
      ]),
    ]),
  ].filter((r): r is [string, string[]] => !!r[1]);

export const audiencesDeclared: Rule = (n) => {
  const declared = new Set(n.audiences?.map((a) => a.id));
  return audienceRefs(n).flatMap(([path, ids]) =>
    ids.flatMap((id, k): Finding[] =>
      declared.has(id)
        ? []
        : [
            {
              rule: 'audiences-declared',
              severity: 'error',
              path: join(path, k),
              message: `audience "${id}" is not declared in audiences, so readers cannot choose it: add {"id": "${id}", "label": ...} or fix the id`,
            },
          ],
    ),
  );
};

export const consistencyRules: Rule[] = [specialCategoryCondition, publicAuthorityDpo, audiencesDeclared];
