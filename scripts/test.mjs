#!/usr/bin/env node
/**
 * `npm test`: build, then run every test, browser tests in Chromium, Firefox
 * and WebKit through Debian's browsers (see web-test-runner.config.mjs and
 * shared/notes/browsers.md). Plain Node ESM, no dependencies.
 *
 * Steps:
 *   0. `npm run verify` (scripts/verify.mjs): types, lint, format.
 *   1. Make sure the selected browsers are installed; as root, install the
 *      missing Debian packages with apt-get, otherwise say what to install.
 *   2. `npm run build` (creates dist/), then `node scripts/size.mjs --check`,
 *      then `npm run locales:check`
 *      if that script exists.
 *   3. `node --test` on test/node/**\/*.test.mjs, if there are any.
 *   4. Web Test Runner on test/**\/*.test.ts. For WebKit this starts Xvfb and
 *      WebKitWebDriver first and always stops both afterwards, by process id.
 *
 * Environment:
 *   BROWSERS=chromium,firefox,webkit  subset of browsers to run (default: all)
 *   SKIP_BUILD=1    skip verify, `npm run build` and the size check (for
 *                   working on tests while the build is broken; CI never sets it)
 *   Extra arguments are passed to web-test-runner, e.g.
 *     npm test -- --files test/foo.test.ts
 *
 * Exit code: the first failing step's; otherwise web-test-runner's. The last
 * line printed is "test: N passed, N failed[, N skipped]".
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBrowsers } from './lib/browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const started = Date.now();
/** Scratch directory for logs and reports; removed at exit. */
const tmp = mkdtempSync(path.join(os.tmpdir(), 'layered-notice-test-'));
const log = (msg) => console.log(`[test] ${msg}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

// ---------------------------------------------------------------- browsers

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** What each browser needs on disk, and the Debian package that provides it. */
const NEEDS = {
  chromium: [{ file: '/usr/bin/chromium', pkg: 'chromium' }],
  firefox: [{ file: '/usr/bin/firefox-esr', pkg: 'firefox-esr' }],
  webkit: [
    { file: '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver' },
    // MiniBrowser ships in libwebkit2gtk-4.1-0, a dependency of webkit2gtk-driver.
    { file: MINIBROWSER, pkg: 'webkit2gtk-driver' },
    { file: '/usr/bin/Xvfb', pkg: 'xvfb' },
  ],
};

function selectedBrowsers() {
  try {
    return parseBrowsers(process.env.BROWSERS);
  } catch (e) {
    console.error(`[test] ${e.message}`);
    process.exit(2);
  }
}

function missingPackages(browsers) {
  const missing = browsers.flatMap((b) => NEEDS[b]).filter((n) => !existsSync(n.file));
  return { files: missing.map((n) => n.file), pkgs: [...new Set(missing.map((n) => n.pkg))] };
}

function ensureBrowsers(browsers) {
  const { files, pkgs } = missingPackages(browsers);
  if (pkgs.length === 0) return;
  log(`missing: ${files.join(', ')}`);
  const install = `apt-get install -y ${pkgs.join(' ')}`;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    console.error(
      `[test] Browser tests need Debian packages that are not installed: ${pkgs.join(' ')}\n` +
        `[test] Install them as root, then run npm test again:\n\n` +
        `    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive ${install}\n\n` +
        `[test] (or run only some browsers: BROWSERS=chromium npm test)`,
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...pkgs]]) {
    log(`apt-get ${args.join(' ')}`);
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`[test] apt-get ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
      process.exit(1);
    }
  }
  const still = missingPackages(browsers);
  if (still.files.length > 0) {
    console.error(`[test] still missing after apt-get: ${still.files.join(', ')}`);
    process.exit(1);
  }
}

// ------------------------------------------------------- child processes

/** Long-running helpers (Xvfb, WebKitWebDriver): see stopServices(). */
const services = [];
/** The step currently running in the foreground (npm, node, wtr). */
let foreground = null;
/** Set by SIGINT/SIGTERM/SIGHUP: start nothing new after it. */
let interrupted = null;

class Interrupted extends Error {}

/** Run a command with inherited stdio; resolves to its exit code. */
function run(cmd, args, opts = {}) {
  if (interrupted) return Promise.resolve(128 + os.constants.signals[interrupted]);
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
}

/**
 * Start a helper in its own process group (so that the browser processes it
 * starts are stopped with it) and remember its id for stopServices().
 */
