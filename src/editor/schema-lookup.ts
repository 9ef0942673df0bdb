/**
 * Finds the part of the published JSON Schema (dist/notice.schema.json) that describes a
 * place in the payload, for completion and hover help. The schema is the one `validate`
 * checks against, so the editor's help and its diagnostics cannot disagree.
 */

/** The subset of JSON Schema that notice.schema.json uses. */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  type?: string;
  enum?: string[];
  const?: string | number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

export type Segment = string | number;

/** Follows `$ref` (`#/$defs/name`), keeping the referring node's own title and description. */
export function deref(root: JsonSchema, s: JsonSchema | undefined, depth = 0): JsonSchema | undefined {
  if (!s || depth > 16 || !s.$ref) return s;
  const name = s.$ref.replace('#/$defs/', '');
  const target = deref(root, root.$defs?.[name], depth + 1);
  return target && { ...target, title: s.title ?? target.title, description: s.description ?? target.description };
}

/** The alternatives a node allows (its `anyOf`/`oneOf`, or itself). */
const alternatives = (root: JsonSchema, s: JsonSchema): JsonSchema[] =>
  (s.anyOf ?? s.oneOf ?? [s]).map((a) => deref(root, a)!).filter(Boolean);

/** The schema for one step down from `s`: a field of an object or an item of a list. */
function step(root: JsonSchema, s: JsonSchema, seg: Segment): JsonSchema | undefined {
  for (const alt of alternatives(root, s)) {
    if (typeof seg === 'number' && alt.items) return deref(root, alt.items);
    if (typeof seg === 'string') {
      if (alt.properties?.[seg]) return deref(root, alt.properties[seg]);
      if (alt.additionalProperties && typeof alt.additionalProperties === 'object') return deref(root, alt.additionalProperties);
    }
  }
  return undefined;
}

/** The schema node at a path of the payload, or undefined where the schema does not reach. */
export function schemaAt(root: JsonSchema, path: Segment[]): JsonSchema | undefined {
  let s: JsonSchema | undefined = root;
  for (const seg of path) {
    s = s && step(root, s, seg);
    if (!s) return undefined;
  }
  return s;
}

/** Fields an object at this node may have, with their help. */
export function fieldsOf(root: JsonSchema, s: JsonSchema): { name: string; schema: JsonSchema; required: boolean }[] {
  const out = new Map<string, { name: string; schema: JsonSchema; required: boolean }>();
  for (const alt of alternatives(root, s)) {
    for (const [name, field] of Object.entries(alt.properties ?? {})) {
      if (!out.has(name)) out.set(name, { name, schema: deref(root, field) ?? field, required: alt.required?.includes(name) ?? false });
    }
  }
  return [...out.values()];
}

/** The fixed values a node allows (`enum`, `const`), across its alternatives. */
export function valuesOf(root: JsonSchema, s: JsonSchema): (string | number)[] {
  return alternatives(root, s).flatMap((alt) => [...(alt.enum ?? []), ...(alt.const !== undefined ? [alt.const] : [])]);
}

/** One line of help: the title, then the description. */
export const helpText = (s: JsonSchema): string => [s.title, s.description].filter(Boolean).join('. ');
