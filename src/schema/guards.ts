/** Which alternative of the payload's union types a value is, for code that walks a valid notice. */
import type { ListItem, Text } from './types.js';

/** Plain text: a string, or a language map (an object that is neither an inline run nor a block). */
export const isText = (value: unknown): value is Text =>
  typeof value === 'string' || (!!value && typeof value === 'object' && !Array.isArray(value) && !('text' in value) && !('type' in value));

export const isNested = (item: ListItem): item is Extract<ListItem, { items: ListItem[] }> =>
  typeof item === 'object' && !Array.isArray(item) && Array.isArray(item.items);