function startService(name, cmd, args, env) {
  if (interrupted) throw new Interrupted(interrupted);
  const logFile = path.join(tmp, `${name}-${services.length}.log`);
  const fd = openSync(logFile, 'w');
  const child = spawn(cmd, args, { env, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const service = { name, pid: child.pid, logFile, exited: false };
  child.on('exit', () => (service.exited = true));
  child.on('error', () => (service.exited = true));
  services.push(service);
  log(`started ${name} (pid ${child.pid})`);
  return service;
}

/** Signal the process group we created for a helper (or the process alone). */
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Stop one helper by process (group) id: TERM, then KILL after 5 s. */
async function stopService(s) {
  const i = services.indexOf(s);
  if (i >= 0) services.splice(i, 1);
  if (!groupAlive(s.pid)) return;
  killGroup(s.pid, 'SIGTERM');
  for (let n = 0; n < 50 && groupAlive(s.pid); n++) await sleep(100);
  if (groupAlive(s.pid)) {
    log(`${s.name} (pid ${s.pid}) ignored SIGTERM, sending SIGKILL`);
    killGroup(s.pid, 'SIGKILL');
  }
  log(`stopped ${s.name} (pid ${s.pid})`);
}

let stopping = null;
/**
 * Stop all helpers, newest first (WebKitWebDriver and the MiniBrowser it
 * started before Xvfb). Safe to call from several places at once.
 */
function stopServices() {
  stopping ??= (async () => {
    while (services.length > 0) await stopService(services[services.length - 1]);
  })().finally(() => (stopping = null));
  return stopping;
}

/**
 * Stop the foreground step. Always with SIGINT: web-test-runner closes its
 * browsers on SIGINT but dies at once on SIGTERM, leaving them behind for a
 * while. SIGKILL if it has not exited after 20 s.
 */
async function stopForeground() {
  const child = foreground;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  const timer = sleep(20_000).then(() => 'timeout');
  if ((await Promise.race([exited, timer])) === 'timeout') {
    log(`pid ${child.pid} did not stop in 20 s, sending SIGKILL`);
    child.kill('SIGKILL');
    await exited;
  }
}

/** Last resort on the synchronous exit path, where nothing can be awaited. */
process.on('exit', () => {
  for (const s of services) killGroup(s.pid, 'SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = signal;
    log(`received ${signal}, stopping`);
    await stopForeground();
    await stopServices();
    process.exit(128 + os.constants.signals[signal]);
  });
}

// ------------------------------------------------------------- WebKit setup

function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const { port: got } = srv.address();
        srv.close(() => resolve(got));
      });
    });
  return tryPort(preferred).then((p) => p ?? tryPort(0));
}

function displayTaken(n) {
  return existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`);
}

async function startXvfb() {
  for (let n = 99; n < 199; n++) {
    if (displayTaken(n)) continue;
    const xvfb = startService('Xvfb', 'Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env);
    // Ready when its socket appears.
    for (let i = 0; i < 100 && !xvfb.exited; i++) {
      if (existsSync(`/tmp/.X11-unix/X${n}`)) return `:${n}`;
      await sleep(100);
    }
    const exited = xvfb.exited;
    await stopService(xvfb);
    // Another X server took the display meanwhile: try the next one.
    if (exited && displayTaken(n)) continue;
    process.stderr.write(readFileSync(xvfb.logFile, 'utf8'));
    throw new Error(exited ? `Xvfb :${n} exited at start` : `Xvfb :${n} did not start in 10 s`);
  }
  throw new Error('no free X display between :99 and :198');
}

async function startWebKitDriver(display) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort(4444);
    const driver = startService('WebKitWebDriver', 'WebKitWebDriver', [`--port=${port}`], {
      ...process.env,
      DISPLAY: display,
    });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !driver.exited) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(2000) });
        if (res.ok) {
          const body = await res.json();
          if (body?.value?.ready !== false) return port;
        }
      } catch {
        /* not listening yet */
      }
      await sleep(200);
    }
    const why = driver.exited ? 'exited' : 'did not answer in 30 s';
    log(`WebKitWebDriver on port ${port} ${why} (attempt ${attempt})`);
    if (existsSync(driver.logFile)) process.stderr.write(readFileSync(driver.logFile, 'utf8'));
    await stopService(driver);
  }
  throw new Error('could not start WebKitWebDriver');
}

// --------------------------------------------------------------- the steps

function nodeTestFiles() {
  const dir = path.join(root, 'test', 'node');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.mjs'))
    .sort()
    .map((f) => path.join('test', 'node', f));
}

/** Parse "# pass N" / "# fail N" / "# skipped N" lines of a TAP report. */
function tapCounts(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const num = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: num('pass'), failed: num('fail') + num('cancelled'), skipped: num('skipped') + num('todo') };
}

const browsers = selectedBrowsers();
const totals = { passed: 0, failed: 0, skipped: 0 };
const parts = [];
let exitCode = 0;

function finish(code) {
  const took = seconds(Date.now() - started);
  log(`${code === 0 ? 'OK' : `FAILED (exit ${code})`}: ${parts.join('; ') || 'nothing ran'} in ${took}`);
  // Plain closing line, read by CI tooling: keep the exact format.
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`test: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
  return code;
}

