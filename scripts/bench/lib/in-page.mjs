/**
 * Reading and waiting on a page through CDP's Runtime.evaluate, not Playwright's
 * `page.evaluate` or `page.waitForFunction`: those compile Playwright's injected scripts in
 * the page the first time they are used, a main-thread task of about 150 ms at CPU ×4. After
 * `load`, that task fell between the element's script and its first render, so it delayed the
 * client-rendered notice and counted as one of its long tasks, while the static page paid for
 * it after its notice was on screen. Here the page runs only the expression given.
 */

/** The value of `expression` (awaited when it is a promise), returned by value. */
export async function inPage(cdp, expression) {
  const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (r.exceptionDetails)
    throw new Error(`in the page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text} (${expression.slice(0, 80)})`);
  return r.result.value;
}

/**
 * Waits until `condition` (an expression) is true in the page, checking every 50 ms with a
 * timer: a check costs microseconds, and the times measured are taken by the page itself.
 */
export function untilInPage(cdp, condition, timeoutMs = 30_000) {
  return inPage(
    cdp,
    `new Promise((resolve, reject) => {
      const t0 = performance.now();
      (function check() {
        if (${condition}) resolve(true);
        else if (performance.now() - t0 > ${timeoutMs}) reject(new Error('timed out after ${timeoutMs} ms waiting for: ' + ${JSON.stringify(condition)}));
        else setTimeout(check, 50);
      })();
    })`,
  );
}
