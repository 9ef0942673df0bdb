// The browser engines the tests run in, where Debian installs them, and the
// BROWSERS=chromium,firefox override: the one place for these, used by
// scripts/test.mjs, web-test-runner.config.mjs and the benchmark scripts.
export const ALL_BROWSERS = ['chromium', 'firefox', 'webkit'];

/** Debian's browsers and the WebKit helpers; a test tool's own browser download does not work on our machines. */
export const PATHS = {
  chromium: '/usr/bin/chromium',
  firefox: '/usr/bin/firefox-esr',
  webkitDriver: '/usr/bin/WebKitWebDriver',
  // WebKitGTK's test browser, in libwebkit2gtk-4.1-0 (a dependency of webkit2gtk-driver).
  miniBrowser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfb: '/usr/bin/Xvfb',
};

/** What each engine needs on disk, and the Debian package that provides it. */
export const NEEDS = {
  chromium: [{ file: PATHS.chromium, pkg: 'chromium' }],
  firefox: [{ file: PATHS.firefox, pkg: 'firefox-esr' }],
  webkit: [
    { file: PATHS.webkitDriver, pkg: 'webkit2gtk-driver' },
    { file: PATHS.miniBrowser, pkg: 'webkit2gtk-driver' },
    { file: PATHS.xvfb, pkg: 'xvfb' },
  ],
};

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
