/**
 * Whether a resident can act on what the notice tells them: a way to use each right
 * listed, only rights the notice itself says apply, and a way to complain to the
 * controller before going to the regulator.
 */
import type { Action, Notice } from '../../schema/types.js';
import { allCodes, type Finding, type Rule } from './finding.js';
import { wordsOf } from './strings.js';

/** A channel a resident can use: an email, a form or web page, a phone number or a postal address. */
const hasChannel = (a: Action | undefined): boolean => !!(a && (a.email || a.url || a.phone || a.post?.length));

/**
 * A note that itself says how to ask: a link, an email address, a phone number, or
 * words that tell the reader where to go ("write to", "ask at reception", "use the form").
 */
const HOW_TO_ASK =
  /https?:|mailto:|tel:|@|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b|\b(write to|email|e-mail|call|phone|ring|telephone|visit|fill in|form|letter|in person|ask (at|in|any|your))\b/i;
const saysHowToAsk = (note: unknown): boolean => HOW_TO_ASK.test(wordsOf(note));

/** The rights a reader sees in the rights layer: all but A77, which is the complaint part. */
const shown = (n: Notice) => n.rights.map((r, i) => ({ r, i })).filter(({ r }) => r.code !== 'A77');

export const rightsChannel: Rule = (n) => {
  const rights = shown(n);
  const stuck = rights.filter(({ r }) => !hasChannel(r.action ?? n.rightsAction) && !saysHowToAsk(r.note));
  if (!stuck.length) return [];
  const fix =
    "add an email, url (a form), phone or post to rightsAction (for every right) or to the right's own action, or a note saying how to ask";
  // A shared rightsAction with no channel is one mistake, not one per right: report it where it is.
  if (n.rightsAction && !hasChannel(n.rightsAction) && stuck.length === rights.filter(({ r }) => !r.action).length) {
    const who = n.rightsAction.handledBy ? 'names who handles requests (handledBy) but ' : '';
    return [
      {
        rule: 'rights-channel',
        severity: 'error',
        path: 'rightsAction',
        message: `rightsAction ${who}gives no way to reach them, so a resident cannot use ${stuck.length === 1 ? 'the right' : `any of the ${stuck.length} rights`} listed: ${fix}`,
      },
    ];
  }
  if (stuck.length === rights.length && !n.rightsAction) {
    return [
      {
        rule: 'rights-channel',
        severity: 'error',
        path: 'rights',
        message: `none of the ${rights.length} rights listed says how to use it, so a resident cannot act on them: ${fix}`,
      },
    ];
  }
  return stuck.map(({ r, i }): Finding => ({
    rule: 'rights-channel',
    severity: 'error',
    path: `rights[${i}]`,
    message: `${r.code} gives no way to use it: ${fix}`,
  }));
};

const consent = (n: Notice) => allCodes(n).some((c) => c.startsWith('A6-1-a') || c === 'A9-2-a');
const contract = (n: Notice) => allCodes(n).some((c) => c.startsWith('A6-1-b'));

/** Rights that the notice's own fields say do not apply, with the field that says so. */
const NOT_APPLICABLE: Record<string, (n: Notice) => string | undefined> = {
  A22: (n) =>
    n.automatedDecisions?.used === false
      ? 'automatedDecisions.used is false: no decisions are made by automated means alone (Art 22)'
      : undefined,
  A20: (n) =>
    consent(n) || contract(n)
      ? undefined
      : 'no purpose relies on consent (A6-1-a) or a contract (A6-1-b), and portability applies only to those (Art 20(1))',
  'A7-3': (n) =>
    consent(n) ? undefined : 'no purpose relies on consent (A6-1-a or A9-2-a), so there is no consent to withdraw (Art 7(3))',
};

export const rightsNotApplicable: Rule = (n) =>
  n.rights.flatMap((r, i): Finding[] => {
    const why = NOT_APPLICABLE[r.code]?.(n);
    return why
      ? [
          {
            rule: 'rights-not-applicable',
            severity: 'warning',
            path: `rights[${i}]`,
            message: `${r.code} is listed, but the notice says it does not apply: ${why}. Remove it, or fix the field, so residents are not promised a right they cannot use`,
          },
        ]
      : [];
  });

/** The complaint route that the Data (Use and Access) Act 2025 made a right from 19 June 2026. */
const S164A = 'DPA 2018 s164A, inserted by the Data (Use and Access) Act 2025 s103, in force 19 June 2026';

export const complaintController: Rule = (n) => {
  const c = n.complaint?.controller;
  if (!n.complaint) return []; // complaint-ico reports the missing complaint part.
  if (!c)
    return [
      {
        rule: 'complaint-controller',
        severity: 'warning',
        path: 'complaint',
        message: `say how to complain to you first, and how (complaint.controller with a url to a complaint form, an email, phone or address) (${S164A})`,
      },
    ];
  return c.email || c.url || c.phone || c.address?.length
    ? []
    : [
        {
          rule: 'complaint-controller',
          severity: 'warning',
          path: 'complaint.controller',
          message: `complaint.controller gives no way to complain: add a url to a complaint form (which the law asks you to offer), an email, phone or address (${S164A})`,
        },
      ];
};

export const actionableRules: Rule[] = [rightsChannel, rightsNotApplicable, complaintController];
