/**
 * JSON.parse with an error that says where. Chromium and Firefox put the line and
 * column in their own message ("line 4 column 3"), so it is passed on as it is;
 * WebKit gives none, and the CLI's `validate` locates any error exactly.
 */
import { NoticeError } from './notice-error.js';

export function parseJson(source: string, where: string): unknown {
  try {
    return JSON.parse(source);
  } catch (e) {
    throw new NoticeError(
      'syntax',
      `the payload is not valid JSON (${(e as Error).message})`,
      where,
      'look for a missing comma, quote or bracket there, or run: npx layered-notice validate <file>',
    );
  }
}
