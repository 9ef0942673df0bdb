// Key paths and placeholders of en.json and a locale: the shapes every check walks over.
import { PLURAL_KEY } from './plurals.mjs';

/** The placeholder names in a string: "{{name}}", "{{- name}}", "{{date, datetime}}" -> name, date. */
export function placeholders(s) {
  const names = new Set();
  for (const m of s.matchAll(/\{\{\s*-?\s*([^{},]+?)\s*(?:,[^{}]*)?\}\}/g)) names.add(m[1]);
  return [...names].sort();
}

export const kind = (v) =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'a group of keys'
        : typeof v === 'string'
          ? 'a string'
          : `a ${typeof v}`;
export const isGroup = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
export const braces = (names) => (names.length ? names.map((n) => `{{${n}}}`).join(', ') : 'none');
export const join = (prefix, key) => (prefix ? `${prefix}.${key}` : key);

/** The message ids under an en.json node: leaf paths, with a plural family counted once. */
export function messageIds(node, prefix = '') {
  const ids = new Set();
  for (const [key, value] of Object.entries(node)) {
    if (isGroup(value)) for (const id of messageIds(value, join(prefix, key))) ids.add(id);
    else ids.add(join(prefix, typeof value === 'string' ? key.replace(PLURAL_KEY, '$1') : key));
  }
  return [...ids];
}

/** en.json's plural families at one level: base key -> the en strings of its forms. */
export function familiesOf(node) {
  const families = new Map();
  for (const [key, value] of Object.entries(node)) {
    const m = PLURAL_KEY.exec(key);
    if (!m || typeof value !== 'string') continue;
    if (!families.has(m[1])) families.set(m[1], []);
    families.get(m[1]).push(value);
  }
  return families;
}

/** Keys complete: messages of en.json with no missing/empty/placeholder/plural/type problem. */
export function tally(en, problems) {
  const ids = messageIds(en);
  const bad = new Set(problems.filter((p) => p.type !== 'extra').flatMap((p) => p.keys ?? [p.key]));
  return { complete: ids.filter((id) => !bad.has(id)).length, total: ids.length };
}
