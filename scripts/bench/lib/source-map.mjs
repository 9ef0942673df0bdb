// From positions in the built script back to its sources, through its source map.
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

/**
 * A lookup from generated to original positions in a source map (parsed JSON), through
 * @jridgewell/trace-mapping: `(line, column)` (0-based, as in a CPU profile) gives
 * `{source, line, column, name}` (0-based line and column), or null where nothing maps.
 */
export function sourcePositions(map) {
  const traced = new TraceMap(map);
  return (line, column) => {
    const pos = originalPositionFor(traced, { line: line + 1, column });
    if (pos.source === null) return null;
    return { source: pos.source, line: pos.line - 1, column: pos.column, name: pos.name ?? undefined };
  };
}

/** A source path as a short module name: `node_modules/lit-html/lit-html.js` → `lit-html`, `../src/x/y.ts` → `src/x/y.ts`. */
export function moduleOf(source) {
  if (!source) return '(unmapped)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nm) return nm[1];
  return source.replace(/^(\.\.\/)+/, '');
}
