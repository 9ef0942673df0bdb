/**
 * Facts the structured fields should carry: the DPA 2018 Schedule 1 condition for
 * criminal offence data, and facts a notice states only in its prose (sections),
 * where the rendered key facts, the just-in-time view and lint cannot see them.
 */
import type { Notice } from '../../schema/types.js';
import type { Finding, Rule } from './finding.js';
import { digits, strings, wordsOf, type StringAt } from './strings.js';

/** A reference to the conditions for criminal offence data: DPA 2018 s10(5) and Schedule 1, or UK GDPR Article 10. */
const SCHEDULE_1 = /\bSchedule\s+1\b|\bSch(?:edule)?\.?\s*1,?\s+Part\s+[123]\b|\bArticle\s+10\b|\bsection\s+10\(5\)/i;

export const criminalOffenceCondition: Rule = (n) => {
  const i = n.dataCategories?.findIndex((c) => c.criminal) ?? -1;
  // A purpose's own condition field, where the schema has one, counts whatever its wording.
  const stated = n.purposes.some((p) => (p as { criminalOffenceCondition?: unknown }).criminalOffenceCondition);
  if (i < 0 || stated || SCHEDULE_1.test(wordsOf(n))) return [];
  return [
    {
      rule: 'criminal-offence-condition',
      severity: 'error',
      path: `dataCategories[${i}]`,
      message:
        'criminal offence data is listed, but the notice names no condition for using it: say which DPA 2018 Schedule 1 condition applies (UK GDPR Art 10, DPA 2018 s10(5)), for example "Schedule 1, Part 2, paragraph 18: safeguarding of children"',
    },
  ];
};

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** UK phone numbers as people write them: 01234 567890, 0300 123 4567, +44 (0)20 7946 0000. */
const PHONE = /(?:\+44\s?(?:\(0\)\s?)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g;
const PERIOD =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|twenty-five|fifty|seventy-five|hundred)\s+(?:years?|months?)\b/i;

/** What a structured field could hold, how to find it in prose, and whether the payload already has it. */
interface ProseFact {
  what: string;
  field: string;
  found(s: StringAt): string | undefined;
  /** Whether the structured fields already hold it (then prose that repeats it is fine). */
  held(n: Notice, value: string): boolean;
}

const structured = (n: Notice, key: string): string[] =>
  [...strings(n)].filter((s) => s.key === key && !s.path.startsWith('sections')).map((s) => s.value);

const FACTS: ProseFact[] = [
  {
    what: 'a retention period',
    field: 'retention (or purposes[].retention)',
    found: (s) => s.value.match(PERIOD)?.[0],
    held: (n) => !!n.retention?.length || n.purposes.some((p) => p.retention),
  },
  {
    what: 'an email address',
    field: 'rightsAction.email, controller.email, dpo.email or contacts',
    found: (s) => s.value.match(EMAIL)?.[0],
    held: (n, email) => structured(n, 'email').some((e) => e.toLowerCase() === email.toLowerCase()),
  },
  {
    what: 'a phone number',
    field: 'rightsAction.phone, controller.phone, dpo.phone or contacts',
    found: (s) => s.value.match(PHONE)?.[0],
    held: (n, phone) => structured(n, 'phone').some((p) => digits(p) === digits(phone)),
  },
  {
    what: 'a date the notice was updated',
    field: 'lastUpdated',
    found: (s) => s.value.match(/\b(?:last\s+)?(?:updated|reviewed)\b[^.]{0,30}\d{4}/i)?.[0],
    held: (n) => !!n.lastUpdated,
  },
  {
    what: 'whether data goes outside the UK',
    field: 'transfers',
    found: (s) =>
      s.value.match(/\b(?:outside (?:of )?the (?:UK|United Kingdom|EEA|European Economic Area)|overseas|international transfers?)\b/i)?.[0],
    held: (n) => !!n.transfers,
  },
  {
    what: 'whether decisions are automated',
    field: 'automatedDecisions',
    found: (s) => s.value.match(/\bautomated (?:decision|means|processing)\w*/i)?.[0],
    held: (n) => !!n.automatedDecisions,
  },
];

export const proseFacts: Rule = (n) => {
  const prose = [...strings(n)].filter((s) => s.path.startsWith('sections[') && s.key !== 'id');
  return FACTS.flatMap((fact): Finding[] => {
    const hits = prose.flatMap((s) => {
      const value = fact.found(s);
      return value && !fact.held(n, value) ? [{ s, value }] : [];
    });
    if (!hits.length) return [];
    const [{ s, value }] = hits;
    const more = hits.length > 1 ? ` (and in ${hits.length - 1} more place${hits.length > 2 ? 's' : ''})` : '';
    return [
      {
        rule: 'prose-facts',
        severity: 'info',
        path: s.path,
        message: `${fact.what} ("${value.trim()}") is stated only in the text${more}: put it in ${fact.field} too, so the key facts, the just-in-time view and lint can use it`,
      },
    ];
  });
};

export const factRules: Rule[] = [criminalOffenceCondition, proseFacts];
