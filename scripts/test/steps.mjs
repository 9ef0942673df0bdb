/**
 * The steps of `npm test`, in order, and the runner for commands in the foreground.
 *
 * A step is `{ name, when?(ctx), continueOnFailure?, run(ctx) }`; `run` resolves to
 * `{ code, summary?, counts? }` (counts: passed, failed, skipped tests). A failing step
 * stops the run unless it sets `continueOnFailure`. To add a step, write a module that
 * exports one and put it in the list in scripts/test.mjs.
 *
 * `ctx` holds root, tmp (a scratch directory), browsers, log(msg), run(cmd, args, opts)
 * and services (scripts/test/services.mjs).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBrowsers } from './provision.mjs';
import { browserCounts, seconds, tapCounts } from './report.mjs';

const skipBuild = () => process.env.SKIP_BUILD === '1';

/**
 * A runner for foreground commands (inherited stdio) that can stop the one running.
 * After `interrupted()` turns true it starts nothing and resolves to 128 + signal.
 */
export function createRunner({ log, interrupted }) {
  let foreground = null;
  const run = (cmd, args, opts = {}) => {
    if (interrupted()) return Promise.resolve(128 + os.constants.signals[interrupted()]);
    log(`$ ${[cmd, ...args].join(' ')}`);
    return new Promise((resolve) => {
      const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
      foreground = child;
      child.on('error', (err) => {
        console.error(`[test] could not start ${cmd}: ${err.message}`);
        resolve(127);
      });
      child.on('exit', (code, signal) => {
        foreground = null;
        resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
      });
    });
  };
  /**
   * Stop the foreground command. Always with SIGINT: web-test-runner closes its
   * browsers on SIGINT but dies at once on SIGTERM, leaving them behind for a
   * while. SIGKILL if it has not exited after 20 s.
   */
  const stop = async () => {
    const child = foreground;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    const timer = new Promise((r) => setTimeout(r, 20_000, 'timeout'));
    if ((await Promise.race([exited, timer])) === 'timeout') {
      log(`pid ${child.pid} did not stop in 20 s, sending SIGKILL`);
      child.kill('SIGKILL');
      await exited;
    }
  };
  return { run, stop };
}

/** A step that runs one command and passes when it exits 0. */
const command = (name, args, when) => ({
  name,
  when,
  async run(ctx) {
    const t = Date.now();
    const code = await ctx.run(args[0], args.slice(1));
    return { code, summary: `${name} ok (${seconds(Date.now() - t)})` };
  },
});

/** The static checks (types, lint, format) first: they fail fast. */
export const verify = command('verify', [process.execPath, 'scripts/verify.mjs'], () => !skipBuild());

/** The selected browsers installed (scripts/test/provision.mjs). */
export const provision = {
  name: 'browsers installed',
  run: async (ctx) => ({ code: ensureBrowsers(ctx.browsers, ctx.log) }),
};

export const build = command('build', ['npm', 'run', 'build'], () => !skipBuild());
export const size = command('size check', [process.execPath, 'scripts/size.mjs', '--check'], () => !skipBuild());
/** Translators' check: every locale complete, placeholders and plural forms right. */
export const locales = command('locales', ['npm', 'run', '--silent', 'locales:check']);

function nodeTestFiles(root) {
  const dir = path.join(root, 'test', 'node');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.mjs'))
    .sort()
    .map((f) => path.join('test', 'node', f));
}

/** `node --test` on test/node/**\/*.test.mjs. */
export const nodeTests = {
  name: 'node',
  continueOnFailure: true,
  when: (ctx) => nodeTestFiles(ctx.root).length > 0,
  async run(ctx) {
    const t = Date.now();
    const tap = path.join(ctx.tmp, 'node-test.tap');
    const reporters = [
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
    ];
    const code = await ctx.run(process.execPath, ['--test', ...reporters, ...nodeTestFiles(ctx.root)]);
    const counts = tapCounts(tap);
    return { code, counts, summary: `node ${counts.passed} passed, ${counts.failed} failed (${seconds(Date.now() - t)})` };
  },
};

/**
 * Web Test Runner on test/**\/*.test.ts in the selected browsers; for WebKit, Xvfb and
 * WebKitWebDriver first, always stopped afterwards. Extra `npm test -- ...` arguments go to it.
 */
export const browserTests = {
  name: 'browsers',
  continueOnFailure: true,
  async run(ctx) {
    const summaryFile = path.join(ctx.tmp, 'wtr.json');
    const env = { ...process.env, BROWSERS: ctx.browsers.join(','), WTR_SUMMARY_FILE: summaryFile };
    let code;
    const t = Date.now();
    try {
      if (ctx.browsers.includes('webkit')) {
        const display = await ctx.services.startXvfb();
        const port = await ctx.services.startWebKitDriver(display);
        env.WEBKIT_DRIVER_PORT = String(port);
        ctx.log(`WebKit: Xvfb on ${display}, WebKitWebDriver on 127.0.0.1:${port} (${seconds(Date.now() - t)})`);
      }
      const wtrBin = path.join(ctx.root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
      code = await ctx.run(process.execPath, [wtrBin, '--config', 'web-test-runner.config.mjs', ...ctx.args], { env });
    } finally {
      await ctx.services.stopAll();
    }
    const byBrowser = browserCounts(summaryFile);
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const perBrowser = Object.entries(byBrowser).map(([name, c]) => {
      for (const k of Object.keys(counts)) counts[k] += c[k];
      return `${name} ${c.passed}/${c.passed + c.failed}`;
    });
    const summary = `browsers ${perBrowser.join(', ') || ctx.browsers.join(', ') + ' (no results)'} (${seconds(Date.now() - t)})`;
    return { code, counts, summary };
  },
};

/**
 * The screen-reader journeys (test/sr/*.sr.mjs): Orca in Firefox ESR and Chromium, see
 * scripts/test/screen-reader.mjs. Left out when arguments are passed to web-test-runner
 * (a run of chosen browser tests stays quick), or with SCREEN_READER=0.
 */
export const screenReader = {
  name: 'screen reader',
  continueOnFailure: true,
  when: (ctx) => process.env.SCREEN_READER !== '0' && ctx.args.length === 0,
  async run(ctx) {
    const { runScreenReader } = await import('./screen-reader.mjs');
    const sr = await runScreenReader({ browsers: ctx.browsers });
    return { code: sr.failed > 0 ? 1 : 0, counts: { passed: sr.passed, failed: sr.failed, skipped: sr.skipped }, summary: sr.summary };
  },
};
