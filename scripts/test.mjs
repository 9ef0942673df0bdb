#!/usr/bin/env node
/**
 * `npm test`: the static checks, the build, then every test, browser tests in Chromium,
 * Firefox and WebKit through Debian's browsers (see web-test-runner.config.mjs).
 * Plain Node ESM, no dependencies. The steps, in order (scripts/test/steps.mjs):
 *
 *   1. `npm run verify` (scripts/verify.mjs): types, lint, format.
 *   2. The selected browsers installed; as root, missing Debian packages are
 *      installed with apt-get, otherwise it says what to install (scripts/test/provision.mjs).
 *   3. `npm run build` (creates dist/), `node scripts/size.mjs --check`, `npm run locales:check`.
 *   4. `node --test` on test/node/**\/*.test.mjs.
 *   5. Web Test Runner on test/**\/*.test.ts. For WebKit this starts Xvfb and
 *      WebKitWebDriver first and always stops both afterwards, by process id
 *      (scripts/test/services.mjs).
 *   6. The screen-reader journeys (test/sr/*.sr.mjs): Orca in Firefox ESR and Chromium
 *      (scripts/test/screen-reader.mjs). Left out when arguments are passed to
 *      web-test-runner, or with SCREEN_READER=0.
 *
 * Environment:
 *   BROWSERS=chromium,firefox,webkit  subset of browsers to run (default: all)
 *   SKIP_BUILD=1    skip verify, `npm run build` and the size check (for working on
 *                   tests while the build is broken; CI never sets it)
 *   Extra arguments are passed to web-test-runner, e.g.
 *     npm test -- --files test/foo.test.ts
 *
 * Exit code: the first failing step's. The last line printed is
 * "test: N passed, N failed[, N skipped]" (scripts/test/report.mjs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBrowsers } from './lib/browsers.mjs';
import { createReport } from './test/report.mjs';
import { Interrupted, createServices } from './test/services.mjs';
import { browserTests, build, createRunner, locales, nodeTests, provision, screenReader, size, verify } from './test/steps.mjs';

/** The steps in order; a new one is a module exporting a step, added here. */
const STEPS = [verify, provision, build, size, locales, nodeTests, browserTests, screenReader];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const log = (msg) => console.log(`[test] ${msg}`);

let browsers;
try {
  browsers = parseBrowsers(process.env.BROWSERS);
} catch (e) {
  console.error(`[test] ${e.message}`);
  process.exit(2);
}

/** Scratch directory for logs and reports; removed at exit. */
const tmp = mkdtempSync(path.join(os.tmpdir(), 'layered-notice-test-'));
/** Set by SIGINT/SIGTERM/SIGHUP: start nothing new after it. */
let interrupted = null;
const services = createServices({ logDir: tmp, log, interrupted: () => interrupted });
const runner = createRunner({ log, interrupted: () => interrupted });
const report = createReport();
const ctx = { root, tmp, browsers, log, args: process.argv.slice(2), run: runner.run, services };

process.on('exit', () => {
  services.killAllNow();
  rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = signal;
    log(`received ${signal}, stopping`);
    await runner.stop();
    await services.stopAll();
    process.exit(128 + os.constants.signals[signal]);
  });
}

async function main() {
  let firstFailure = 0;
  for (const step of STEPS) {
    if (step.when && !step.when(ctx)) {
      report.note(`${step.name} skipped`);
      continue;
    }
    const { code, counts, summary } = await step.run(ctx);
    report.add(counts, code);
    if (code !== 0 && !counts) report.note(`${step.name} FAILED`);
    else if (summary) report.note(summary);
    if (code !== 0) {
      firstFailure ||= code;
      if (!step.continueOnFailure) break;
    }
  }
  return report.finish(firstFailure);
}

let code;
try {
  code = await main();
} catch (err) {
  if (!(err instanceof Interrupted)) console.error(`[test] ${err?.stack ?? err}`);
  code = report.finish(1);
} finally {
  await services.stopAll();
}
if (interrupted) code = 128 + os.constants.signals[interrupted];
process.exit(code);
