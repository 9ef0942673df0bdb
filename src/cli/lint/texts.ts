/**
 * Finds every piece of text in a notice, with its path, by walking the value
 * alongside the schema: only the schema knows that `controller.name` is text to
 * translate while `controller.email` and `sections[0].id` are not.
 */
import { checker, deref, type Schema } from '../../schema/kit.js';
import { NoticeSchema, defs } from '../../schema/notice-schema.js';
import type { Text } from '../../schema/types.js';
import { join } from './finding.js';

const check = checker(defs);
const resolve = (s: Schema): Schema => deref(defs, s);

export interface TextAt {
  path: string;
  text: Text;
}

/** Every text (a string, or a map of language to string) under `value`; `value` must be valid. */
export function* texts(value: unknown, schema: Schema = NoticeSchema, at = ''): Generator<TextAt> {
  const s = resolve(schema);
  // "text" titles both the text schema (string or language map) and its plain string.
  if (s.title === 'text') return void (yield { path: at, text: value as Text });
  if (s.anyOf) {
    // The value is valid, so the first alternative it passes is the one it is.
    const alt = s.anyOf.find((a) => !check(a, value).length);
    if (alt) yield* texts(value, alt, at);
  } else if (Array.isArray(value) && s.items) {
    for (let i = 0; i < value.length; i++) yield* texts(value[i], s.items, join(at, i));
  } else if (s.type === 'object' && value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const field = s.properties?.[k] ?? s.additionalProperties;
      if (field) yield* texts(v, field, join(at, k));
    }
  }
}
