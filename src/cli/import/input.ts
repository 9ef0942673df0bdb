/**
 * Reads the page to import: a file, or an https:// address fetched with a time limit
 * and a size limit enforced while reading (a larger body is refused, not read in full).
 */
import { readFileSync, statSync } from 'node:fs';
import { UsageError } from '../args.js';

/** The largest page read: 8 MB. A notice page is tens of kilobytes. */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;
/** How long a fetch may take, headers and body together. */
export const FETCH_TIMEOUT_MS = 20_000;

const TOO_BIG = (what: string) =>
  `cannot import ${what}: it is larger than 8 MB, far more than a privacy notice page; save only the notice's part of the page and import that`;

/** Whether `source` is a web address rather than a file name. */
export const isAddress = (source: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);

/** The page's HTML and, for an address, the address it was finally read from (after redirects). */
export async function readInput(source: string): Promise<{ html: string; url?: string }> {
  if (!isAddress(source)) {
    try {
      if (statSync(source).size > MAX_PAGE_BYTES) throw new UsageError(TOO_BIG(source));
      return { html: readFileSync(source, 'utf8') };
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(
        `cannot read ${source}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      );
    }
  }
  if (!/^https:\/\//i.test(source)) throw new UsageError(`cannot import ${source}: only https:// addresses are fetched`);
  let response: Response;
  try {
    response = await fetch(source, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
  } catch (e) {
    const timeout = (e as Error).name === 'TimeoutError';
    throw new UsageError(
      `cannot fetch ${source}: ${timeout ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : ((e as Error & { cause?: Error }).cause?.message ?? (e as Error).message)}; save the page from a browser and import the file instead`,
    );
  }
  if (!response.url.startsWith('https://'))
    throw new UsageError(`cannot import ${source}: it redirected to ${response.url}, which is not https://`);
  if (!response.ok) throw new UsageError(`cannot fetch ${source}: the server answered ${response.status} ${response.statusText}`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) throw new UsageError(`cannot import ${source}: it is ${type}, not an HTML page`);
  if (Number(response.headers.get('content-length') ?? 0) > MAX_PAGE_BYTES) throw new UsageError(TOO_BIG(source));
  // Read the body in chunks and stop at the limit, so a huge page is refused rather than downloaded.
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  try {
    for (;;) {
      const { done, value } = reader ? await reader.read() : { done: true, value: undefined };
      if (done || !value) break;
      size += value.byteLength;
      if (size > MAX_PAGE_BYTES) {
        await reader!.cancel();
        throw new UsageError(TOO_BIG(source));
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `cannot fetch ${source}: ${(e as Error).name === 'TimeoutError' ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : (e as Error).message}`,
    );
  }
  return { html: new TextDecoder().decode(Buffer.concat(chunks)), url: response.url };
}
