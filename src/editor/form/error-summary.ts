/**
 * The form's error summary, as the GOV.UK Design System writes one: "There is a problem",
 * then one link per problem, named by the field it belongs to, that moves focus to that
 * field. Problems with no field in the form (a table's cells, say) stay in the
 * problem list under the editor.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { pathSegments } from '../../schema/json-path.js';
import { idFor } from './form-context.js';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The control a problem belongs to: the field itself, its first language, or the nearest part of the form that holds it. */
function targetOf(form: HTMLElement, path: string, langs: string[]): HTMLElement | undefined {
  const segments = pathSegments(path);
  for (let n = segments.length; n > 0; n--) {
    for (const id of [idFor(segments.slice(0, n)), ...langs.map((l) => idFor(segments.slice(0, n), l))]) {
      const el = form.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
      if (el) return el;
    }
  }
  return undefined;
}

/** What the link says: the entry it is in (Purpose 2), the field's label or question, then the problem. */
function nameOf(target: HTMLElement): string {
  const own = target instanceof HTMLFieldSetElement ? text(target.querySelector('legend')) : text((target as HTMLInputElement).labels?.[0]);
  const entry = target.closest('.ed-entry')?.querySelector('legend');
  const within = entry && !target.contains(entry) && text(entry) !== own ? `${text(entry)}: ` : '';
  return `${within}${own}`;
}

/** Moves focus to the field, or to the first control of a group. */
function focus(target: HTMLElement): void {
  const control = target.matches('input, select, textarea') ? target : target.querySelector<HTMLElement>('input, select, textarea, button');
  (control ?? target).focus();
  (control ?? target).scrollIntoView({ block: 'center' });
}

export function errorSummary(
  form: HTMLElement,
  problems: { path: string; message: string }[],
  langs: string[],
): TemplateResult | typeof nothing {
  const found = problems
    .map((p) => ({ ...p, target: targetOf(form, p.path, langs) }))
    .filter((p): p is typeof p & { target: HTMLElement } => !!p.target);
  if (!found.length) return nothing;
  return html`<div class="ed-error-summary" role="region" aria-labelledby="ed-error-summary-title">
    <h3 class="ed-error-summary-title" id="ed-error-summary-title">There is a problem</h3>
    <ul class="ed-error-summary-list">
      ${found.map(
        (p) =>
          html`<li>
            <a
              href=${`#${p.target.id}`}
              @click=${(e: Event) => {
                e.preventDefault();
                focus(p.target);
              }}
              >${nameOf(p.target)}: ${p.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
