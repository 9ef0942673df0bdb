/**
 * The in-place language switcher of a multilingual notice: one radio per language
 * the payload declares, each labelled in its own language ("Cymraeg", "English")
 * and carrying that `lang`, so a screen reader reads it in the right voice.
 */
import { nothing } from 'lit';
import { choice } from './choice.js';
import { baseLanguage } from '../i18n/language.js';
import { canonicalTag } from '../i18n/shipped.js';
import type { RenderContext } from './context.js';

/**
 * Own names of the shipped languages. Intl.DisplayNames would give
 * them for free, but Chromium's trimmed ICU data answers "Welsh" for `cy`.
 */
const ENDONYMS: Record<string, string> = {
  ar: 'العربية',
  cy: 'Cymraeg',
  en: 'English',
  pa: 'ਪੰਜਾਬੀ',
  pl: 'Polski',
  ro: 'Română',
  ur: 'اردو',
};

/** A language's own name for itself: from the table, else from Intl. */
export const endonym = (tag: string): string => {
  // A tag Intl refuses (`cy-12`) would throw in Intl and toLocaleUpperCase: shown as written.
  if (!canonicalTag(tag)) return tag;
  const name = ENDONYMS[baseLanguage(tag)] ?? new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
};

export function renderLanguageSwitcher(ctx: RenderContext, pick: (tag: string) => void): unknown {
  const languages = ctx.notice.languages;
  if (!languages || languages.length < 2) return nothing;
  const current = languages.find((l) => l === ctx.lang) ?? languages.find((l) => baseLanguage(l) === baseLanguage(ctx.lang)) ?? '';
  const options = languages.map((tag) => ({ value: tag, label: endonym(tag), lang: tag }));
  return choice('languages', ctx.t('sections.language'), ctx.id('language'), options, current, pick);
}
