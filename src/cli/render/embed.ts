/**
 * The embed for a CMS page, server-rendered: `<layered-notice>` holding a declarative
 * shadow root with the element's own first render (every section open), the payload
 * as inline JSON (so the element never fetches it), and a fallback link for browsers
 * without declarative shadow DOM. With the script, the element takes over in place;
 * without it, the notice is already there in full.
 */
import { styles } from '../../layered-notice.styles.js';
import { renderNotice } from '../../layers/notice.js';
import { serverContext } from './context.js';
import { escape, serverHtml } from './markup.js';
import type { Notice } from '../../schema/types.js';

const noop = (): void => {};

/** The payload as the embed carries it. JSON inside a script element: "<" is escaped so no string can end the element. */
export const embedJson = (notice: Notice): string => JSON.stringify(notice).replace(/</g, '\\u003c');

/** `<layered-notice>` markup for `notice`, read in `lang`, whose fallback links to `pageUrl`. */
export async function renderEmbed(notice: Notice, lang: string, pageUrl: string, headingLevel = 2): Promise<string> {
  const ctx = await serverContext(notice, lang, headingLevel);
  const handlers = { language: noop, toggle: noop, toggleAll: noop, audience: noop, found: noop };
  const shadow = await serverHtml(renderNotice(ctx, handlers));
  const json = embedJson(notice);
  return `<layered-notice lang="${escape(lang)}" heading-level="${headingLevel}">
<template shadowrootmode="open"><style>${styles.cssText}</style>${shadow}</template>
<script type="application/json">${json}</script>
<a href="${escape(pageUrl)}">${escape(ctx.t('jit.more'))}</a>
</layered-notice>
`;
}
