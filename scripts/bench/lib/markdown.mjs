// The markdown the benchmark writes: tables, and sections between markers in a document.

/** A markdown table; `align` per column is 'l' or 'r'. */
export function markdownTable(headers, rows, align = headers.map((_, i) => (i ? 'r' : 'l'))) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/**
 * `doc` with the text between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`
 * replaced by `content`; the markers stay. Throws when the markers are missing.
 */
export function replaceBetweenMarkers(doc, name, content) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`replaceBetweenMarkers: no ${start} … ${end} pair`);
  return `${doc.slice(0, i + start.length)}\n${content.trim()}\n${doc.slice(j)}`;
}
