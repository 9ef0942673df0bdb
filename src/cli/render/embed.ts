/**
 * The embed for a CMS page, server-rendered: `<layered-notice>` holding a declarative
 * shadow root with the element's own first render (every section open), the payload
 * as inline JSON (so the element never fetches it), and a fallback link for browsers
 * without declarative shadow DOM. With the script, the element takes over in place;
 * without it, the notice is already there in full.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { translator } from '../../i18n/i18n.js';
import { interfaceLanguage } from '../../i18n/locales.js';
import { styles } from '../../layered-notice.styles.js';
import type { RenderContext } from '../../layers/context.js';
import { renderNotice } from '../../layers/notice.js';
import type { Notice } from '../../schema/types.js';

const noop = (): void => {};
const escapeAttr = (s: string): string => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** `<layered-notice>` markup for `notice`, read in `lang`, whose fallback links to `pageUrl`. */
export async function renderEmbed(notice: Notice, lang: string, pageUrl: string, headingLevel = 2): Promise<string> {
  const uiLang = await interfaceLanguage(lang);
  const ctx: RenderContext = {
    notice,
    t: translator(uiLang),
    lang,
    uiLang,
    noticeLang: notice.language ?? 'en',
    level: headingLevel,
    audience: null,
    open: new Set(notice.sections.map((s) => s.id)),
    id: (part) => `${notice.id}-${part}`,
  };
  const handlers = { click: noop, language: noop, toggle: noop, toggleAll: noop, audience: noop };
  const shadow = await collectResult(render(renderNotice(ctx, handlers)));
  // JSON inside a script element: "<" is escaped so no string can end the element.
  const json = JSON.stringify(notice).replace(/</g, '\\u003c');
  return `<layered-notice lang="${escapeAttr(lang)}" heading-level="${headingLevel}">
<template shadowrootmode="open"><style>${styles.cssText}</style>${shadow}</template>
<script type="application/json">${json}</script>
<a href="${escapeAttr(pageUrl)}">${escapeAttr(ctx.t('jit.more'))}</a>
</layered-notice>
`;
}
