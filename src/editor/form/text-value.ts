/**
 * Text as payloads write it, a string or a map of language to string, read and written
 * one language at a time. Writing changes only the language written: a string stays a
 * string while only the default language is edited, and other languages in a map keep
 * their text and their order, so a form never rewrites what it was not asked to.
 */

export type TextValue = string | Record<string, string> | undefined;

/** The text in `lang`; a plain string is in the payload's default language. */
export function readText(value: unknown, lang: string, defaultLang: string): string {
  if (typeof value === 'string') return lang === defaultLang ? value : '';
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const text = (value as Record<string, unknown>)[lang];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/** Whether the form can edit this value as text (not a list of runs with links or emphasis). */
export const isPlainText = (value: unknown): boolean =>
  value === undefined ||
  typeof value === 'string' ||
  (!!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string'));

/** `value` with its text in `lang` set to `text` (removed when empty); undefined when no text is left. */
export function writeText(value: unknown, lang: string, defaultLang: string, text: string): TextValue {
  const map: Record<string, string> =
    typeof value === 'string'
      ? { [defaultLang]: value }
      : value && typeof value === 'object'
        ? { ...(value as Record<string, string>) }
        : {};
  if (text) map[lang] = text;
  else delete map[lang];
  const langs = Object.keys(map);
  if (!langs.length) return undefined;
  // A string stays a string while it holds only the default language.
  if ((typeof value === 'string' || value === undefined) && langs.length === 1 && langs[0] === defaultLang) return map[defaultLang];
  return map;
}
