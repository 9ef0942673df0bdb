// @ts-check
/**
 * Web Test Runner configuration: every browser test (test/**\/*.test.ts) runs
 * in real Chromium, Firefox and WebKit, using Debian's browsers (their paths are in
 * scripts/lib/browsers.mjs).
 *
 * Normally started by `npm test` (scripts/test.mjs), which installs missing
 * browsers, builds, and starts Xvfb + WebKitWebDriver for WebKit. Environment:
 *
 *   BROWSERS            comma-separated subset of chromium,firefox,webkit
 *                       (default: all three)
 *   WEBKIT_DRIVER_PORT  port of an already running `WebKitWebDriver`
 *                       (default 4444; scripts/test.mjs picks a free one)
 *   WTR_SUMMARY_FILE    if set, a JSON file to write per-browser counts of
 *                       passed/failed/skipped tests to (scripts/test.mjs
 *                       reads it for its closing summary line)
 *
 * Run directly, e.g. `BROWSERS=chromium npx wtr --config web-test-runner.config.mjs`
 * or `npx wtr ... --files test/foo.test.ts`; for WebKit you then have to start
 * Xvfb and WebKitWebDriver yourself, as scripts/test/services.mjs does.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { PATHS, parseBrowsers } from './scripts/lib/browsers.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

const launchers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: PATHS.chromium,
        headless: true,
        // Without the background-networking flags Chromium floods the closed
        // network with refused connections.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),

  // Puppeteer drives Firefox over WebDriver BiDi: no geckodriver needed.
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: PATHS.firefox,
        headless: true,
      },
    }),

  // WebKitGTK's MiniBrowser (the Safari engine) through WebKitWebDriver,
  // which scripts/test.mjs starts under Xvfb. Do NOT set `browserName`:
  // WebKitWebDriver then fails with "Failed to match capabilities".
  webkit: () => {
    const launcher = webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT || 4444),
      path: '/',
      logLevel: 'error',
      connectionRetryTimeout: 120_000,
      connectionRetryCount: 2,
      capabilities: {
        // @ts-expect-error vendor capability unknown to webdriverio's types
        'webkitgtk:browserOptions': {
          binary: PATHS.miniBrowser,
          args: ['--automation'],
        },
      },
    });
    // Without browserName the launcher's label would be empty in reports.
    const initialize = launcher.initialize.bind(launcher);
    launcher.initialize = async (...args) => {
      await initialize(...args);
      launcher.name = 'WebKit';
    };
    return launcher;
  },
};

const browsers = parseBrowsers(process.env.BROWSERS).map((name) => launchers[name]());

/**
 * Counts passed/failed/skipped tests per browser and writes them as JSON to
 * WTR_SUMMARY_FILE. A test file that failed to load or threw outside a test
 * counts as one failed test, so a broken file can never look green.
 * @returns {import('@web/test-runner').Reporter}
 */
function countsReporter(file) {
  return {
    stop({ sessions }) {
      /** @type {Record<string, {passed: number, failed: number, skipped: number, files: number}>} */
      const byBrowser = {};
      for (const session of sessions) {
        const c = (byBrowser[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, files: 0 });
        c.files += 1;
        let failedHere = 0;
        /** @param {import('@web/test-runner').TestSuiteResult | undefined} suite */
        const walk = (suite) => {
          if (!suite) return;
          for (const t of suite.tests) {
            if (t.skipped) c.skipped += 1;
            else if (t.passed) c.passed += 1;
            else failedHere += 1;
          }
          suite.suites.forEach(walk);
        };
        walk(session.testResults);
        if (!session.passed && failedHere === 0) failedHere = 1;
        c.failed += failedHere;
      }
      writeFileSync(file, JSON.stringify(byBrowser, null, 2));
    },
  };
}

/**
 * The strict Content Security Policy that test/security.test.ts proves the notice
 * works under (SECURITY.md gives it as the recipe), and the smallest one it needs.
 */
