/**
 * The regulator a resident can complain to, in the reader's language. Most notices name
 * the Information Commissioner's Office in English only, so a Welsh page would read
 * "Cwyno i Information Commissioner's Office". When the regulator is the ICO and the
 * payload has no name in the reading language, the name comes from the locale
 * (`regulator.name`: "Swyddfa'r Comisiynydd Gwybodaeth"), and so do the postal address
 * and the phone number when the payload gives none. Any other regulator, and any name
 * the payload does give in the reading language, is shown as the payload has it.
 */
import type { Action, Party, Text } from '../schema/types.js';
import { baseLanguage, pickText } from '../i18n/language.js';
import type { RenderContext } from './context.js';
import { plain } from './rich-text.js';

/** Names and sites by which a payload refers to the UK Information Commissioner. */
const ICO_NAME = /^(the )?(information commissioner('|’)?s? office|information commissioner|ico)( \(ico\))?$/i;
const ICO_SITE = /^https:\/\/([a-z]+\.)?ico\.org\.uk(\/|$)/i;

/** Whether `party` is the ICO: by one of its names in any language of the payload, or by its website. */
export const isIco = (party: Party): boolean => {
  const names = typeof party.name === 'string' ? [party.name] : Object.values(party.name);
  return names.some((n) => ICO_NAME.test(n.trim())) || ICO_SITE.test(party.url ?? '');
};

/** The regulator as the reader sees it: its name (plain text) and how to reach it. */
export interface Regulator {
  name: string;
  action: Action;
}

export function regulatorFor(ctx: RenderContext, party: Party): Regulator {
  const action: Action = { email: party.email, phone: party.phone, url: party.url, post: party.address };
  if (!isIco(party)) return { name: plain(ctx, party.name), action };
  const { t } = ctx;
  const inReadingLanguage = baseLanguage(pickText(party.name, ctx.lang, ctx.noticeLang)[1]) === baseLanguage(ctx.uiLang);
  // Locale lines are in the interface language: tag them so, not as the payload's language.
  // One line per comma, as addresses are written on one line.
  const lines: Text[] = t('regulator.address')
    .split(/\s*,\s*/)
    .map((line) => ({ [ctx.uiLang]: line }));
  return {
    name: inReadingLanguage ? plain(ctx, party.name) : t('regulator.name'),
    action: { ...action, post: party.address ?? lines, phone: party.phone ?? t('regulator.phone') },
  };
}