/** A step before the tests failed: count it as one failure and stop. */
function stepFailed(step, code) {
  parts.push(`${step} FAILED`);
  totals.failed += 1;
  return finish(code);
}

async function main() {
  // The static checks first (scripts/verify.mjs): a type or lint error fails fast.
  if (process.env.SKIP_BUILD !== '1') {
    const code = await run(process.execPath, ['scripts/verify.mjs']);
    if (code !== 0) return stepFailed('verify', code);
    parts.push('verify ok');
  }

  ensureBrowsers(browsers);

  if (process.env.SKIP_BUILD === '1') {
    log('SKIP_BUILD=1: no verify, not building, no size check');
    parts.push('build skipped');
  } else {
    const t = Date.now();
    let code = await run('npm', ['run', 'build']);
    if (code !== 0) return stepFailed('build', code);
    parts.push(`build ${seconds(Date.now() - t)}`);
    if (existsSync(path.join(root, 'scripts', 'size.mjs'))) {
      code = await run(process.execPath, ['scripts/size.mjs', '--check']);
      if (code !== 0) return stepFailed('size check', code);
      parts.push('size ok');
    }
  }

  // Translators' check: every locale complete, placeholders and plural forms right.
  {
    const code = await run('npm', ['run', '--silent', 'locales:check']);
    if (code !== 0) return stepFailed('locales:check', code);
    parts.push('locales ok');
  }

  const nodeFiles = nodeTestFiles();
  if (nodeFiles.length > 0) {
    const t = Date.now();
    const tap = path.join(tmp, 'node-test.tap');
    const code = await run(process.execPath, [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...nodeFiles,
    ]);
    const c = tapCounts(tap);
    if (code !== 0 && c.failed === 0) c.failed = 1;
    for (const k of Object.keys(totals)) totals[k] += c[k];
    parts.push(`node ${c.passed} passed, ${c.failed} failed (${seconds(Date.now() - t)})`);
    if (code !== 0) exitCode = code;
  }

  const env = { ...process.env, BROWSERS: browsers.join(','), WTR_SUMMARY_FILE: path.join(tmp, 'wtr.json') };
  if (browsers.includes('webkit')) {
    const t = Date.now();
    const display = await startXvfb();
    const port = await startWebKitDriver(display);
    env.WEBKIT_DRIVER_PORT = String(port);
    log(`WebKit: Xvfb on ${display}, WebKitWebDriver on 127.0.0.1:${port} (${seconds(Date.now() - t)})`);
  }

  const t = Date.now();
  const wtrBin = path.join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
  const wtrCode = await run(
    process.execPath,
    [wtrBin, '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
    { env },
  );
  await stopServices();
  let counts = {};
  try {
    counts = JSON.parse(readFileSync(env.WTR_SUMMARY_FILE, 'utf8'));
  } catch {
    /* wtr failed before reporting */
  }
  const perBrowser = Object.entries(counts).map(([name, c]) => {
    for (const k of Object.keys(totals)) totals[k] += c[k];
    return `${name} ${c.passed}/${c.passed + c.failed}`;
  });
  if (wtrCode !== 0 && Object.values(counts).every((c) => c.failed === 0)) totals.failed += 1;
  parts.push(`browsers ${perBrowser.join(', ') || browsers.join(', ') + ' (no results)'} (${seconds(Date.now() - t)})`);
  return finish(wtrCode !== 0 ? wtrCode : exitCode);
}

let code;
try {
  code = await main();
} catch (err) {
  if (!(err instanceof Interrupted)) console.error(`[test] ${err?.stack ?? err}`);
  code = finish(1);
} finally {
  await stopServices();
}
if (interrupted) code = 128 + os.constants.signals[interrupted];
process.exit(code);
