/**
 * The render context for rendering on the server: every section open, no audience
 * chosen, interface strings loaded for the reading language (English where none ship).
 */
import type { TFunction } from 'i18next';
import { translator } from '../../i18n/i18n.js';
import { interfaceLanguage } from '../../i18n/locales.js';
import { contextOf, type RenderContext } from '../../layers/context.js';
import type { Notice } from '../../schema/types.js';
import { sectionIds } from '../../layers/generated.js';

/** Remembered strings per language, at most this many each: a bound, as keys hold payload values ({ name }, { date }). */
const MAX_REMEMBERED = 10_000;

const memos = new Map<string, TFunction>();

/**
 * A translation function for `lang` that remembers each string it returns. i18next
 * copies its options on every call (`getFixedT`), a large share of a build's time when
 * thousands of notices ask for the same few hundred strings. On the server the strings
 * cannot change after `interfaceLanguage` has loaded them, so remembering is safe.
 */
export function rememberingTranslator(lang: string): TFunction {
  let memo = memos.get(lang);
  if (!memo) {
    const t = translator(lang);
    const seen = new Map<string, unknown>();
    memo = ((key: string, options?: unknown) => {
      const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
      if (seen.has(id)) return seen.get(id);
      const s = (t as (k: string, o?: unknown) => unknown)(key, options);
      if (seen.size < MAX_REMEMBERED) seen.set(id, s);
      return s;
    }) as unknown as TFunction;
    memos.set(lang, memo);
  }
  return memo;
}

/** The server's context for `notice` read in `lang`. */
export async function serverContext(notice: Notice, lang: string, level: number): Promise<RenderContext> {
  const uiLang = await interfaceLanguage(lang);
  return {
    ...contextOf(notice, { lang, uiLang, level, audience: null, open: new Set(sectionIds(notice)) }),
    t: rememberingTranslator(uiLang),
  };
}
