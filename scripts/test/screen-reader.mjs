#!/usr/bin/env node
/**
 * The screen-reader layer of `npm test`: GNOME's Orca, headless, driven with real key
 * presses through Firefox ESR and Chromium, with what it speaks captured as text and
 * asserted on by the journeys in test/sr/*.sr.mjs. For each browser the desktop stack
 * (Xvfb, D-Bus, AT-SPI, speech-dispatcher, Orca) and the browser start once, every
 * journey runs in that session, and everything is stopped by process id.
 *
 * Run alone: `npm run test:sr` (node scripts/test/screen-reader.mjs). Options:
 *   --out FILE          write the results (outcome and transcript of every journey) as JSON
 *   --transcripts DIR   write each journey's transcript to DIR/<browser>/<journey>.txt, to
 *                       compare runs with scripts/test/sr/compare.mjs
 *   --mutate NAME       run against a deliberately broken build (scripts/test/sr/mutate.mjs
 *                       lists them): succeeds only if some journey fails; no retries
 *   --write-docs        rewrite the support table in docs/accessibility.md from this run
 *   --help              this text
 * Environment:
 *   BROWSERS=firefox,chromium   the browsers (webkit is ignored: Orca cannot drive it here)
 *   SR_JOURNEYS=arriving,...    only these journeys (file names without .sr.mjs)
 *   SCREEN_READER=0             npm test leaves the layer out
 * Needs `npm run build` first (the journeys load dist/ through the demo pages).
 */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Processes } from './sr/processes.mjs';
import { startStack } from './sr/stack.mjs';
import { browserLabel, startBrowser } from './sr/browser.mjs';
import { Session, transcriptText } from './sr/session.mjs';
import { provision } from './sr/provision.mjs';
import { writeSupportTable } from './sr/table.mjs';
import { buildMutant, MUTATIONS } from './sr/mutate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SR_BROWSERS = ['firefox', 'chromium'];
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** The journeys, in file-name order: `{ name, title, run(sr) }` from each test/sr/*.sr.mjs. */
async function loadJourneys(only) {
  const dir = path.join(root, 'test', 'sr');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sr.mjs'))
    .sort();
  const list = [];
  for (const f of files) {
    const name = f.replace(/\.sr\.mjs$/, '').replace(/^\d+-/, '');
    if (only && !only.includes(name)) continue;
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    list.push({ name, file: `test/sr/${f}`, title: mod.title, run: mod.run });
  }
  return list;
}

/**
 * Serves the repository (demo pages, dist/, test pages) on a free local port; with
 * `dist`, the files in that directory are served in place of dist/'s (a mutant build).
 */
