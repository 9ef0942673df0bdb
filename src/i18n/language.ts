/**
 * Picks the language a notice is read in and the language of each payload string.
 */
import type { Text } from '../schema/types.js';

/**
 * The reading language, in the documented order: the element's `lang`, the closest
 * ancestor's `lang`, the document's, the payload's default, then English.
 */
export function resolveLanguage(el: HTMLElement, payloadDefault?: string): string {
  // The property first: during an update it is newer than the reflected attribute.
  const found = el.lang || el.parentElement?.closest('[lang]')?.getAttribute('lang') || el.ownerDocument.documentElement.lang;
  return (found || payloadDefault || 'en').trim();
}

/** `cy-GB` -> `cy`: the base language, used to match payload maps and locale files. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split('-')[0];

/**
 * The string of `text` for `lang`, and the language it is actually in. A missing
 * translation falls back to the payload's default language, and the caller marks it
 * with its own `lang` so a screen reader switches voice: never a silent fallback.
 */
export function pickText(text: Text, lang: string, fallback: string): [value: string, lang: string] {
  if (typeof text === 'string') return [text, fallback];
  const want = [lang, baseLanguage(lang), fallback, baseLanguage(fallback)];
  for (const tag of want) if (text[tag] !== undefined) return [text[tag], tag];
  const [first] = Object.entries(text);
  return [first[1], first[0]];
}
