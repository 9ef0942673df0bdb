/**
 * Payload requests the classic script starts as soon as it runs (load/early-start.ts),
 * before the rest of it is set up, so the request and the script's own start-up overlap.
 * Each is taken once, by the first load of its `src`.
 */
const early = new Map<string, [Promise<Response>, AbortController]>();

/** The request for a payload: the same for an early one and for the element's own. */
export const requestPayload = (url: string, signal: AbortSignal): Promise<Response> =>
  fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });

/** Starts the request for `url` now, for the element to take later. */
export const requestEarly = (url: string): void => {
  const stop = new AbortController();
  const response = requestPayload(url, stop.signal);
  // A failure is reported by the element that takes the request, not as an unhandled rejection.
  response.catch(() => {});
  early.set(url, [response, stop]);
};

/** The early request for `url`, if one was started and not taken yet; `signal` aborts it from now on. */
export const takeEarly = (url: string, signal: AbortSignal): Promise<Response> | undefined => {
  const taken = early.get(url);
  early.delete(url);
  signal.addEventListener('abort', () => taken?.[1].abort());
  return taken?.[0];
};