async function startServer(dist) {
  const { startDevServer } = await import('@web/dev-server');
  /** @type {import('koa').Middleware} */
  const mutant = async (ctx, next) => {
    const file = ctx.path.startsWith('/dist/') ? path.join(dist, ctx.path.slice('/dist/'.length)) : null;
    if (!file || !file.startsWith(dist + path.sep) || !existsSync(file) || !statSync(file).isFile()) return next();
    ctx.type = path.extname(file);
    ctx.body = createReadStream(file);
  };
  const server = await startDevServer({
    config: { rootDir: root, hostname: '127.0.0.1', port: 0, middleware: dist ? [mutant] : [] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { base: `http://127.0.0.1:${server.server.address().port}/`, stop: () => server.stop() };
}

/** One browser: the stack, the browser, then every journey in the same session. */
async function runBrowser(browser, journeys, base, log, scratch, attempts) {
  const dir = mkdtempSync(path.join(scratch, `${browser}-`));
  const procs = new Processes(dir);
  const onExit = () => procs.killAllNow();
  process.on('exit', onExit);
  const results = [];
  try {
    const t = Date.now();
    const { env, speech } = await startStack(procs, dir);
    const { goto } = await startBrowser(procs, browser, env, dir, new URL('test/sr/pages/start.html', base).href);
    await speech.settle(speech.mark(), { match: /^page has/i, capMs: 60_000, quietMs: 1500 });
    log(`${browserLabel(browser)} with Orca ready on ${env.DISPLAY} (${seconds(Date.now() - t)})`);
    const sr = new Session({ browser, env, speech, base, goto });
    const { takeEvidence } = await import(pathToFileURL(path.join(root, 'test', 'sr', 'helpers.mjs')).href);
    for (const j of journeys) {
      const started = Date.now();
      sr.begin();
      takeEvidence();
      let error = null;
      let retried = null;
      // A journey that fails is run once more, in the same session: Orca's speech on a loaded
      // 2-core machine sometimes lags a key press. A retry that passes is reported as such, with
      // the first failure, so a real regression (which fails twice) still fails the run.
      for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
          await j.run(sr);
          error = null;
          break;
        } catch (e) {
          error = e;
          if (attempt < attempts) {
            retried = e.message;
            log(`retry ${browser} › ${j.name}: ${e.message.split('\n')[0]}`);
            sr.begin();
            takeEvidence();
          }
        }
      }
      const r = {
        journey: j.name,
        title: j.title,
        file: j.file,
        browser,
        outcome: error ? 'fail' : 'pass',
        ms: Date.now() - started,
        steps: sr.steps,
        heard: takeEvidence(),
        error: error?.message ?? null,
        ...(retried && !error ? { retried } : {}),
      };
      results.push(r);
      log(`${error ? 'FAIL' : 'pass'} ${browser} › ${j.name} (${seconds(r.ms)})`);
      if (error) console.error(`${error.message}\n--- transcript (${browser} › ${j.name}) ---\n${sr.transcript()}\n---`);
    }
  } catch (e) {
    // The stack or the browser did not start: every journey not yet run fails with the reason.
    for (const j of journeys.slice(results.length)) {
      results.push({
        journey: j.name,
        title: j.title,
        file: j.file,
        browser,
        outcome: 'fail',
        ms: 0,
        steps: [],
        error: `could not run: ${e.message}`,
      });
    }
    console.error(`[sr] ${browser}: ${e.message}`);
  } finally {
    await procs.stopAll();
    process.off('exit', onExit);
    if (!process.env.SR_KEEP) rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** A result's transcript file: the journey, the outcome, then "key → what was spoken" per step. */
export function transcriptFile(r) {
  const outcome = r.outcome === 'pass' ? (r.retried ? `pass after a retry (first attempt: ${r.retried})` : 'pass') : `fail: ${r.error}`;
  return `# ${r.title}\n# ${browserLabel(r.browser)}: ${outcome}\n${transcriptText(r.steps)}\n`;
}

/** Writes every result's transcript to `dir/<browser>/<journey>.txt`. */
function writeTranscripts(dir, results) {
  for (const r of results) {
    mkdirSync(path.join(dir, r.browser), { recursive: true });
    writeFileSync(path.join(dir, r.browser, `${r.journey}.txt`), transcriptFile(r));
  }
}

/**
 * Runs the layer. Returns counts for npm test's summary line and the results.
 * With `mutate`, runs against that deliberately broken build, each journey once.
 * @param {{browsers?: string[], log?: (msg: string) => void, out?: string, transcripts?: string, mutate?: string, writeDocs?: boolean}} [o]
 */
export async function runScreenReader({
  browsers = SR_BROWSERS,
  log = (m) => console.log(`[sr] ${m}`),
  out,
  transcripts,
  mutate,
  writeDocs = false,
} = {}) {
  const started = Date.now();
  const chosen = SR_BROWSERS.filter((b) => browsers.includes(b));
  if (chosen.length === 0) return { passed: 0, failed: 0, skipped: 0, summary: 'screen reader: no browser selected', results: [] };
  const problem = provision(chosen, log);
  if (problem) {
    console.error(`[sr] ${problem}`);
    return { passed: 0, failed: 1, skipped: 0, summary: 'screen reader could not run', results: [] };
  }
  const only = process.env.SR_JOURNEYS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const journeys = await loadJourneys(only);
  const mutant = mutate ? await buildMutant(root, mutate, log) : null;
  const server = await startServer(mutant?.dist);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'layered-notice-sr-'));
  const results = [];
  try {
    // A mutant is meant to fail: a second attempt would only double the time its failures take.
    for (const b of chosen) results.push(...(await runBrowser(b, journeys, server.base, log, scratch, mutant ? 1 : 2)));
  } finally {
    await server.stop();
    rmSync(scratch, { recursive: true, force: true });
    mutant?.remove();
  }
  const passed = results.filter((r) => r.outcome === 'pass').length;
  const failed = results.length - passed;
  if (out) writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  if (transcripts) writeTranscripts(transcripts, results);
  if (mutate) {
    const caught = results.filter((r) => r.outcome === 'fail').map((r) => `${r.browser} › ${r.journey}`);
    const summary = caught.length
      ? `mutation "${mutate}" caught by ${caught.length} of ${results.length}: ${caught.join(', ')} (${seconds(Date.now() - started)})`
      : `mutation "${mutate}" NOT caught: every journey passed (${seconds(Date.now() - started)})`;
    log(summary);
    // For npm test's counts: a caught mutation is one pass, one that survived one failure.
    return { passed: caught.length ? 1 : 0, failed: caught.length ? 0 : 1, skipped: 0, summary, results };
  }
  if (writeDocs && !mutate) {
    if (failed === 0 || process.env.SR_DOCS_WITH_FAILURES) writeSupportTable(root, results);
    else log('not writing docs/accessibility.md: some journeys failed');
  }
  const summary = `screen reader ${passed}/${results.length} (${seconds(Date.now() - started)})`;
  log(summary);
  return { passed, failed, skipped: 0, summary, results };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Run alone: on a signal, exit through 'exit', whose handlers stop every process started.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    const header = readFileSync(fileURLToPath(import.meta.url), 'utf8').match(/\/\*\*([\s\S]*?)\*\//)[1];
    console.log(header.replace(/^ \* ?/gm, '').trim());
    console.log(
      `\nMutations:\n${Object.entries(MUTATIONS)
        .map(([name, m]) => `  ${name.padEnd(16)}${m.what}`)
        .join('\n')}`,
    );
    process.exit(0);
  }
  const value = (flag) => {
    const at = args.indexOf(flag);
    if (at < 0) return undefined;
    if (!args[at + 1] || args[at + 1].startsWith('--')) {
      console.error(`[sr] ${flag} needs a value (see --help)`);
      process.exit(2);
    }
    return args[at + 1];
  };
  const resolved = (flag) => (value(flag) === undefined ? undefined : path.resolve(value(flag)));
  const mutate = value('--mutate');
  if (mutate && !MUTATIONS[mutate]) {
    console.error(`[sr] no mutation "${mutate}"; there are: ${Object.keys(MUTATIONS).join(', ')}`);
    process.exit(2);
  }
  const { parseBrowsers } = await import('../lib/browsers.mjs');
  const r = await runScreenReader({
    browsers: parseBrowsers(process.env.BROWSERS),
    out: resolved('--out'),
    transcripts: resolved('--transcripts'),
    mutate,
    writeDocs: args.includes('--write-docs'),
  });
  process.exit(r.failed ? 1 : 0);
}
