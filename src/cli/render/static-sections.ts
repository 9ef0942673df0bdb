/**
 * Layer 2 for a static page. The element's accordion (`renderSections`) puts each
 * heading inside a button and adds "Show all" and audience controls; without a
 * script those would be controls that do nothing, so here each section is a plain
 * heading followed by its content, always shown. The content itself is rendered by
 * the same `block` templates the element uses, with the same ids, so the index
 * links of the first layer still land on their sections.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from '../../layers/context.js';
import { heading } from '../../layers/heading.js';
import { block, plain, text } from '../../layers/rich-text.js';
import { renderIndex, renderIntro, visibleSections } from '../../layers/sections.js';

/**
 * Who a section is for, from the payload's audience labels: the element lets the
 * reader choose an audience, a static page shows every section and says whom each is for.
 */
const labels = (ctx: RenderContext, ids: string[]): string =>
  new Intl.ListFormat(ctx.uiLang).format(
    ids
      .map((id) => ctx.notice.audiences?.find((a) => a.id === id))
      .filter((a) => !!a)
      .map((a) => plain(ctx, a.label)),
  );

const forWhom = (ctx: RenderContext, ids?: string[]): unknown =>
  ids ? html`<p class="meta">${ctx.t('sections.for', { audiences: labels(ctx, ids) })}</p>` : nothing;

export function renderStaticSections(ctx: RenderContext): TemplateResult {
  return html`<div class="sections">
    ${heading(ctx.level + 1, ctx.t('sections.heading'), ctx.id('sections'))} ${renderIntro(ctx)} ${renderIndex(ctx, visibleSections(ctx))}
    ${visibleSections(ctx).map(
      (s) => html`<div class="section">
        ${heading(ctx.level + 2, text(ctx, s.heading), ctx.id(s.id))}
        ${s.summary ? html`<p class="summary">${text(ctx, s.summary)}</p>` : nothing}
        ${forWhom(ctx, s.audiences)}
        <div class="content" id=${ctx.id(`${s.id}-content`)}>${s.body.map((b) => html`${forWhom(ctx, typeof b === 'object' && 'type' in b ? (b.audiences as string[] | undefined) : undefined)}${block(ctx, b, ctx.level + 3)}`)}${s.content}</div>
      </div>`,
    )}
  </div>`;
}
