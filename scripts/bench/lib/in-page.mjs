/**
 * Reading and waiting on a page through CDP's Runtime.evaluate, not Playwright's
 * `page.evaluate` or `page.waitForFunction`: those compile Playwright's injected scripts in
 * the page the first time they are used, a main-thread task of about 150 ms at CPU ×4. After
 * `load`, that task fell between the element's script and its first render, so it delayed the
 * client-rendered notice and counted as one of its long tasks, while the static page paid for
 * it after its notice was on screen. Here the page runs only the expression given.
 */

/**
 * The value of `expression` (awaited when it is a promise), returned by value. `label` names
 * it in errors; `timeoutMs` bounds the wait from here, for a page that never answers.
 */
export async function inPage(cdp, expression, { label = expression.slice(0, 80), timeoutMs = 60_000 } = {}) {
  let timer;
  const silent = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the page in ${timeoutMs} ms (${label})`)), timeoutMs);
  });
  try {
    const r = await Promise.race([cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }), silent]);
    if (r.exceptionDetails)
      throw new Error(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text} (${label})`);
    return r.result.value;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until `condition` (an expression) is true in the page, checking every 50 ms with a
 * timer: a check costs microseconds, and the times measured are taken by the page itself.
 * A condition that throws ends the wait with its error.
 */
export function untilInPage(cdp, condition, timeoutMs = 30_000) {
  const ms = Number(timeoutMs);
  if (!Number.isFinite(ms)) throw new TypeError(`untilInPage: timeoutMs must be a number of milliseconds, not ${timeoutMs}`);
  return inPage(
    cdp,
    `new Promise((resolve, reject) => {
      const t0 = performance.now();
      (function check() {
        try {
          if (${condition}) return resolve(true);
        } catch (e) {
          return reject(e);
        }
        if (performance.now() - t0 > ${ms}) reject(new Error('timed out after ${ms} ms'));
        else setTimeout(check, 50);
      })();
    })`,
    { label: condition, timeoutMs: ms + 5_000 },
  );
}
