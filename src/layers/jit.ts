/**
 * The just-in-time variant: one purpose, shown next to the form field that collects
 * the data (as the ICO recommends), with what it is for, the lawful basis, how long
 * it is kept, and a clear link to the full notice. Same payload, same translations.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RenderContext } from './context.js';
import { meanings, purposeRows } from './facts.js';
import { safeHref } from './rich-text.js';

export function renderJit(ctx: RenderContext, purposeId: string, full?: string): TemplateResult {
  const { t, notice } = ctx;
  const p = notice.purposes.find((x) => x.id === purposeId)!;
  const href = safeHref(full ?? notice.url);
  return html`<div part="jit" class="glance">
    <dl>${purposeRows(ctx, p)} ${meanings(ctx, [p])}</dl>
    ${href ? html`<p><a href=${href}>${t('jit.more')}</a></p>` : nothing}
  </div>`;
}
