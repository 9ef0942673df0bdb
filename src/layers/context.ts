/**
 * What every layer renderer receives: plain data and helpers, never the element.
 * Layers do not fetch, validate or read attributes.
 */
import type { TFunction } from 'i18next';
import type { Notice } from '../schema/types.js';
import { translator } from '../i18n/i18n.js';

export interface RenderContext {
  notice: Notice;
  /** Interface strings in `uiLang`. */
  t: TFunction;
  /** The reading language asked for (BCP 47): payload text is picked in it. */
  lang: string;
  /** The language the interface is in: `lang`, its base language, or English when no locale ships for it. */
  uiLang: string;
  /** The language payload strings are in when they are plain strings. */
  noticeLang: string;
  /** Heading level of the notice title; layers sit one level below, sections two. */
  level: number;
  /** The audience chosen by the reader, or null for everyone. */
  audience: string | null;
  /** Ids of the open sections. */
  open: ReadonlySet<string>;
  /**
   * How many sections are built so far, while the element builds the notice a few
   * sections per task; the rights and contacts layers come once every section is.
   * Absent: all of it (the server, and the element once done).
   */
  built?: number;
  /** A document-unique id for a part of this notice (`<notice id>-<part>`). */
  id(part: string): string;
}

/** Whether content tagged for `audiences` is shown to the chosen audience. */
export const forAudience = (ctx: RenderContext, audiences?: string[]): boolean =>
  !ctx.audience || !audiences || audiences.includes(ctx.audience);

/** The context for `notice`: what differs between the element and the server is in `view`. */
export const contextOf = (
  notice: Notice,
  view: Pick<RenderContext, 'lang' | 'uiLang' | 'level' | 'audience' | 'open' | 'built'>,
): RenderContext => ({
  ...view,
  notice,
  t: translator(view.uiLang),
  noticeLang: notice.language ?? 'en',
  id: (part) => `${notice.id}-${part}`,
});
