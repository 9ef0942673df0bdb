/**
 * Completion and hover help from the published JSON Schema: field names with their titles
 * and descriptions, the allowed codes of a field (lawful bases, rights...), and the help
 * for whatever is under the pointer.
 */
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { getLocation, parseTree, findNodeAtLocation } from 'jsonc-parser';
import { fieldsOf, helpText, schemaAt, valuesOf, type JsonSchema } from './schema-lookup.js';

/** Offers the fields of the object being written, or the allowed values of the field. */
export const completeFromSchema =
  (schema: () => JsonSchema | undefined) =>
  (context: CompletionContext): CompletionResult | null => {
    const root = schema();
    if (!root) return null;
    const text = context.state.doc.toString();
    const location = getLocation(text, context.pos);
    // Complete inside the quotes: the typed letters, not the quote, are matched against names.
    const word = context.matchBefore(/"?[\w$-]*/);
    const from = word ? word.from + (word.text.startsWith('"') ? 1 : 0) : context.pos;
    const quoted = word?.text.startsWith('"') ?? false;
    const close = quoted && text[context.pos] !== '"' ? '"' : '';
    const wrap = (s: string) => (quoted ? `${s}${close}` : JSON.stringify(s));
    if (location.isAtPropertyKey) {
      const parent = schemaAt(root, location.path.slice(0, -1));
      if (!parent) return null;
      // Fields already written in this object are not offered again.
      const tree = parseTree(text);
      const node = tree && findNodeAtLocation(tree, location.path.slice(0, -1));
      const present = new Set((node?.children ?? []).map((p) => p.children?.[0]?.value as string));
      return {
        from,
        options: fieldsOf(root, parent)
          .filter((f) => !present.has(f.name) || f.name === location.path.at(-1))
          .map((f) => ({
            label: f.name,
            apply: wrap(f.name),
            type: 'property',
            detail: f.required ? 'required' : undefined,
            info: helpText(f.schema),
            boost: f.required ? 1 : 0,
          })),
        validFor: /^[\w$-]*$/,
      };
    }
    const here = schemaAt(root, location.path);
    const values = here ? valuesOf(root, here) : [];
    if (!values.length) return null;
    return {
      from,
      options: values.map((v) => ({
        label: String(v),
        apply: typeof v === 'string' ? wrap(v) : String(v),
        type: 'enum',
        info: here ? helpText(here) : undefined,
      })),
      validFor: /^[\w$-]*$/,
    };
  };

/** The help of the field under the pointer. */
export const hoverFromSchema = (schema: () => JsonSchema | undefined) =>
  hoverTooltip((view, pos): Tooltip | null => {
    const root = schema();
    if (!root) return null;
    const location = getLocation(view.state.doc.toString(), pos);
    if (!location.path.length) return null;
    const here = schemaAt(root, location.path);
    if (!here || !helpText(here)) return null;
    return {
      pos,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'ed-hover';
        const name = document.createElement('strong');
        name.textContent = String(location.path.at(-1));
        const text = document.createElement('p');
        // Schema text is shown as text, never as HTML.
        text.textContent = helpText(here);
        dom.append(name, text);
        return { dom };
      },
    };
  });
