/**
 * Gets a payload from its three sources (the `src` URL, an inline
 * `<script type="application/json">` child, or the `notice` property) and validates
 * it. Each failure becomes a NoticeError that says what, where and how to fix.
 */
import { validateInTasks } from '../schema/validate.js';
import { nextTask } from '../element/next-task.js';
import type { Notice } from '../schema/types.js';
import { NoticeError } from './notice-error.js';
import { parseJson } from './parse-json.js';
import { requestPayload, takeEarly } from './early-requests.js';

/** Payloads larger than this are refused: the largest real notice is about 40 KB. */
export const MAX_PAYLOAD_BYTES = 512 * 1024;
/** A payload server that has not answered in full by then is reported rather than waited for. */
export const FETCH_TIMEOUT_MS = 15_000;

const tooLarge = (where: string): NoticeError =>
  new NoticeError('too-large', `the payload is over the limit of ${MAX_PAYLOAD_BYTES} bytes`, where, 'link to long annexes instead');

/** The body as text, refused as soon as it passes MAX_PAYLOAD_BYTES while downloading: a huge file is never read in full. */
async function readCapped(response: Response, where: string): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (const reader = response.body?.getReader(); reader;) {
    const { done, value } = await reader.read();
    if (done) break;
    if ((size += value.byteLength) > MAX_PAYLOAD_BYTES) {
      void reader.cancel();
      throw tooLarge(where);
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[]).text();
}

/** Validates a parsed payload, or throws every problem with its path. A large one is checked over several tasks. */
export async function checkNotice(value: unknown, where: string): Promise<Notice> {
  const result = await validateInTasks(value, nextTask);
  if (result.ok) return result.notice;
  const version = result.problems.find((p) => p.path === 'version' && p.message.startsWith('unsupported'));
  if (version) throw new NoticeError('version', version.message, where, 'use version 1', result.problems);
  const n = result.problems.length;
  throw new NoticeError(
    'schema',
    `the payload has ${n} problem${n === 1 ? '' : 's'}`,
    where,
    'correct each field above (see notice.schema.json)',
    result.problems,
  );
}

export function parseNotice(source: string, where: string): Promise<Notice> {
  if (source.length > MAX_PAYLOAD_BYTES) throw tooLarge(where);
  return checkNotice(parseJson(source, where), where);
}

/**
 * Fetches and validates the payload at `url`; `signal` aborts a load that a newer one
 * replaced. The whole answer must arrive within FETCH_TIMEOUT_MS.
 */
export async function fetchNotice(url: string, signal: AbortSignal): Promise<Notice> {
  // One signal for both: a newer load, or the time running out. Aborting a finished request does nothing,
  // so neither the listener nor the timer needs removing.
  const timeout = new AbortController();
  const stop = (): void => timeout.abort();
  signal.addEventListener('abort', stop);
  setTimeout(stop, FETCH_TIMEOUT_MS);
  try {
    const response = await (takeEarly(url, timeout.signal) ?? requestPayload(url, timeout.signal));
    if (!response.ok) {
      throw new NoticeError(
        'http',
        `the server answered ${response.status} ${response.statusText}`.trim(),
        url,
        'check the src address and the file on the server',
      );
    }
    const body = await readCapped(response, url);
    const type = response.headers.get('content-type') ?? '';
    if (!/json/i.test(type) && /^\s*</.test(body)) {
      throw new NoticeError(
        'not-json',
        `the server sent ${type || 'a page'} instead of JSON`,
        url,
        'point src at the .json file, not a page',
      );
    }
    return await parseNotice(body, url);
  } catch (e) {
    if (signal.aborted || e instanceof NoticeError) throw e;
    const why = timeout.signal.aborted
      ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
      : `the payload could not be fetched (${(e as Error).message})`;
    throw new NoticeError('network', why, url, 'check the src address and that the server allows this page to read it (CORS)');
  }
}
