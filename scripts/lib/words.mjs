// Word coverage: the share of a source text's words that a rendered text contains.
// Words are compared case-insensitively as multisets, so a word that appears three
// times in the source must appear three times in the render. Markdown link targets
// and URL punctuation in the seed files are not words a reader sees, so they go.

/** The words of a text: letters and digits, apostrophes folded, lowercased. */
export const words = (text) =>
  text
    .replace(/\]\([^)]*\)/g, ']') // markdown [text](target): keep text
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];

/** { covered, total, share, missing[] } of `source` words found in `rendered`. */
export function coverage(source, rendered) {
  const bag = new Map();
  for (const w of words(rendered)) bag.set(w, (bag.get(w) ?? 0) + 1);
  const missing = [];
  const all = words(source);
  for (const w of all) {
    const n = bag.get(w) ?? 0;
    if (n > 0) bag.set(w, n - 1);
    else missing.push(w);
  }
  return { covered: all.length - missing.length, total: all.length, share: (all.length - missing.length) / all.length, missing };
}
