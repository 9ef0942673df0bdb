/**
 * Chooses the control for a field from its place in the published schema: text for
 * readers (a `text` or `rich` reference) gets a box per language, codes get their plain
 * names, yes/no fields a checkbox or radios, objects a fieldset of their own fields and
 * lists of objects one fieldset per entry with "Add" and "Remove".
 */
import { html, nothing, type TemplateResult } from 'lit';
import { deref, fieldsOf, type JsonSchema, type Segment } from '../schema-lookup.js';
import { idFor, pathKey, valueAt, type FormContext } from './form-context.js';
import { blocksField } from './blocks-field.js';
import { entryButtons } from './reorder.js';
import { choiceField, codesField, flagField, linesField, stringField, textField, type FieldHelp } from './widgets.js';

/** Fields left to the JSON view: who a part is for is chosen per section, with the prose. */
const LEFT_TO_JSON = new Set(['audiences']);

/** Lists whose order readers see as written, so the form can move their entries: the sections. */
const MOVABLE = new Set(['sections']);

/** The main Article 6 and 9 codes; their W3C DPV sub-terms are offered once a payload uses them. */
const MAIN_CODE = /^(UK-)?A\d+-\d+-[a-z]$/;

/** "a purpose" -> "Purpose": the name of one entry of a list, from the schema's title. */
const entryName = (s: JsonSchema | undefined): string => {
  const t = (s?.title ?? 'entry').replace(/^an? /, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
};

const helpOf = (s: JsonSchema): FieldHelp => ({ title: s.title ?? '', description: s.description });

/** The control (or fieldset of controls) for the field at `path`, described by `raw` in the schema. */
export function field(ctx: FormContext, path: Segment[], raw: JsonSchema, required: boolean): TemplateResult | typeof nothing {
  const name = path.at(-1);
  if (typeof name === 'string' && LEFT_TO_JSON.has(name)) return nothing;
  const s = deref(ctx.root, raw) ?? raw;
  const help = helpOf(s);
  if (raw.$ref === '#/$defs/text') return textField(ctx, path, help, false);
  if (raw.$ref === '#/$defs/rich') return textField(ctx, path, help, true);
  if (s.type === 'boolean') return flagField(ctx, path, help, required);
  if (s.type === 'string' && s.enum) return choiceField(ctx, path, help, s.enum, usedSiblings(ctx, path));
  if (s.type === 'string') return stringField(ctx, path, help, s);
  if (s.type === 'array' && s.items) {
    const item = deref(ctx.root, s.items) ?? s.items;
    if (item.anyOf?.some((alt) => alt.properties?.type)) return blocksField(ctx, path, help);
    if (item.enum) return codesField(ctx, path, help, item.enum, (code) => MAIN_CODE.test(code));
    if (s.items.$ref === '#/$defs/text') return linesField(ctx, path, help, '\n');
    if (item.type === 'string') return linesField(ctx, path, help, ' ');
    if (item.type === 'object') return entries(ctx, path, help, item);
  }
  if (s.type === 'object') return fieldset(ctx, path, help, s);
  return nothing;
}

/** For a right's code: the rights other entries already give, so each is given once. */
function usedSiblings(ctx: FormContext, path: Segment[]): string[] {
  const [list, , key] = path.slice(-3);
  if (list !== 'rights' || key !== 'code') return [];
  const rights = valueAt(ctx.value, path.slice(0, -2));
  return Array.isArray(rights) ? rights.map((r: { code?: string }) => r?.code ?? '') : [];
}

const problemOf = (ctx: FormContext, path: Segment[], id: string) => {
  const errors = ctx.problems.get(pathKey(path)) ?? [];
  return errors.length
    ? html`<p class="ed-error-message" id=${`${id}-error`}><span class="ed-visually-hidden">Error:</span> ${errors.join('; ')}</p>`
    : nothing;
};

/** The fields of an object, in the schema's order, in a fieldset whose legend names it. */
export function fieldset(ctx: FormContext, path: Segment[], help: FieldHelp, s: JsonSchema, legend = help.title): TemplateResult {
  const id = idFor(path);
  const hasError = ctx.problems.has(pathKey(path));
  return html`<fieldset class="ed-fieldset ed-fieldset--group ${hasError ? 'ed-form-group--error' : ''}" id=${id}
    aria-describedby=${[help.description ? `${id}-hint` : '', hasError ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}>
    <legend class="ed-legend">${legend}</legend>
    ${help.description ? html`<div class="ed-hint" id=${`${id}-hint`}>${help.description}</div>` : nothing} ${problemOf(ctx, path, id)}
    ${fieldsOf(ctx.root, s).map((f) => field(ctx, [...path, f.name], (s.properties?.[f.name] ?? f.schema) as JsonSchema, f.required))}
  </fieldset>`;
}

/**
 * Takes focus to the first control of a new entry, as the GOV.UK "add another" pattern
 * does: the form is drawn again synchronously by the edit, so the entry is there now, and
 * a keyboard user goes on typing where the new fields are rather than finding them.
 */
function focusEntry(from: HTMLElement, path: Segment[]): void {
  const entry = from.ownerDocument.getElementById(idFor(path));
  entry?.querySelector<HTMLElement>('input, select, textarea')?.focus();
}

/** A list of objects: one fieldset per entry, each with a button to remove it, and one to add another. */
function entries(ctx: FormContext, path: Segment[], help: FieldHelp, item: JsonSchema): TemplateResult {
  const id = idFor(path);
  const raw = valueAt(ctx.value, path);
  const list = Array.isArray(raw) ? raw : [];
  const what = entryName(item);
  const hasError = ctx.problems.has(pathKey(path));
  return html`<fieldset class="ed-fieldset ed-fieldset--group ${hasError ? 'ed-form-group--error' : ''}" id=${id}
    aria-describedby=${[help.description ? `${id}-hint` : '', hasError ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing}>
    <legend class="ed-legend">${help.title}</legend>
    ${help.description ? html`<div class="ed-hint" id=${`${id}-hint`}>${help.description}</div>` : nothing} ${problemOf(ctx, path, id)}
    ${list.map(
      (_, i) => html`<div class="ed-entry">
        ${fieldset(ctx, [...path, i], { title: `${what} ${i + 1}` }, item)}
        ${
          MOVABLE.has(pathKey(path))
            ? entryButtons(ctx, path, list, i, what)
            : html`<button type="button" class="ed-button ed-button--secondary" @click=${() => ctx.edit([...path, i], undefined)}>
              Remove <span class="ed-visually-hidden">${what.toLowerCase()}</span> ${i + 1}
            </button>`
        }
      </div>`,
    )}
    <button type="button" class="ed-button ed-button--secondary" id=${`${id}-add`}
      @click=${(e: Event) => {
        if (Array.isArray(raw)) ctx.edit([...path, list.length], {}, true);
        else ctx.edit(path, [{}]);
        focusEntry(e.target as HTMLElement, [...path, list.length]);
      }}>
      Add ${list.length ? 'another' : /^[aeiou]/i.test(what) ? 'an' : 'a'} ${what.toLowerCase()}
    </button>
  </fieldset>`;
}
