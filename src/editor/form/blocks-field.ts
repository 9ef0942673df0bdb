/**
 * The text of a section as blocks, never as HTML: a fieldset per block with the controls
 * its type needs (a paragraph's text, a heading, a list's items one per line, an address's
 * lines), buttons to move or remove it, and buttons to add a paragraph, a heading or a
 * list. Text with links or emphasis, tables and nested lists are shown as such and left
 * to the JSON view, so the form never rewrites what it cannot show.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Segment } from '../schema-lookup.js';
import { idFor, pathKey, valueAt, type FormContext } from './form-context.js';
import { entryButtons } from './reorder.js';
import { flagField, linesField, readOnly, textField, type FieldHelp } from './widgets.js';

const NAMES: Record<string, string> = { paragraph: 'Paragraph', heading: 'Heading', list: 'List', table: 'Table', address: 'Address' };

/** A block's type: bare text (a string or a map of languages) is a paragraph. */
const typeOf = (block: unknown): string =>
  block && typeof block === 'object' && !Array.isArray(block) && typeof (block as { type?: unknown }).type === 'string'
    ? (block as { type: string }).type
    : 'text';

/** What a new block of each kind starts as: its type, and an empty place for its text. */
const NEW_BLOCKS: { kind: string; value: Record<string, unknown> }[] = [
  { kind: 'paragraph', value: { type: 'paragraph', text: '' } },
  { kind: 'heading', value: { type: 'heading', text: '' } },
  { kind: 'list', value: { type: 'list', items: [] } },
];

/** The controls for one block's content, by its type. */
function content(ctx: FormContext, path: Segment[], kind: string): TemplateResult {
  const help = (title: string, description?: string): FieldHelp => ({ title, description });
  switch (kind) {
    case 'text':
      // Emptied, bare text stays an (empty) block rather than the block vanishing under the cursor.
      return textField(
        { ...ctx, edit: (p, v, ins) => ctx.edit(p, v === undefined && p.length === path.length ? '' : v, ins) },
        path,
        help('Paragraph'),
        true,
      );
    case 'paragraph':
      return textField(ctx, [...path, 'text'], help('Paragraph'), true);
    case 'heading':
      return textField(ctx, [...path, 'text'], help('Heading', 'A heading inside the section, for a long one.'), false);
    case 'list':
      return html`${linesField(ctx, [...path, 'items'], help('Items'), '\n', 'One item per line.')}
      ${flagField(ctx, [...path, 'ordered'], help('Numbered list', 'Tick when the order matters, as in steps.'), false)}`;
    case 'address':
      return linesField(ctx, [...path, 'lines'], help('Address'), '\n');
    default:
      return readOnly(path, help(NAMES[kind] ?? 'Block'), `A ${kind} block: edit it in the JSON view.`);
  }
}

/** A list of blocks (a section's body): one fieldset per block, then the buttons that add one. */
export function blocksField(ctx: FormContext, path: Segment[], help: FieldHelp): TemplateResult {
  const id = idFor(path);
  const raw = valueAt(ctx.value, path);
  const blocks = Array.isArray(raw) ? raw : [];
  const errors = ctx.problems.get(pathKey(path)) ?? [];
  const add = (value: Record<string, unknown>) => (e: Event) => {
    const doc = (e.target as HTMLElement).ownerDocument;
    if (Array.isArray(raw)) ctx.edit([...path, blocks.length], value, true);
    else ctx.edit(path, [value]);
    doc
      .getElementById(`${idFor([...path, blocks.length])}-block`)
      ?.querySelector<HTMLElement>('input, textarea')
      ?.focus();
  };
  return html`<fieldset class="ed-fieldset ed-fieldset--group ${errors.length ? 'ed-form-group--error' : ''}" id=${id}
    aria-describedby=${[help.description ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}>
    <legend class="ed-legend">${help.title}</legend>
    ${help.description ? html`<div class="ed-hint" id=${`${id}-hint`}>${help.description}</div>` : nothing}
    ${
      errors.length
        ? html`<p class="ed-error-message" id=${`${id}-error`}><span class="ed-visually-hidden">Error:</span> ${errors.join('; ')}</p>`
        : nothing
    }
    ${blocks.map((block, i) => {
      const kind = typeOf(block);
      const what = `Block ${i + 1}: ${NAMES[kind] ?? 'Paragraph'}`;
      return html`<div class="ed-entry">
        <fieldset class="ed-fieldset ed-fieldset--group" id=${`${idFor([...path, i])}-block`}>
          <legend class="ed-legend">${what}</legend>
          ${content(ctx, [...path, i], kind)}
        </fieldset>
        ${entryButtons(ctx, path, blocks, i, 'block')}
      </div>`;
    })}
    <div class="ed-entry-actions">
      ${NEW_BLOCKS.map(
        ({ kind, value }) =>
          html`<button type="button" class="ed-button ed-button--secondary" id=${`${id}-add-${kind}`} @click=${add(value)}>
            Add a ${kind}
          </button>`,
      )}
    </div>
  </fieldset>`;
}
