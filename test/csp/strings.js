// For test/iife-strings.test.ts: interface strings the test chose, served as if they
// were a locale file in a folder /poison/, without a request (the test server has no
// such folder), and the longest time the main thread was busy (a timer's lateness).
(() => {
  const fetchFromNetwork = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href);
    const match = /^\/poison\/([^/]+)\.json$/.exec(url.pathname);
    if (!match) return fetchFromNetwork(input, init);
    const strings = parent.__lnPoison && parent.__lnPoison[decodeURIComponent(match[1])];
    const body = strings ? JSON.stringify(strings) : 'not found';
    return Promise.resolve(new Response(body, { status: strings ? 200 : 404, headers: { 'content-type': 'application/json' } }));
  };
  window.__longestTaskMs = 0;
  const TICK = 20;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    window.__longestTaskMs = Math.max(window.__longestTaskMs, now - last - TICK);
    last = now;
  }, TICK);
})();
