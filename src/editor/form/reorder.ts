/**
 * Buttons that move an entry of a list (a section, a block of text) up or down, and one
 * that removes it. Each names what it acts on for a screen reader ("Move section 2 up"),
 * and focus follows the entry moved, so a keyboard user can press again to move it on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Segment } from '../schema-lookup.js';
import { idFor, type FormContext } from './form-context.js';

/** Focus to the first of these controls still in the form once it is drawn again. */
function focusFirst(doc: Document, ids: string[]): void {
  for (const id of ids) {
    const el = doc.getElementById(id);
    if (el) return el.focus();
  }
}

/** Swaps two entries: two edits, each of one entry, so the rest of the text stays as written. */
function swap(ctx: FormContext, list: Segment[], items: unknown[], a: number, b: number): void {
  ctx.edit([...list, a], items[b]);
  ctx.edit([...list, b], items[a]);
}

/** Move up, Move down (where the entry can go) and Remove, for entry `i` of `items` at `list`. */
export function entryButtons(ctx: FormContext, list: Segment[], items: unknown[], i: number, what: string): TemplateResult {
  const id = (n: number, action: string) => `${idFor([...list, n])}-${action}`;
  const name = html`<span class="ed-visually-hidden">${what.toLowerCase()} ${i + 1}</span>`;
  const move = (to: number, action: 'up' | 'down') => (e: Event) => {
    swap(ctx, list, items, i, to);
    const doc = (e.target as HTMLElement).ownerDocument;
    focusFirst(doc, [id(to, action), id(to, action === 'up' ? 'down' : 'up')]);
  };
  return html`<div class="ed-entry-actions">
    ${
      i > 0
        ? html`<button type="button" class="ed-button ed-button--secondary" id=${id(i, 'up')} @click=${move(i - 1, 'up')}>
          Move ${name} up
        </button>`
        : nothing
    }
    ${
      i < items.length - 1
        ? html`<button type="button" class="ed-button ed-button--secondary" id=${id(i, 'down')} @click=${move(i + 1, 'down')}>
          Move ${name} down
        </button>`
        : nothing
    }
    <button
      type="button"
      class="ed-button ed-button--secondary"
      id=${id(i, 'remove')}
      @click=${(e: Event) => {
        const doc = (e.target as HTMLElement).ownerDocument;
        ctx.edit([...list, i], undefined);
        // Focus stays near: the entry that took its place, else the one before, else the first Add button.
        focusFirst(doc, [id(i, 'remove'), id(i - 1, 'remove'), `${idFor(list)}-add`, `${idFor(list)}-add-paragraph`]);
      }}
    >
      Remove ${name}
    </button>
  </div>`;
}
