/**
 * JSON.parse with an error that says where: line and column, worked out from the
 * position each engine reports in its own words.
 */
import { NoticeError } from './notice-error.js';

/** Turns an offset into 1-based line and column. */
const lineColumn = (source: string, offset: number): string => {
  const before = source.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
};

const locate = (source: string, message: string): string => {
  const lc = /line (\d+) column (\d+)/.exec(message); // Firefox
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/.exec(message); // Chromium, Node
  return pos ? lineColumn(source, Number(pos[1])) : '';
};

export function parseJson(source: string, where: string): unknown {
  try {
    return JSON.parse(source);
  } catch (e) {
    const message = (e as Error).message;
    const at = locate(source, message);
    throw new NoticeError('syntax', `the payload is not valid JSON${at ? ` at ${at}` : ''} (${message})`, where, 'look for a missing comma, quote or bracket there');
  }
}
