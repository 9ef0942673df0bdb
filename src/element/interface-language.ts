/**
 * The interface language of an element for its reading language. When no locale
 * could be had, the notice still shows, in English, and the page hears about it: a
 * console warning (from the loader) and an ln-error event of kind `locale`.
 */
import { emit } from '../events.js';
import { baseLanguage, resolveLanguage } from '../i18n/language.js';
import { interfaceLanguage } from '../i18n/locales.js';

/**
 * The language whose interface strings `host` shows: that of its reading language,
 * from `locales` (a folder URL) or the shipped ones, else English.
 */
export async function interfaceLanguageOf(
  host: HTMLElement,
  locales: string | undefined,
  payloadDefault?: string,
  listed: readonly string[] = [],
): Promise<string> {
  const lang = resolveLanguage(host, payloadDefault);
  const uiLang = await interfaceLanguage(lang, locales, [payloadDefault, ...listed]);
  if (baseLanguage(uiLang) !== baseLanguage(lang)) {
    emit(host, 'ln-error', {
      kind: 'locale',
      message: `no interface strings for "${lang}": English is shown`,
      where: locales ?? 'locales/',
      fix: `add locales/${baseLanguage(lang)}.json`,
      problems: [],
    });
  }
  return uiLang;
}
