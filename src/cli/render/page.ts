/**
 * A notice as one static HTML page, rendered on the server with @lit-labs/ssr from
 * the same layer templates the element uses, every section shown. No script, no
 * event handler attributes: the layers bind payload strings as text (escaped) and
 * only let https:, http:, mailto: and tel: URLs become links.
 */
import { html } from 'lit';
import { direction } from '../../i18n/i18n.js';
import { heading } from '../../layers/heading.js';
import { plain, text } from '../../layers/rich-text.js';
import { renderGlance } from '../../layers/glance.js';
import { renderFacts } from '../../layers/facts.js';
import { renderRights } from '../../layers/rights.js';
import { renderContacts } from '../../layers/contacts.js';
import type { Notice } from '../../schema/types.js';
import { renderStaticSections } from './static-sections.js';
import { PAGE_CSS } from './page-css.js';
import { serverContext } from './context.js';
import { escape, serverHtml } from './markup.js';
import { renderUpdated } from '../../layers/notice.js';

/** The page for `notice` read in `lang` (interface strings fall back to English where no locale ships). */
export async function renderPage(notice: Notice, lang: string): Promise<string> {
  // The notice is the page: its title is the h1, layers h2, sections h3.
  const ctx = await serverContext(notice, lang, 1);
  const { uiLang } = ctx;
  // As the element composes its layers (src/layered-notice.ts), less its controls.
  const body = html`<main class="notice">
    ${heading(ctx.level, text(ctx, notice.title), ctx.id('title'))}
    ${renderUpdated(ctx, true)}
    ${renderGlance(ctx)} ${renderFacts(ctx)} ${renderStaticSections(ctx)} ${renderRights(ctx)} ${renderContacts(ctx)}
  </main>`;
  const main = await serverHtml(body);
  return `<!doctype html>
<html lang="${escape(uiLang)}" dir="${direction(uiLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(plain(ctx, notice.title))}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
${main.trim()}
</body>
</html>
`;
}
