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
import { rich, text } from './rich-text.js';
import { baseLanguage } from '../i18n/language.js';
import { renderGlance } from './glance.js';
import { renderFacts } from './facts.js';
import { renderSections, visibleSections, type SectionHandlers } from './sections.js';
import { renderRights } from './rights.js';
import { renderContacts } from './contacts.js';
import { renderLanguageSwitcher } from './language-switcher.js';

export interface NoticeHandlers extends SectionHandlers {
  /** The reader chose another language. */
  language(tag: string): void;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A payload date (YYYY-MM-DD) as the reader's language writes it: English in UK
 * order ("18 September 2020"), from the locale file's pattern and month names. Other
 * languages use the engine's date names when it has them; an engine without them
 * (Chromium has no Welsh ones) would fall back to English, so the locale file's are
 * used then too. English never asks the engine: its first date formatter costs
 * tens of ms on a slow phone, for the words the locale file already holds.
 */
export const formatDate = (ctx: Pick<RenderContext, 'uiLang' | 't'>, date: string): string => {
  const lang = ctx.uiLang;
  let format = dateFormats.get(lang);
  if (baseLanguage(lang) !== 'en' && !format)
    dateFormats.set(lang, (format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })));
  if (format && baseLanguage(format.resolvedOptions().locale) === baseLanguage(lang)) return format.format(new Date(date));
  const [year, month, day] = date.split('-');
  return ctx.t('notice.date', { day: +day!, month: ctx.t('notice.months').split(',')[+month! - 1], year });
};

/**
 * The last-updated date and, behind it, every change newest first (GOV.UK's "Last
 * updated ... See all updates"). `open` shows the changes, for a static page or print.
 */
export const renderUpdated = (ctx: RenderContext, open = false): unknown => {
  const { notice: n, t } = ctx;
  const changes = [...(n.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  return html`${n.lastUpdated ? html`<p class="meta">${t('notice.updated', { date: formatDate(ctx, n.lastUpdated) })}</p>` : nothing}
  ${
    changes.length
      ? html`<details class="changes" ?open=${open}><summary>${t('notice.allUpdates')}</summary>
        <ul>${changes.map((c) => html`<li><strong>${formatDate(ctx, c.date)}</strong>: ${rich(ctx, c.description)}</li>`)}</ul>
      </details>`
      : nothing
  }`;
};

export function renderNotice(ctx: RenderContext, on: NoticeHandlers, status = ''): TemplateResult {
  const { notice: n } = ctx;
  return html`<div part="base" class="notice" lang=${ctx.uiLang} dir=${direction(ctx.uiLang)}>
    ${heading(ctx.level, text(ctx, n.title), ctx.id('title'))} ${renderLanguageSwitcher(ctx, on.language)}
    ${renderUpdated(ctx)}
    ${renderGlance(ctx)} ${renderFacts(ctx)}
    ${ctx.built === 0 ? nothing : renderSections(ctx, on)}
    ${(ctx.built ?? Infinity) > visibleSections(ctx).length ? [renderRights(ctx), renderContacts(ctx)] : nothing}
    <div role="status" class="vh">${status}</div>
  </div>`;
}
