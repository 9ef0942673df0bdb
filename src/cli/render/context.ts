/**
 * The render context for rendering on the server: every section open, no audience
 * chosen, interface strings loaded for the reading language (English where none ship).
 */
import { interfaceLanguage } from '../../i18n/locales.js';
import { contextOf, type RenderContext } from '../../layers/context.js';
import type { Notice } from '../../schema/types.js';
import { sectionIds } from '../../layers/generated.js';

export async function serverContext(notice: Notice, lang: string, level: number): Promise<RenderContext> {
  const uiLang = await interfaceLanguage(lang);
  return contextOf(notice, { lang, uiLang, level, audience: null, open: new Set(sectionIds(notice)) });
}
