/**
 * Every string in a payload, with its JSON path: what the rules that read words and
 * numbers (placeholders, retired phone numbers, pasted HTML, facts left in prose) look at.
 */
import { join } from './finding.js';

export interface StringAt {
  path: string;
  value: string;
  /** The field the string is the value of (`email`, `href`, `en`, ...), or the list it is in. */
  key: string;
}

/** Fields that are not words a reader sees: the schema address, ids, codes and the payload's own tags. */
const SKIP = new Set([
  '$schema',
  'id',
  'code',
  'type',
  'language',
  'languages',
  'noticeType',
  'lawfulBasis',
  'specialCategoryConditions',
  'audiences',
]);

/** Every string under `value`, depth first, in file order. */
export function* strings(value: unknown, at = '', key = ''): Generator<StringAt> {
  if (typeof value === 'string') yield { path: at, value, key };
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], join(at, i), key);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) if (!SKIP.has(k)) yield* strings(v, join(at, k), k);
}

/** The strings of one value (a `Rich`, an `Action`, ...) joined, for a quick look at its words. */
export const wordsOf = (value: unknown): string => [...strings(value)].map((s) => s.value).join(' ');

/** Only the digits of a phone number (a leading +44 read as 0), so "0303 123 1113" matches "03031231113". */
export const digits = (phone: string): string => phone.replace(/^\s*\+44\s*(\(0\))?/, '0').replace(/\D/g, '');
