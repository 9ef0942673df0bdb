/**
 * Gets a payload from its three sources (the `src` URL, an inline
 * `<script type="application/json">` child, or the `notice` property) and validates
 * it. Each failure becomes a NoticeError that says what, where and how to fix.
 */
import { validateNotice } from '../schema/validate.js';
import type { Notice } from '../schema/types.js';
import { NoticeError } from './notice-error.js';
import { parseJson } from './parse-json.js';

/** Payloads larger than this are refused: the largest real notice is about 40 KB. */
export const MAX_PAYLOAD_BYTES = 512 * 1024;

/** Validates a parsed payload, or throws every problem with its path. */
export function checkNotice(value: unknown, where: string): Notice {
  const result = validateNotice(value);
  if (result.ok) return result.notice;
  const version = result.problems.find((p) => p.path === 'version' && p.message.startsWith('unsupported'));
  if (version) throw new NoticeError('version', version.message, where, 'use version 1', result.problems);
  const n = result.problems.length;
  throw new NoticeError('schema', `the payload has ${n} problem${n === 1 ? '' : 's'}`, where, 'correct each field above (see notice.schema.json)', result.problems);
}

export function parseNotice(source: string, where: string): Notice {
  if (source.length > MAX_PAYLOAD_BYTES) {
    throw new NoticeError('too-large', `the payload is ${source.length} bytes, over the limit of ${MAX_PAYLOAD_BYTES}`, where, 'link to long annexes instead');
  }
  return checkNotice(parseJson(source, where), where);
}

/** Fetches and validates the payload at `url`; `signal` aborts a load that a newer one replaced. */
export async function fetchNotice(url: string, signal: AbortSignal): Promise<Notice> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (e) {
    if (signal.aborted) throw e;
    throw new NoticeError('network', `the payload could not be fetched (${(e as Error).message})`, url, 'check the src address and that the server allows this page to read it (CORS)');
  }
  if (!response.ok) {
    throw new NoticeError('http', `the server answered ${response.status} ${response.statusText}`.trim(), url, 'check the src address and the file on the server');
  }
  const body = await response.text();
  const type = response.headers.get('content-type') ?? '';
  if (!/json/i.test(type) && /^\s*</.test(body)) {
    throw new NoticeError('not-json', `the server sent ${type || 'a page'} instead of JSON`, url, 'point src at the .json file, not a page');
  }
  return parseNotice(body, url);
}
