/**
 * The just-in-time variant: one purpose, shown next to the form field that collects
 * the data (as the ICO recommends), with what it is for, the lawful basis, how long
 * it is kept, and a clear link to the full notice. Same payload, same translations.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { baseCode } from '../schema/codes.js';
import type { RenderContext } from './context.js';
import { rich, row, safeHref, text } from './rich-text.js';

/**
 * The lawful bases and Article 9 conditions of a purpose, each with its name and,
 * for lawful bases, its one-line explanation, from the locale by code. DPV sub-terms
 * (`A6-1-e-public-interest`) are explained as their family; repeats are dropped.
 */
export const bases = (ctx: RenderContext, codes: string[]): unknown =>
  [...new Set(codes.map(baseCode))].map((c, i) => {
    const desc = ctx.t(`bases.${c}.desc`, { defaultValue: '' });
    return html`${i ? html`<br />` : nothing}<span class="basis">${ctx.t(`bases.${c}.name`)}${desc ? `: ${desc}` : ''}</span>`;
  });

export function renderJit(ctx: RenderContext, purposeId: string, full?: string): TemplateResult {
  const { t, notice } = ctx;
  const p = notice.purposes.find((x) => x.id === purposeId)!;
  const href = safeHref(full ?? notice.url);
  return html`<div part="jit" class="glance">
    <dl>
      ${row(t('jit.use'), rich(ctx, p.description))}
      ${row(t('jit.basis'), bases(ctx, [...p.lawfulBasis, ...(p.specialCategoryConditions ?? [])]))}
      ${p.criminalOffenceCondition ? row(t('facts.criminal'), text(ctx, p.criminalOffenceCondition)) : nothing}
      ${p.legitimateInterests ? row(t('facts.interests'), rich(ctx, p.legitimateInterests)) : nothing}
      ${p.retention ? row(t('jit.keep'), rich(ctx, p.retention)) : nothing}
    </dl>
    ${href ? html`<p><a href=${href}>${t('jit.more')}</a></p>` : nothing}
  </div>`;
}
