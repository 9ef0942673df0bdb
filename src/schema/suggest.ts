/**
 * "Did you mean" hints for misspelt field names. Kept out of the validator so the
 * classic-script bundle stays small; the command-line tools add the hint.
 */
import type { NoticeProblem, Schema } from './kit.js';
import { pathSegments } from './json-path.js';
import { NoticeSchema, defs } from './notice-schema.js';

/** Every field name the schema knows, to suggest the intended one for a typo. */
const fieldNames = (() => {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (s: Schema | undefined): void => {
    if (!s || typeof s !== 'object' || seen.has(s)) return;
    seen.add(s);
    for (const [k, child] of Object.entries(s.properties ?? {})) {
      names.add(k);
      walk(child);
    }
    for (const child of [s.items, ...(s.anyOf ?? [])]) walk(child);
  };
  walk(NoticeSchema);
  Object.values(defs).forEach(walk);
  return [...names];
})();

/** Edit distance, counting a swap of two neighbouring letters ("titel") as one edit. */
const distance = (a: string, b: string): number => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i && j ? 0 : i + j)));
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[x.length][y.length];
};

/** The known field closest to `key`, for "did you mean" hints in the CLI. */
export const suggestField = (key: string): string | undefined => {
  const near = fieldNames.map((n) => [n, distance(key, n)] as const).filter(([n, d]) => d <= Math.max(1, Math.floor(n.length / 4)));
  return near.sort((a, b) => a[1] - b[1])[0]?.[0];
};

/** For a validator problem about an unknown field, the known field it is closest to; undefined for any other problem. */
export const suggestionFor = (p: NoticeProblem): string | undefined => {
  if (!p.message.startsWith('unknown field')) return undefined;
  const name = pathSegments(p.path).at(-1);
  const suggestion = typeof name === 'string' ? suggestField(name) : undefined;
  return suggestion !== name ? suggestion : undefined;
};
