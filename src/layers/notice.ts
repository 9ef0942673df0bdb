/**
 * The whole notice: title, language switcher, last-updated line, layer 1, the key
 * facts and the three further layers.
 * The element renders it in its shadow root; `layered-notice render --embed` renders
 * the same template on the server into a declarative shadow root, so the page shows
 * the notice before the script runs and nothing moves when the element takes over.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { direction } from '../i18n/i18n.js';
import type { RenderContext } from './context.js';
import { heading } from './heading.js';
import { text } from './rich-text.js';
import { renderGlance } from './glance.js';
import { renderFacts } from './facts.js';
import { renderSections, type SectionHandlers } from './sections.js';
import { renderRights } from './rights.js';
import { renderContacts } from './contacts.js';
import { renderLanguageSwitcher } from './language-switcher.js';

export interface NoticeHandlers extends SectionHandlers {
  /** A click anywhere in the notice (links: deep links, actions, copying a section's address). */
  click(event: MouseEvent): void;
  /** The reader chose another language. */
  language(tag: string): void;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A payload date (YYYY-MM-DD) as the reader's language writes it. The formatter is
 * made once per language: the first one on a page costs tens of milliseconds.
 */
export const formatDate = (lang: string, date: string): string => {
  let format = dateFormats.get(lang);
  if (!format) dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(date));
};

export function renderNotice(ctx: RenderContext, on: NoticeHandlers, status = ''): TemplateResult {
  const { notice: n, t } = ctx;
  const updated = n.lastUpdated && formatDate(ctx.uiLang, n.lastUpdated);
  return html`<div part="base" class="notice" lang=${ctx.uiLang} dir=${direction(ctx.uiLang)} @click=${on.click}>
    ${heading(ctx.level, text(ctx, n.title), ctx.id('title'))} ${renderLanguageSwitcher(ctx, on.language)}
    ${updated ? html`<p class="meta">${t('notice.updated', { date: updated })}</p>` : nothing}
    ${renderGlance(ctx)} ${renderFacts(ctx)} ${renderSections(ctx, on)} ${renderRights(ctx)} ${renderContacts(ctx)}
    <div role="status" class="vh">${status}</div>
  </div>`;
}
