/**
 * Completeness against UK GDPR Article 13 (data collected from the person) and
 * Article 14 (data obtained from others); `noticeType: "both"` gets the union. The
 * checklist follows the articles (https://www.legislation.gov.uk/eur/2016/679) and the
 * ICO's right-to-be-informed checklist (https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/individual-rights/the-right-to-be-informed/).
 * Each rule has a page in docs/lint/ with the article and how to fix it.
 */
import type { Contact, Notice } from '../../schema/types.js';
import { allCodes, articles, looksPublic, type Finding, type Rule } from './finding.js';

const direct = (n: Notice) => n.noticeType !== 'indirect';
const indirect = (n: Notice) => n.noticeType !== 'direct';
const reachable = (c: Contact) => !!(c.email || c.phone || c.address?.length);
const has = (n: Notice, prefix: string) => allCodes(n).some((c) => c.startsWith(prefix));
const finding = (rule: string, severity: Finding['severity'], path: string, message: string): Finding => ({
  rule,
  severity,
  path,
  message,
});

/** Names of the rights a notice is expected to list, for messages. */
const RIGHTS: Record<string, string> = {
  A15: 'the right of access (A15)',
  A16: 'the right to rectification (A16)',
  A17: 'the right to erasure (A17)',
  A18: 'the right to restrict processing (A18)',
  A20: 'the right to data portability (A20)',
  A21: 'the right to object (A21)',
  A22: 'the rights about automated decisions (A22)',
};

/** Rights that apply given the lawful bases: Art 20(1) needs consent or contract, Art 21(1) public task or legitimate interests. */
const expectedRights = (n: Notice): string[] => [
  'A15',
  'A16',
  'A17',
  'A18',
  ...(has(n, 'A6-1-a') || has(n, 'A6-1-b') ? ['A20'] : []),
  ...(has(n, 'A6-1-e') || has(n, 'A6-1-f') ? ['A21'] : []),
  ...(n.automatedDecisions?.used ? ['A22'] : []),
];

export const controllerContact: Rule = (n) =>
  reachable(n.controller)
    ? []
    : [
        finding(
          'controller-contact',
          'error',
          'controller',
          `the controller has no contact details: add an email, phone or address (${articles(n, '(1)(a)', '(1)(a)')})`,
        ),
      ];

export const dpoContact: Rule = (n) => {
  // A public authority without one is `public-authority-dpo`'s warning; for others a DPO is "where applicable".
  if (!n.dpo)
    return looksPublic(n)
      ? []
      : [
          finding(
            'dpo-contact',
            'info',
            'dpo',
            `no Data Protection Officer given: if you have one (public authorities must), add dpo with their contact details (${articles(n, '(1)(b)', '(1)(b)')})`,
          ),
        ];
  return reachable(n.dpo)
    ? []
    : [
        finding(
          'dpo-contact',
          'warning',
          'dpo',
          `the Data Protection Officer has no contact details: add an email, phone or address (${articles(n, '(1)(b)', '(1)(b)')})`,
        ),
      ];
};

export const purposeLawfulBasis: Rule = (n) =>
  n.purposes.length
    ? n.purposes.flatMap((p, i): Finding[] =>
        p.lawfulBasis.length
          ? []
          : [
              finding(
                'purpose-lawful-basis',
                'error',
                `purposes[${i}].lawfulBasis`,
                `this purpose has no lawful basis (${articles(n, '(1)(c)', '(1)(c)')})`,
              ),
            ],
      )
    : [
        finding(
          'purpose-lawful-basis',
          'error',
          'purposes',
          `no purposes are listed: say why you use the data and on what lawful basis (${articles(n, '(1)(c)', '(1)(c)')})`,
        ),
      ];

export const legitimateInterests: Rule = (n) =>
  n.purposes.flatMap((p, i): Finding[] =>
    p.lawfulBasis.some((c) => c.startsWith('A6-1-f')) && !p.legitimateInterests
      ? [
          finding(
            'legitimate-interests',
            'error',
            `purposes[${i}].legitimateInterests`,
            `this purpose relies on legitimate interests (A6-1-f) but does not say what they are (${articles(n, '(1)(d)', '(2)(b)')})`,
          ),
        ]
      : [],
  );

/** Data obtained from others must say what it is and where it came from (Article 14). */
const requiredWhenIndirect =
  (field: 'dataCategories' | 'sources', rule: string, message: (n: Notice) => string): Rule =>
  (n) =>
    indirect(n) && !n[field]?.length ? [finding(rule, 'error', field, message(n))] : [];

