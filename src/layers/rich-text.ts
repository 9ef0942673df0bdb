/**
 * Renders the payload's rich-text model (text, inline runs, blocks) as Lit templates.
 * Every payload string is bound as text, so Lit escapes it: nothing here is ever
 * parsed as HTML, and only https:, http:, mailto: and tel: URLs become links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Block, ListItem, Rich, Text } from '../schema/types.js';
import { baseLanguage, pickText } from '../i18n/language.js';
import { forAudience, type RenderContext } from './context.js';
import { heading } from './heading.js';
import { isNested, isText } from '../schema/guards.js';

/** Link schemes that may become an `href`; anything else is shown as text. */
export const safeHref = (href: string | undefined): string | undefined => {
  // Browsers ignore ASCII whitespace and control characters inside a scheme
  // ("java\tscript:"), so test the URL as the browser would read it.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const compact = (href ?? '').replace(/[\u0000-\u0020\u007f]/g, '');
  return /^(https?:\/\/|mailto:|tel:)/i.test(compact) ? compact : undefined;
};

/** Digits and a leading + only: the form a `tel:` URL needs. */
export const telHref = (phone?: string): string | undefined => phone && safeHref(`tel:${phone.replace(/[^\d+]/g, '')}`);

/** A mailto: URL with the subject (and nothing else) encoded. */
export const mailHref = (email?: string, subject?: string): string | undefined =>
  email && safeHref(`mailto:${email}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`);

/**
 * Words joined as the reader's language lists units ("a, b, c"). English is joined
 * here: the engine's first list formatter loads its locale data, tens of ms on a slow
 * phone, in the task that paints the first layer.
 */
export const unitList = (ctx: Pick<RenderContext, 'uiLang'>, words: string[]): string =>
  baseLanguage(ctx.uiLang) === 'en' ? words.join(', ') : new Intl.ListFormat(ctx.uiLang, { type: 'unit' }).format(words);

/** A term and its description in a `<dl>`, as the at-a-glance and contact layers lay them out. */
export const row = (term: unknown, detail: unknown): TemplateResult => html`<div class="row"><dt>${term}</dt><dd>${detail}</dd></div>`;

/**
 * Text in the reading language, marked with its own `lang` when that differs from the
 * interface around it (a fallback to the payload's default language, or an
 * English-only payload in a Welsh page), so a screen reader switches voice.
 */
export const text = (ctx: RenderContext, value: Text): TemplateResult | string => {
  const [s, lang] = pickText(value, ctx.lang, ctx.noticeLang);
  return baseLanguage(lang) === baseLanguage(ctx.uiLang) ? s : html`<span lang=${lang}>${s}</span>`;
};

/** Plain string of a text in the reading language (for attributes such as an email subject). */
export const plain = (ctx: RenderContext, value: Text): string => pickText(value, ctx.lang, ctx.noticeLang)[0];

/**
 * Every word of payload text (a text, runs, blocks, or a list of them) as one plain string in
 * the reading language, leaving out blocks for an audience other than the one chosen, as `block` does.
 */
export const words = (ctx: RenderContext, value: unknown): string =>
  isText(value)
    ? plain(ctx, value)
    : Array.isArray(value)
      ? value.map((v) => words(ctx, v)).join(' ')
      : value && typeof value === 'object' && forAudience(ctx, (value as { audiences?: string[] }).audiences)
        ? words(
            ctx,
            ['text', 'items', 'lines', 'caption', 'head', 'rows'].map((k) => (value as Record<string, unknown>)[k]),
          )
        : '';

export const rich = (ctx: RenderContext, value: Rich): unknown => {
  if (isText(value)) return text(ctx, value);
  return value.map((run) => {
    if (isText(run)) return text(ctx, run);
    const content = text(ctx, run.text);
    const href = safeHref(run.href);
    let out: unknown = href ? html`<a href=${href}>${content}</a>` : content;
    if (run.em) out = html`<em>${out}</em>`;
    return run.strong ? html`<strong>${out}</strong>` : out;
  });
};

const listItem = (ctx: RenderContext, item: ListItem): TemplateResult =>
  isNested(item) ? html`<li>${rich(ctx, item.text)}${list(ctx, item.items, item.ordered)}</li>` : html`<li>${rich(ctx, item as Rich)}</li>`;

const list = (ctx: RenderContext, items: ListItem[], ordered?: boolean): TemplateResult =>
  ordered ? html`<ol>${items.map((i) => listItem(ctx, i))}</ol>` : html`<ul>${items.map((i) => listItem(ctx, i))}</ul>`;

/** Address lines, one per line, in an `<address>`. */
export const address = (ctx: RenderContext, lines: Text[]): TemplateResult =>
  html`<address>${lines.map((line, i) => html`${i ? html`<br />` : nothing}${text(ctx, line)}`)}</address>`;

/** One block of a section body; `level` is the heading level for sub-headings. */
export const block = (ctx: RenderContext, b: Block, level: number): unknown => {
  if (isText(b)) return html`<p>${text(ctx, b)}</p>`;
  if (!forAudience(ctx, b.audiences)) return nothing;
  switch (b.type) {
    case 'paragraph':
      return html`<p>${rich(ctx, b.text)}</p>`;
    case 'heading':
      return heading(level, text(ctx, b.text));
    case 'list':
      return list(ctx, b.items as ListItem[], b.ordered);
    case 'address':
      return address(ctx, b.lines);
    case 'table':
      return html`<div class="table"><table>
        ${b.caption ? html`<caption>${text(ctx, b.caption)}</caption>` : nothing}
        <thead><tr>${b.head.map((cell) => html`<th scope="col">${rich(ctx, cell)}</th>`)}</tr></thead>
        <tbody>${b.rows.map((row) => html`<tr>${row.map((cell) => html`<td>${cell === '' ? nothing : rich(ctx, cell)}</td>`)}</tr>`)}</tbody>
      </table></div>`;
  }
};
