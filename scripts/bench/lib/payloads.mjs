// Synthetic payloads: a notice scaled up, or with its section bodies stubbed.

/**
 * `notice` with its sections repeated `factor` times: copy k of a section gets the id
 * `<id>-x<k>` (copy 1 keeps the original), so every id stays unique. The rest of the
 * payload is unchanged, so the cost that grows is the sections' (and the index's).
 */
export function scaleNotice(notice, factor) {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`scaleNotice: factor must be a positive integer, got ${factor}`);
  const sections = [];
  for (let k = 1; k <= factor; k++) {
    for (const s of notice.sections ?? []) sections.push(k === 1 ? s : { ...structuredClone(s), id: `${s.id}-x${k}` });
  }
  return { ...notice, id: factor === 1 ? notice.id : `${notice.id}-x${factor}`, sections };
}

/**
 * `notice` with every section body cut to one short paragraph: what the element would
 * render up front if closed sections rendered their content only when opened. The
 * difference in render time from the full notice estimates what lazy rendering saves.
 */
export const stubBodies = (notice) => ({ ...notice, sections: (notice.sections ?? []).map((s) => ({ ...s, body: ['…'] })) });

/** How many top-level blocks (paragraphs, lists, tables...) the section bodies hold. */
export const countBlocks = (notice) => notice.sections.reduce((n, s) => n + s.body.length, 0);