const CSP = {
  strict: "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'",
  minimal: "default-src 'none'; script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'",
};

/**
 * Pages under /test/csp/ are served with a Content Security Policy: the strict one, or
 * `?policy=minimal`, and so is the notice editor with `/demo/editor.html?policy=strict`; `?style=sha256-…` allows one inline style by its hash; `?tt=lit-html` adds a Trusted Types policy allow-list, and
 * `?tt=lit-html-once` the same without 'allow-duplicates'.
 * `/test/csp/notices/<slug>.json?delay=ms` serves a demo payload late, so a test can
 * make an early load answer after a later one.
 * @type {import('@web/dev-server-core').Middleware}
 */
async function cspMiddleware(ctx, next) {
  // dist/ssr/csp/: the pages test/node/ssr-embed.test.mjs writes from `render` and `render --embed`.
  // /demo/editor.html?policy=strict: the notice editor under the strict policy (test/editor-csp.test.ts).
  const editor = ctx.path === '/demo/editor.html' && ctx.query.policy === 'strict';
  if (!editor && !ctx.path.startsWith('/test/csp/') && !ctx.path.startsWith('/dist/ssr/csp/')) return next();
  const slow = /^\/test\/csp\/notices\/([a-z0-9-]+\.json)$/.exec(ctx.path);
  if (slow) {
    const delay = Math.min(Number(ctx.query.delay) || 0, 5000);
    await new Promise((resolve) => setTimeout(resolve, delay));
    ctx.path = `/demo/notices/${slow[1]}`;
    return next();
  }
  await next();
  const tt =
    { 'lit-html': "; trusted-types lit-html 'allow-duplicates'", 'lit-html-once': '; trusted-types lit-html' }[String(ctx.query.tt)] ?? '';
  // ?style=sha256-…: the hash `render` prints for its inline <style>, added to style-src.
  const style = /^sha256-[A-Za-z0-9+/]+=*$/.test(String(ctx.query.style)) ? ` 'self' '${ctx.query.style}'` : " 'self'";
  ctx.set(
    'Content-Security-Policy',
    (ctx.query.policy === 'minimal' ? CSP.minimal : CSP.strict).replace("style-src 'self'", `style-src${style}`) + tt,
  );
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  // Serve the repository root, so tests can fetch('/demo/notices/x.json')
  // and import or fetch '/dist/...' and '/locales/...'.
  rootDir: root,
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  middleware: [cspMiddleware],
  browsers,
  reporters: [defaultReporter(), ...(process.env.WTR_SUMMARY_FILE ? [countsReporter(process.env.WTR_SUMMARY_FILE)] : [])],
  // nodeResolve picks lit's "development" build (clearer errors in tests);
  // drop the one-line notice it logs in every test file.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  // The machines have 2 cores. One test file at a time per browser: measured,
  // 2 or 3 pages at once were no faster (the work is CPU-bound), and
  // concurrency 1 also makes WebKit run each file as a top-level page rather
  // than in iframes. Two browsers at once saved ~15% over one after another.
  concurrency: 1,
  concurrentBrowsers: 2,
  // No progress bar redrawing when the output is a log file (CI).
  staticLogging: !process.stdout.isTTY || Boolean(process.env.CI),
  // Generous: a loaded CI machine can be slow to start a browser (WebKit
  // via WebKitWebDriver + MiniBrowser under Xvfb especially).
  browserStartTimeout: 120_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: {
    config: {
      // An axe run over a whole notice with every section open takes seconds on a
      // 2-core machine shared with other work; 10 s timed out there, 30 s does not.
      timeout: 30000,
    },
  },
  plugins: [
    // TypeScript through esbuild. esbuild reads compilerOptions from
    // tsconfig.json, so Lit's decorators compile as TypeScript's
    // experimentalDecorators with useDefineForClassFields: false, as in the build.
    esbuildPlugin({ ts: true, tsconfig: path.join(root, 'tsconfig.json') }),
  ],
};
