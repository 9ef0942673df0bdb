// The browser engines the tests run in, and the BROWSERS=chromium,firefox override,
// shared by scripts/test.mjs and web-test-runner.config.mjs.
export const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];

/** The engines named by a BROWSERS value (all three when empty); throws on an unknown name. */
export function parseBrowsers(value) {
  const list = (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (list.length === 0) return [...ALL_BROWSERS];
  const unknown = list.filter((b) => !ALL_BROWSERS.includes(b));
  if (unknown.length > 0) {
    throw new Error(`BROWSERS: unknown browser(s) ${unknown.join(', ')}; use a comma-separated subset of ${ALL_BROWSERS.join(',')}`);
  }
  return [...new Set(list)];
}