/**
 * A question every notice must answer (a warning when it does not), and the details a
 * yes must come with (an error when they are missing), at `<field>.details`.
 */
const answered =
  <K extends 'transfers' | 'automatedDecisions'>(
    field: K,
    rule: string,
    ask: (n: Notice) => string,
    lacksDetails: (answer: NonNullable<Notice[K]>) => boolean,
    explain: (n: Notice) => string,
  ): Rule =>
  (n) => {
    const answer = n[field];
    if (!answer) return [finding(rule, 'warning', field, ask(n))];
    return lacksDetails(answer) ? [finding(rule, 'error', `${field}.details`, explain(n))] : [];
  };

export const dataCategories = requiredWhenIndirect(
  'dataCategories',
  'data-categories',
  (n) => `data obtained from others must come with the categories of personal data (${articles(n, null, '(1)(d)')})`,
);

export const recipients: Rule = (n) =>
  n.recipients?.length
    ? []
    : [
        finding(
          'recipients',
          'warning',
          'recipients',
          `no recipients are listed: say who the data is shared with, or that it is not shared (${articles(n, '(1)(e)', '(1)(e)')})`,
        ),
      ];

export const transfers = answered(
  'transfers',
  'transfers',
  (n) => `say whether personal data is sent outside the UK (transfers.outsideUK) (${articles(n, '(1)(f)', '(1)(f)')})`,
  (t) => t.outsideUK && !t.details?.length,
  (n) => `data goes outside the UK: name each country and its safeguard (${articles(n, '(1)(f)', '(1)(f)')})`,
);

export const retention: Rule = (n) =>
  n.retention?.length
    ? []
    : [
        finding(
          'retention',
          'error',
          'retention',
          `say how long the data is kept, or the criteria that decide it (${articles(n, '(2)(a)', '(2)(a)')})`,
        ),
      ];

export const rightsListed: Rule = (n) => {
  const listed = new Set<string>(n.rights.map((r) => r.code));
  return expectedRights(n)
    .filter((code) => !listed.has(code))
    .map((code): Finding =>
      finding('rights-listed', 'warning', 'rights', `${RIGHTS[code]} is not listed (${articles(n, '(2)(b)', '(2)(c)')})`),
    );
};

export const withdrawConsent: Rule = (n) =>
  (has(n, 'A6-1-a') || allCodes(n).includes('A9-2-a')) && !n.rights.some((r) => r.code === 'A7-3')
    ? [
        finding(
          'withdraw-consent',
          'error',
          'rights',
          `a purpose relies on consent but the right to withdraw consent (A7-3) is not listed (${articles(n, '(2)(c)', '(2)(d)')})`,
        ),
      ]
    : [];

export const complaintIco: Rule = (n) => {
  if (!n.complaint)
    return [
      finding(
        'complaint-ico',
        'error',
        'complaint',
        `say that people can complain to the Information Commissioner's Office, and how (${articles(n, '(2)(d)', '(2)(e)')})`,
      ),
    ];
  const r = n.complaint.regulator;
  return r.url || r.phone || r.email || r.address?.length
    ? []
    : [
        finding(
          'complaint-ico',
          'warning',
          'complaint.regulator',
          `give a way to reach the regulator: its complaints page, phone or address (${articles(n, '(2)(d)', '(2)(e)')})`,
        ),
      ];
};

export const provisionRequirement: Rule = (n) =>
  direct(n) && !n.provision
    ? [
        finding(
          'provision-requirement',
          'error',
          'provision',
          `say whether people must give the data (by law or contract) and what happens if they do not (${articles(n, '(2)(e)', null)})`,
        ),
      ]
    : [];

export const sources = requiredWhenIndirect(
  'sources',
  'sources',
  (n) => `data obtained from others must come with where it came from, and whether that is public (${articles(n, null, '(2)(f)')})`,
);

export const automatedDecisions = answered(
  'automatedDecisions',
  'automated-decisions',
  (n) => `say whether decisions are made about people by automated means (automatedDecisions.used) (${articles(n, '(2)(f)', '(2)(g)')})`,
  (a) => a.used && !a.details,
  (n) => `automated decisions are made: explain the logic, their significance and the consequences (${articles(n, '(2)(f)', '(2)(g)')})`,
);

export const completenessRules: Rule[] = [
  controllerContact,
  dpoContact,
  purposeLawfulBasis,
  legitimateInterests,
  dataCategories,
  recipients,
  transfers,
  retention,
  rightsListed,
  withdrawConsent,
  complaintIco,
  provisionRequirement,
  sources,
  automatedDecisions,
];
