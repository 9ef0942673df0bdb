/**
 * "Did you mean" hints for misspelt field names. Kept out of the validator so the
 * classic-script bundle stays small; the command-line tools add the hint.
 */
import { NoticeSchema, defs } from './notice-schema.js';

/** Every field name the schema knows, to suggest the intended one for a typo. */
const fieldNames = (() => {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (s: any): void => {
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    if (s.properties) for (const k of Object.keys(s.properties)) names.add(k), walk(s.properties[k]);
    for (const child of [s.items, ...(s.anyOf ?? [])]) walk(child);
  };
  walk(NoticeSchema);
  Object.values(defs).forEach(walk);
  return [...names];
})();

const distance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]++;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
};

/** The known field closest to `key`, for "did you mean" hints in the CLI. */
export const suggestField = (key: string): string | undefined => {
  const near = fieldNames.filter((n) => distance(key, n) <= Math.max(1, Math.floor(n.length / 4)));
  return near[0];
};

