#!/usr/bin/env node
/**
 * `npm run bench`: how the element compares with the same notice as static HTML on a
 * cheap phone, how its cost grows with the notice, and what it does at start-up.
 * Not part of `npm test`. Needs `npm run build` first and Debian's /usr/bin/chromium.
 * docs/performance.md explains every figure; this writes:
 *
 *   docs/bench/results.md    (a) static page vs (b) demo widget page, per seed notice
 *   docs/bench/results.json  every run's raw figures
 *   docs/bench/chart.png     bar chart of the first-layer medians, a vs b
 *   docs/bench/scaling.md    synthetic 1×, 10×, 100× notices rendered by the element
 *   docs/bench/startup.md    the script without an element; layouts in the render path
 *   docs/bench/preload.md    the widget page with and without a preload of its payload, slow 4G
 *   docs/performance.md      the same tables, between its <!-- bench:NAME --> markers
 *
 * Options:
 *   --runs N          runs of each page per seed notice (default 20)
 *   --scale-runs N    runs of the 1× and 10× scaling cases (default 6)
 *   --scale-100-runs N runs of the 100× case (default 3)
 *   --only a,b        only these seed notices (slugs)
 *   --preload-runs N  runs of each side of the preload experiment (default 10)
 *   --skip x,y        skip parts: compare, preload, scaling, startup
 *   --root DIR        benchmark another tree's dist/ and demo/ (say, a clean export of
 *                     HEAD built there); the reports still go to this repository's docs/
 *   --label TEXT      what to call that tree in the reports (default: its git commit)
 *   --no-docs         print only; write nothing
 *
 * Every file a measured page loads is read once at the start and served from memory,
 * so a rebuild or an edit during the run cannot mix two versions into one report.
 */
// The functions given to page.evaluate() run in the page, with its globals.
/* global window, document, customElements */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { serve } from './bench/server.mjs';
import { CHROMIUM_FLAGS, instrument, launch, svgToPng } from './bench/browser.mjs';
import {
  barChartSvg,
  embedStatic,
  fmt,
  mainThreads,
  markdownTable,
  mb,
  median,
  moduleOf,
  profileSelfTime,
  ratio,
  replaceBetweenMarkers,
  scaleNotice,
  scalingPage,
  sourcePositions,
  startupPage,
  stubBodies,
  summarizeTrace,
  totalBlockingTime,
  withPreload,
} from './bench/lib.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(repo);

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    'scale-runs': { type: 'string', default: '6' },
    'scale-100-runs': { type: 'string', default: '3' },
    'preload-runs': { type: 'string', default: '10' },
    only: { type: 'string' },
    skip: { type: 'string', default: '' },
    root: { type: 'string' },
    label: { type: 'string' },
    'no-docs': { type: 'boolean', default: false },
  },
});
const RUNS = Number(opt.runs);
const SCALE_RUNS = Number(opt['scale-runs']);
const SCALE_100_RUNS = Number(opt['scale-100-runs']);
const PRELOAD_RUNS = Number(opt['preload-runs']);
/**
 * DevTools' "Slow 4G" preset for the preload experiment: Lighthouse's mobile link (150 ms
 * round trip, 1.6 Mbit/s down, 750 kbit/s up) adapted by DevTools for request-level
 * throttling (latency ×3.75, bandwidth ×0.9).
 */
const SLOW_4G = { latency: 562.5, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const SKIP = new Set(opt.skip.split(',').filter(Boolean));
const WRITE = !opt['no-docs'];
/** The tree whose dist/ and demo/ are measured. */
const root = resolve(opt.root ?? repo);
const R = (p) => join(root, p);

/** CPU slow-down of every measured page (CDP Emulation.setCPUThrottlingRate). */
const THROTTLE = 4;
/** Wall time waited after the first layer, for trailing long tasks, before the page's figures are read. */
const SETTLE_MS = 500;
/** A phone-sized viewport (Lighthouse's mobile one), at device scale factor 1. */
const VIEWPORT = { width: 412, height: 823 };
const OUT = 'docs/bench';
/** Trace categories: the DevTools timeline, V8 execution and user-timing marks. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];

const started = Date.now();
const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}`);

// ---------------------------------------------------------------- preflight

for (const f of ['dist/layered-notice.iife.js', 'dist/layered-notice.iife.js.map', 'dist/cli.js']) {
  if (!existsSync(R(f))) {
    console.error(`${R(f)} is missing: run npm run build first`);
    process.exit(2);
  }
}
const iife = readFileSync(R('dist/layered-notice.iife.js'));
const iifeMap = readFileSync(R('dist/layered-notice.iife.js.map'), 'utf8');
const build = {
  iifeBytes: iife.length,
  iifeGzip: gzipSync(iife, { level: 9 }).length,
  iifeSha: createHash('sha256').update(iife).digest('hex').slice(0, 12),
  iifeBuilt: statSync(R('dist/layered-notice.iife.js')).mtime.toISOString(),
  tree: opt.label ?? (existsSync(R('.git')) ? `commit ${git(['rev-parse', '--short', 'HEAD'])}, ${git(['status', '--porcelain', '--', 'src', 'demo']) ? 'with uncommitted changes in src/ or demo/' : 'src/ and demo/ as committed'}` : root),
};

function git(args) {
  try {
    return execFileSync('git', args, { encoding: 'utf8', cwd: root }).trim();
  } catch {
    return '?';
  }
}

// ---------------------------------------------------------------- pages

let slugs = readdirSync(R('demo/notices'))
  .filter((f) => f.endsWith('.json') && existsSync(R(`demo/${f.replace(/\.json$/, '.html')}`)))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
if (opt.only) slugs = slugs.filter((s) => opt.only.split(',').includes(s));
if (!slugs.length) throw new Error('no seed notices selected');

const pages = new Map([['/demo/bench-blank.html', { body: '<!doctype html><html lang="en"><title>blank</title></html>' }]]);
// The files the measured pages load, snapshotted (see above).
pages.set('/dist/layered-notice.iife.js', { body: iife });
pages.set('/dist/layered-notice.iife.js.map', { body: iifeMap });
for (const f of ['demo/site.css', 'demo/lang-from-url.js']) if (existsSync(R(f))) pages.set(`/${f}`, { body: readFileSync(R(f)) });
const seeds = {};
const rejected = [];
for (const slug of slugs) {
  const demo = readFileSync(R(`demo/${slug}.html`), 'utf8');
  const json = readFileSync(R(`demo/notices/${slug}.json`), 'utf8');
  let rendered;
  try {
    rendered = execFileSync(process.execPath, [R('dist/cli.js'), 'render', R(`demo/notices/${slug}.json`)], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    rejected.push(`${slug}: ${String(e.stderr).trim().split('\n').at(-1)}`);
    continue;
  }
  const page = embedStatic(rendered, demo);
  pages.set(`/demo/bench-static-${slug}.html`, { body: page });
  pages.set(`/demo/${slug}.html`, { body: demo });
  pages.set(`/demo/bench-preload-${slug}.html`, { body: withPreload(demo, `notices/${slug}.json`) });
  // (c) the server-rendered embed (render --embed) in place of the element, script kept.
  const embed = execFileSync(process.execPath, [R('dist/cli.js'), 'render', R(`demo/notices/${slug}.json`), '--embed', `${slug}.html`], { encoding: 'utf8', maxBuffer: 64 << 20 });
  pages.set(`/demo/bench-ssr-${slug}.html`, { body: demo.replace(/<layered-notice\b[\s\S]*?<\/layered-notice>/, () => embed.trim()) });
  pages.set(`/demo/notices/${slug}.json`, { body: json });
  const notice = JSON.parse(json);
  seeds[slug] = { demo, notice, sections: notice.sections.length, jsonBytes: Buffer.byteLength(json), staticBytes: Buffer.byteLength(page) };
}
if (rejected.length) console.warn(`left out, the CLI rejects them:\n  ${rejected.join('\n  ')}`);
slugs = slugs.filter((s) => seeds[s]);
if (!slugs.length) throw new Error('no seed notice renders');

// The largest seed (by bytes) is the base of the scaling payloads.
const largest = Object.keys(seeds).sort((a, b) => seeds[b].jsonBytes - seeds[a].jsonBytes)[0];
const FACTORS = [1, 10, 100];
const scale = {};
pages.set('/demo/bench-scale.html', { body: scalingPage(seeds[largest].demo) });
pages.set('/demo/bench-startup.html', { body: startupPage(seeds[largest].demo) });
pages.set('/demo/bench-startup-control.html', { body: startupPage(seeds[largest].demo, { script: false }) });
for (const k of FACTORS) {
  for (const stub of [false, true]) {
    const n = scaleNotice(stub ? stubBodies(seeds[largest].notice) : seeds[largest].notice, k);
    const body = JSON.stringify(n);
    const name = `${k}${stub ? '-stub' : ''}`;
    pages.set(`/demo/bench-scale-${name}.json`, { body });
    scale[name] = { factor: k, stub, sections: n.sections.length, bytes: Buffer.byteLength(body) };
  }
}

// ---------------------------------------------------------------- browser

const srv = await serve({ root, pages, lifetimeMs: 30 * 60_000 });
const browser = await launch();
const chromiumVersion = browser.version();
log(`Chromium ${chromiumVersion}, ${srv.origin}, CPU ×${THROTTLE}, ${RUNS} runs per page, notices: ${slugs.join(', ')}`);

/** A fresh context and page at `VIEWPORT`, with the instrumentation and CPU throttling in place on the page's origin. */
async function freshPage({ rate = THROTTLE } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const cdp = await context.newCDPSession(page);
  // A same-origin blank page first: throttling set before a cross-site navigation was
  // sometimes lost with the renderer process swap; set on the page's own process it holds.
  await page.goto(`${srv.origin}/demo/bench-blank.html`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

/** Milliseconds of a fixed loop in the page: ~4× the unthrottled figure shows the throttling held. */
const calibrate = (page) =>
  page.evaluate(() => {
    const t = performance.now();
    let x = 0;
    for (let i = 0; i < 2e6; i++) x += i % 7;
    return performance.now() - t + (x < 0 ? 1 : 0);
  });

/** CDP Performance.getMetrics as an object; enable first with timeDomain 'threadTicks' so durations are main-thread CPU time. */
const metrics = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
/** Main-thread CPU milliseconds between two metrics snapshots, in all and for layout and style. */
const cpuBetween = (m0, m1) => ({
  cpuMs: (m1.ThreadTime - m0.ThreadTime) * 1000,
  layoutCpuMs: (m1.LayoutDuration - m0.LayoutDuration) * 1000,
  styleCpuMs: (m1.RecalcStyleDuration - m0.RecalcStyleDuration) * 1000,
  layoutCount: m1.LayoutCount - m0.LayoutCount,
  styleCount: m1.RecalcStyleCount - m0.RecalcStyleCount,
});

/** Retained JS heap after a forced GC (CDP, exact: performance.memory is bucketed). */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * One load of a comparison page. `kind` 'a' (static page: the first layer is the
 * Element Timing renderTime of the at-a-glance heading) or 'b' (widget page:
 * ln-ready, then two animation frames). `preload`: the widget page with a
 * `<link rel="preload" as="fetch" crossorigin>` for its payload; `network`: CDP
 * Network.emulateNetworkConditions parameters.
 */
async function loadOnce(kind, slug, { preload = false, network = null } = {}) {
  const { context, page, cdp } = await freshPage();
  try {
    if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
    const url = kind === 'a' ? `/demo/bench-static-${slug}.html` : kind === 'c' ? `/demo/bench-ssr-${slug}.html` : preload ? `/demo/bench-preload-${slug}.html` : `/demo/${slug}.html`;
    const bytes0 = srv.stats.bytes;
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const m0 = await metrics(cdp);
    await page.goto(srv.origin + url, { waitUntil: 'load', timeout: 60_000 });
    if (kind === 'a') await page.waitForFunction(() => window.__bench.elements.some((e) => e.id === 'ln-first-layer'), null, { timeout: 30_000 });
    else await page.waitForFunction(() => window.__bench.firstLayer !== null || window.__bench.errors.length > 0, null, { timeout: 30_000 });
    // (c) paints the notice from the HTML itself, inside a declarative shadow root, which
    // Element Timing does not see: its first layer is its first contentful paint (the
    // notice is painted with the page). LCP moves on when the element takes over (new
    // nodes, ln-ready), so it measures the take-over, not the first sight of the notice.
    await page.waitForTimeout(SETTLE_MS);
    const b = await page.evaluate(() => window.__bench);
    const { cpuMs } = cpuBetween(m0, await metrics(cdp));
    if (b.errors.length) throw new Error(b.errors.join('; '));
    const bytes = srv.stats.bytes - bytes0;
    const heap = await heapAfterGc(cdp);
    const calib = await calibrate(page);
    const fcp = b.paints.find((p) => p.name === 'first-contentful-paint')?.time;
    const lcp = b.lcp.at(-1)?.time;
    const firstLayer = kind === 'a' ? b.elements.find((e) => e.id === 'ln-first-layer').renderTime : kind === 'c' ? fcp : b.firstLayer;
    const tasks = b.longtasks;
    return {
      kind,
      slug,
      firstLayer,
      ready: b.ready ?? undefined,
      fcp,
      lcp,
      tbt: totalBlockingTime(tasks),
      longTasks: tasks.length,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      heap,
      bytes,
      cpuMs,
      calib,
    };
  } finally {
    await context.close();
  }
}

const results = { load: { start: loadavg() }, build, rejected, chromium: chromiumVersion, flags: CHROMIUM_FLAGS, throttle: THROTTLE, viewport: VIEWPORT, settleMs: SETTLE_MS, date: new Date().toISOString(), runs: [], scaling: [], startup: null };

// ---------------------------------------------------------------- (a) vs (b)

{
  const { context, page } = await freshPage({ rate: 1 });
  const times = [];
  for (let i = 0; i < 5; i++) times.push(await calibrate(page));
  results.calibBaseline = median(times);
  await context.close();
}

if (!SKIP.has('compare')) {
  // One discarded pair first: the browser's first page pays for its own warm-up.
  await loadOnce('a', slugs[0]);
  await loadOnce('b', slugs[0]);
  const failures = [];
  for (let i = 0; i < RUNS; i++) {
    for (const slug of slugs) {
      for (const kind of ['a', 'b', 'c']) {
        try {
          results.runs.push({ run: i, ...(await loadOnce(kind, slug)) });
        } catch (e) {
          failures.push(`${slug} ${kind} run ${i}: ${e.message}`);
        }
      }
    }
    log(`comparison round ${i + 1}/${RUNS} done`);
  }
  results.failures = failures;
  if (failures.length) console.warn(`${failures.length} failed runs:\n  ${failures.join('\n  ')}`);
}

// ---------------------------------------------------------------- preload

if (!SKIP.has('preload')) {
  // The README's advice, measured: the widget page with and without a preload of its
  // payload, on slow 4G as well as CPU ×THROTTLE, interleaved.
  const rows = [];
  for (let i = 0; i < PRELOAD_RUNS; i++) {
    for (const preload of [false, true]) {
      try {
        rows.push({ preload, ...(await loadOnce('b', largest, { preload, network: SLOW_4G })) });
      } catch (e) {
        rows.push({ preload, error: e.message });
      }
    }
  }
  results.preload = rows;
  log('preload experiment done');
}

// ---------------------------------------------------------------- scaling

/**
 * Renders one scaling payload at CPU ×`rate`: the page fetches and parses the JSON
 * first (not timed), then in a task of its own creates a <layered-notice>, sets
 * `notice` and appends it. Timed from there to ln-ready and to the second frame after it.
 */
async function renderScaled(name, { rate = THROTTLE, profile = false, trace = false } = {}) {
  const { context, page, cdp } = await freshPage({ rate });
  try {
    await page.goto(`${srv.origin}/demo/bench-scale.html`, { waitUntil: 'load' });
    await page.evaluate(() => customElements.whenDefined('layered-notice'));
    await page.evaluate(async (url) => {
      window.__payload = await (await fetch(url)).json();
    }, `/demo/bench-scale-${name}.json`);
    await page.waitForTimeout(300);
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const m0 = await metrics(cdp);
    const t = await page.evaluate(
      () =>
        new Promise((done, fail) => {
          const b = window.__bench;
          setTimeout(() => {
            performance.mark('bench:t0');
            const t0 = performance.now();
            const el = document.createElement('layered-notice');
            el.notice = window.__payload;
            document.getElementById('bench-host').append(el);
            const wait = () =>
              b.firstLayer !== null
                ? setTimeout(() => done({ t0, ready: b.ready, firstLayer: b.firstLayer, longtasks: b.longtasks.filter((l) => l.start >= t0 - 1) }), 500)
                : b.errors.length
                  ? fail(new Error(b.errors.join('; ')))
                  : setTimeout(wait, 20);
            wait();
          }, 0);
        }),
    );
    const cpu = cpuBetween(m0, await metrics(cdp));
    const out = { name, rate, ...scale[name], ...cpu, ms: t.firstLayer - t.t0, readyMs: t.ready - t.t0, longTasks: t.longtasks.length, longest: Math.max(0, ...t.longtasks.map((l) => l.duration)), tbt: totalBlockingTime(t.longtasks), heap: await heapAfterGc(cdp) };
    if (profile) out.profile = (await cdp.send('Profiler.stop')).profile;
    if (trace) out.trace = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
    return out;
  } finally {
    await context.close();
  }
}

/** Self time (JavaScript only) by original module and function, through the IIFE's source map, of a CPU profile. */
function profileByModule(profile) {
  const originalPosition = sourcePositions(JSON.parse(iifeMap));
  const inScript = (f) => f.url?.endsWith('/dist/layered-notice.iife.js');
  const native = (f) => (f.url ? `other script: ${f.url.replace(srv.origin, '')}` : /^\(/.test(f.functionName) ? f.functionName : `(native ${f.functionName || '?'})`);
  const byModule = profileSelfTime(profile, (f) => (inScript(f) ? moduleOf(originalPosition(f.lineNumber, f.columnNumber)?.source) : native(f)));
  const byFunction = profileSelfTime(profile, (f) => {
    if (!inScript(f)) return native(f);
    const pos = originalPosition(f.lineNumber, f.columnNumber);
    if (!pos) return '(bundle code with no source mapping)';
    return `${pos.name || f.functionName || '(anonymous)'} (${moduleOf(pos.source)}:${pos.line + 1})`;
  });
  return { byModule, byFunction };
}

/** The trace between two user-timing marks (null: from the start), summarised (see summarizeTrace). */
function traceBetween(events, fromMark, toMark) {
  const ts = (name) => events.find((e) => e.name === name && e.cat?.includes('blink.user_timing'))?.ts;
  const from = fromMark ? (ts(fromMark) ?? -Infinity) : -Infinity;
  const to = ts(toMark) ?? Infinity;
  return summarizeTrace(events, { from, to, origin: srv.origin });
}

if (!SKIP.has('scaling')) {
  log(`scaling: ${largest} (${seeds[largest].sections} sections) ×${FACTORS.join(', ×')}`);
  await renderScaled('1', { rate: 1 }); // warm-up, discarded
  // Unthrottled for the shape of the cost (CPU throttling adds noise of its own), then at ×THROTTLE for the phone's long tasks.
  const plan = [];
  for (let i = 0; i < SCALE_RUNS; i++) for (const name of ['1', '10', '1-stub', '10-stub']) plan.push([name, 1]);
  for (let i = 0; i < SCALE_100_RUNS; i++) plan.push(['100', 1], ['100-stub', 1]);
  for (let i = 0; i < SCALE_100_RUNS; i++) plan.push(['10', THROTTLE], ['100', THROTTLE], ['100-stub', THROTTLE]);
  for (const [name, rate] of plan) {
    try {
      const r = await renderScaled(name, { rate });
      results.scaling.push(r);
      if (r.factor === 100) log(`scaling ${name} ×${rate}: ${fmt(r.ms)} ms (ln-ready ${fmt(r.readyMs)}), longest task ${fmt(r.longest)} ms`);
    } catch (e) {
      results.scaling.push({ name, rate, error: e.message });
      log(`scaling ${name} ×${rate} failed: ${e.message}`);
    }
  }
  // One profiled and one traced 100× render, unthrottled (each instrument slows the other, so apart), and a traced stubbed one.
  const profiled = await renderScaled('100', { rate: 1, profile: true });
  results.profile100 = { ms: profiled.ms, ...profileByModule(profiled.profile) };
  // The seed itself (1×), five profiled renders added up: where a real notice's render task goes.
  const ones = [];
  for (let i = 0; i < 5; i++) ones.push(profileByModule((await renderScaled('1', { rate: 1, profile: true })).profile));
  const sum = (pick) => {
    const acc = new Map();
    for (const p of ones) for (const r of pick(p).rows) acc.set(r.key, (acc.get(r.key) ?? 0) + r.ms / ones.length);
    const rows = [...acc].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);
    return { rows, total: rows.reduce((t, r) => t + r.ms, 0) };
  };
  results.profile1 = { byModule: sum((p) => p.byModule), byFunction: sum((p) => p.byFunction) };
  results.trace100 = {};
  for (const name of ['100', '100-stub']) {
    const traced = await renderScaled(name, { rate: 1, trace: true });
    const t = traceBetween(traced.trace, 'bench:t0', 'bench:first-layer');
    results.trace100[name] = { ms: traced.ms, byCategory: t.byCategory, layouts: t.layouts, styles: t.styles, forced: t.forced.length };
  }
  log('scaling done');
}

// ---------------------------------------------------------------- start-up

/** Loads `path` at CPU ×THROTTLE and waits 1.5 s; with `trace`, also what the classic script did on the main thread. */
async function loadStartup(path, { trace = false, profile = false, rate = THROTTLE } = {}) {
  const { context, page, cdp } = await freshPage({ rate });
  try {
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    // 'v8' adds the compile events (verbose, so only here).
    if (trace) await browser.startTracing(page, { categories: [...TRACE_CATEGORIES, 'v8'] });
    await page.goto(srv.origin + path, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const b = await page.evaluate(() => ({ longtasks: window.__bench.longtasks, defined: typeof customElements.get('layered-notice') === 'function' }));
    const run = { path, rate, requests: requests.filter((r) => r !== '/demo/bench-blank.html'), defined: b.defined, longTasks: b.longtasks.length, longest: Math.max(0, ...b.longtasks.map((l) => l.duration)), heap: await heapAfterGc(cdp) };
    if (profile) run.profile = profileByModule((await cdp.send('Profiler.stop')).profile);
    if (trace) {
      const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
      const threads = mainThreads(events, srv.origin);
      const main = events.filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`));
      const ours = (e) => (e.args?.data?.url ?? e.args?.fileName ?? '').endsWith('/dist/layered-notice.iife.js');
      const evaluate = main.filter((e) => e.name === 'EvaluateScript' && ours(e));
      const end = Math.max(...evaluate.map((e) => e.ts + e.dur));
      run.evaluateMs = evaluate.reduce((sum, e) => sum + e.dur / 1000, 0);
      run.compileMs = main.filter((e) => e.name === 'v8.compile' && ours(e)).reduce((sum, e) => sum + e.dur / 1000, 0);
      run.streamed = main.some((e) => e.name === 'v8.compile' && ours(e) && e.args?.data?.streamed);
      // Any function of the script called after its evaluation (a timer, a listener, an observer).
      const after = main.filter((e) => e.ts > end && e.name === 'FunctionCall' && ours(e));
      run.callsAfter = after.length;
      run.callsAfterMs = after.reduce((sum, e) => sum + e.dur / 1000, 0);
      run.callsAfterNames = [...new Set(after.map((e) => e.args.data.functionName || '(anonymous)'))];
    }
    return run;
  } finally {
    await context.close();
  }
}

if (!SKIP.has('startup')) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    runs.push(await loadStartup('/demo/bench-startup.html', { trace: i === 0 }));
    runs.push(await loadStartup('/demo/bench-startup-control.html'));
  }
  // What the evaluation does: three profiled loads, unthrottled (the profiler's 50 µs sampling needs the CPU to itself).
  const profiles = [];
  for (let i = 0; i < 3; i++) profiles.push((await loadStartup('/demo/bench-startup.html', { profile: true, rate: 1 })).profile);
  // Layouts in the render path: one traced load of each seed's demo page, and of its static page.
  const layouts = [];
  for (const slug of slugs) {
    for (const kind of ['a', 'b']) {
      const { context, page } = await freshPage();
      try {
        await browser.startTracing(page, { categories: [...TRACE_CATEGORIES, 'disabled-by-default-devtools.timeline.stack'] });
        await page.goto(`${srv.origin}${kind === 'a' ? `/demo/bench-static-${slug}.html` : `/demo/${slug}.html`}`, { waitUntil: 'load' });
        if (kind === 'b') await page.waitForFunction(() => window.__bench.firstLayer !== null, null, { timeout: 30_000 });
        else await page.waitForTimeout(300);
        await page.evaluate(() => performance.mark('bench:end'));
        const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
        const t = traceBetween(events, null, kind === 'b' ? 'bench:first-layer' : 'bench:end');
        layouts.push({ slug, kind, layouts: t.layouts, styles: t.styles, forced: t.forced.length, forcedIn: t.forced.map((f) => `${f.name} in ${f.inside}${f.stack ? ` ${f.stack.functionName}@${f.stack.url?.split('/').pop()}:${f.stack.lineNumber}` : ''}`), byCategory: t.byCategory });
      } finally {
        await context.close();
      }
    }
  }
  const mean = (pick) => {
    const sum = new Map();
    for (const p of profiles) for (const r of pick(p).rows) sum.set(r.key, (sum.get(r.key) ?? 0) + r.ms / profiles.length);
    return [...sum].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);
  };
  results.startup = { runs, layouts, evalProfile: { byModule: mean((p) => p.byModule).slice(0, 15), byFunction: mean((p) => p.byFunction).slice(0, 25) } };
  log('start-up and layout checks done');
}

// ---------------------------------------------------------------- report

results.load.end = loadavg();
const med = (rows, key) => median(rows.map((r) => r[key]));
const compareRows = slugs.map((slug) => {
  const a = results.runs.filter((r) => r.slug === slug && r.kind === 'a');
  const b = results.runs.filter((r) => r.slug === slug && r.kind === 'b');
  const c = results.runs.filter((r) => r.slug === slug && r.kind === 'c');
  const m = (rows) => Object.fromEntries(['firstLayer', 'ready', 'fcp', 'lcp', 'tbt', 'longTasks', 'longest', 'heap', 'bytes', 'cpuMs', 'calib'].map((k) => [k, med(rows, k)]));
  return { slug, n: [a.length, b.length, c.length], sections: seeds[slug].sections, a: m(a), b: m(b), c: m(c) };
});

function compareMarkdown() {
  const head = `Chromium ${chromiumVersion} headless, CPU throttled ×${THROTTLE}, viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${RUNS} runs of each page per notice, interleaved a/b, each in a fresh browser context; medians. Script: ${build.iifeBytes} bytes, ${build.iifeGzip} gzip (sha256 ${build.iifeSha}, built ${build.iifeBuilt}; ${build.tree}). Run ${results.date}; load average (1 min) ${fmt(results.load.start[0], 1)} at the start and ${fmt(results.load.end[0], 1)} at the end, on 2 cores.`;
  const t1 = markdownTable(
    ['notice (sections)', 'a: first layer ms', 'b: first layer ms', 'b/a', 'a: LCP ms', 'b: LCP ms', 'b/a', 'b: ln-ready ms'],
    compareRows.map((r) => [`${r.slug} (${r.sections})`, fmt(r.a.firstLayer), fmt(r.b.firstLayer), fmt(ratio(r.a.firstLayer, r.b.firstLayer), 2), fmt(r.a.lcp), fmt(r.b.lcp), fmt(ratio(r.a.lcp, r.b.lcp), 2), fmt(r.b.ready)]),
  );
  const t2 = markdownTable(
    ['notice', 'a: TBT ms', 'b: TBT ms', 'a: long tasks', 'b: long tasks', 'a: longest ms', 'b: longest ms', 'a: main-thread CPU ms', 'b: main-thread CPU ms', 'a: heap MB', 'b: heap MB', 'b/a heap', 'a: bytes', 'b: bytes'],
    compareRows.map((r) => [r.slug, fmt(r.a.tbt), fmt(r.b.tbt), fmt(r.a.longTasks), fmt(r.b.longTasks), fmt(r.a.longest), fmt(r.b.longest), fmt(r.a.cpuMs), fmt(r.b.cpuMs), mb(r.a.heap), mb(r.b.heap), fmt(ratio(r.a.heap, r.b.heap), 2), fmt(r.a.bytes), fmt(r.b.bytes)]),
  );
  const t3 = markdownTable(
    ['notice', 'a: first layer ms', 'a: FCP ms', 'c: FCP ms (first layer)', 'c/a', 'c: LCP ms', 'c: ln-ready ms', 'c: TBT ms', 'c: bytes'],
    compareRows.map((r) => [r.slug, fmt(r.a.firstLayer), fmt(r.a.fcp), fmt(r.c.firstLayer), fmt(ratio(r.a.firstLayer, r.c.firstLayer), 2), fmt(r.c.lcp), fmt(r.c.ready), fmt(r.c.tbt), fmt(r.c.bytes)]),
  );
  const all = (kind, key) => median(compareRows.map((r) => r[kind][key]));
  const calib = `Throttling check: a fixed loop took ${fmt(results.calibBaseline, 1)} ms unthrottled, and a median ${fmt(median(results.runs.filter((r) => r.kind === 'a').map((r) => r.calib)), 1)} ms after the a runs and ${fmt(median(results.runs.filter((r) => r.kind === 'b').map((r) => r.calib)), 1)} ms after the b runs.`;
  const fails = results.failures?.length ? `\n\n${results.failures.length} runs failed and are left out: ${results.failures.join('; ')}` : '';
  return `${head}\n\n(a) static page from \`layered-notice render\`, (b) the demo page with the element. Times in ms from navigation start; main-thread CPU from CDP Performance.getMetrics ThreadTime over the whole load (the throttling inflates it too, equally for a and b); bytes as sent (gzip).\n\n${t1}\n\n${t2}\n\nMedian over the notices of the medians: first layer a ${fmt(all('a', 'firstLayer'))} ms, b ${fmt(all('b', 'firstLayer'))} ms; TBT a ${fmt(all('a', 'tbt'))} ms, b ${fmt(all('b', 'tbt'))} ms. ${calib}${fails}\n\n(c) the same demo page with the server-rendered embed (\`layered-notice render --embed\`) in place of the element, the script kept: the notice paints from the page itself, in a declarative shadow root, and the element takes over at ln-ready. Its first layer is its first contentful paint, since Element Timing does not see inside shadow roots.\n\n${t3}`;
}

function scalingMarkdown() {
  if (!results.scaling.length) return '_scaling not run_';
  const ok = results.scaling.filter((r) => !r.error);
  const cell = (name, rate) => {
    const rs = ok.filter((r) => r.name === name && r.rate === rate);
    if (!rs.length) return null;
    const ms = med(rs, 'ms');
    const cpuMs = med(rs, 'cpuMs');
    return { n: rs.length, ms, readyMs: med(rs, 'readyMs'), perSection: ms / scale[name].sections, cpuMs, cpuPerSection: cpuMs / scale[name].sections, layoutCpuMs: med(rs, 'layoutCpuMs'), styleCpuMs: med(rs, 'styleCpuMs'), longest: Math.max(...rs.map((r) => r.longest)), longTasks: med(rs, 'longTasks'), heap: med(rs, 'heap') };
  };
  const names = Object.keys(scale);
  const one = Object.fromEntries(names.map((n) => [n, cell(n, 1)]));
  const phone = Object.fromEntries(names.map((n) => [n, cell(n, THROTTLE)]));
  const label = (n) => `${scale[n].factor}×${scale[n].stub ? ', bodies stubbed' : ''}`;
  const table1 = markdownTable(
    ['payload', 'sections', 'JSON bytes', 'runs', 'render ms', 'of which to ln-ready', 'main-thread CPU ms', 'of which layout / style', 'CPU ms per section', 'longest task ms', 'heap MB'],
    names.filter((n) => one[n]).map((n) => [label(n), scale[n].sections, scale[n].bytes, one[n].n, fmt(one[n].ms), fmt(one[n].readyMs), fmt(one[n].cpuMs), `${fmt(one[n].layoutCpuMs)} / ${fmt(one[n].styleCpuMs)}`, fmt(one[n].cpuPerSection, 2), fmt(one[n].longest), mb(one[n].heap)]),
  );
  const table4 = markdownTable(
    ['payload', 'runs', 'render ms', 'of which to ln-ready', 'ms per section', 'long tasks', 'longest task ms (max of runs)'],
    names.filter((n) => phone[n]).map((n) => [label(n), phone[n].n, fmt(phone[n].ms), fmt(phone[n].readyMs), fmt(phone[n].perSection, 2), fmt(phone[n].longTasks), fmt(phone[n].longest)]),
  );
  const growth = ratio(one['10']?.cpuPerSection, one['100']?.cpuPerSection);
  const growthWall = ratio(one['10']?.perSection, one['100']?.perSection);
  const marginal = (k1, k2) => (one[k2].cpuMs - one[k1].cpuMs) / (scale[k2].sections - scale[k1].sections);
  const marginalRatio = ratio(marginal('1', '10'), marginal('10', '100'));
  // Linear: the cost of an added section stays within a factor of 2 from 10× to 100×, and the
  // per-section cost does not grow by more than 2 (a fall is fixed costs being spread).
  const linear = growth <= 2 && marginalRatio >= 0.5 && marginalRatio <= 2;
  const saved = (k, key = 'cpuMs', table = one) => 1 - table[`${k}-stub`][key] / table[k][key];
  const over200 = names.filter((n) => phone[n]?.longest > 200 || one[n]?.longest > 200);
  const lines = [
    `Base: ${largest} (${seeds[largest].sections} sections, ${seeds[largest].jsonBytes} bytes as authored), its sections repeated with new ids. Set through the \`notice\` property (the 100× payload is over the element's 512 KB limit for \`src\`). "render ms": wall time from appending the element to the second animation frame after \`ln-ready\`; "to ln-ready": validation, template rendering and DOM insertion; the rest is style, layout and paint. "main-thread CPU ms": CDP Performance.getMetrics ThreadTime over the same span plus 0.5 s (the renderer's main thread only, so not stretched when the busy machine takes the core away, which wall time is); layout and style are that CPU time's LayoutDuration and RecalcStyleDuration. "bodies stubbed": every section body cut to one short paragraph, what the element would render up front if closed sections rendered their content only when opened.`,
    '',
    'Unthrottled (CPU ×1), for the shape of the cost:',
    '',
    table1,
    '',
    `At CPU ×${THROTTLE} (cheap phone):`,
    '',
    table4,
    '',
    `- Linearity (unthrottled main-thread CPU): per section, 100× / 10× = ${fmt(growth, 2)} (wall time ${fmt(growthWall, 2)}); per added section (marginal), ${fmt(marginal('1', '10'), 2)} ms from 1× to 10× and ${fmt(marginal('10', '100'), 2)} ms from 10× to 100×, a ratio of ${fmt(marginalRatio, 2)}. ${linear ? `Within a factor of 2: the cost grows about linearly (the per-section figure falls with size because the fixed cost of a render, most of the 1× figure of ${fmt(one['1'].cpuMs)} ms, is spread over more sections).` : 'NOT within a factor of 2: the cost does not grow linearly.'}`,
    `- Longest long task at 100×: ${fmt(phone['100']?.longest)} ms at CPU ×${THROTTLE}, ${fmt(one['100']?.longest)} ms unthrottled. ${over200.length ? `Long tasks over 200 ms: ${over200.map(label).join('; ')}.` : 'No long task over 200 ms.'}`,
    `- Stubbing the bodies (an estimate of lazy rendering of closed sections): main-thread CPU ${fmt(saved('10') * 100)}% less at 10× and ${fmt(saved('100') * 100)}% less at 100× unthrottled (${fmt(one['100'].cpuMs)} → ${fmt(one['100-stub'].cpuMs)} ms; wall time to ln-ready ${fmt(saved('100', 'readyMs') * 100)}% shorter)${phone['100-stub'] ? `; at CPU ×${THROTTLE} the 100× longest task (max of ${phone['100'].n} runs) goes from ${fmt(phone['100'].longest)} to ${fmt(phone['100-stub'].longest)} ms` : ''}.`,
  ];
  if (results.trace100) {
    const cat = (t) => ['script', 'gc', 'style', 'layout', 'paint', 'other'].map((c) => `${c} ${fmt(t.byCategory[c])}`).join(', ');
    lines.push('', 'Main-thread time by kind in one traced 100× render, unthrottled (ms; gc is also counted inside script):', '');
    for (const [name, t] of Object.entries(results.trace100)) lines.push(`- ${label(name)}: ${fmt(t.ms)} ms in all: ${cat(t)}; ${t.layouts} layout${t.layouts === 1 ? '' : 's'} and ${t.styles} style recalc${t.styles === 1 ? '' : 's'}, ${t.forced} of them forced by script.`);
  }
  const profileTables = (p, what) => {
    const js = p.byModule.rows.filter((r) => !/^\((program|idle)\)$/.test(r.key));
    const jsTotal = js.reduce((sum, r) => sum + r.ms, 0);
    return [
      `${what} JavaScript self time by module, through the script's source map (\`(program)\`, native time such as style and layout, left out; \`(garbage collector)\` kept):`,
      '',
      markdownTable(['module', 'self ms', 'share of JS'], js.slice(0, 10).map((r) => [r.key, fmt(r.ms, 1), `${fmt((r.ms / jsTotal) * 100)}%`])),
      '',
      'Top functions:',
      '',
      markdownTable(['function (module:line)', 'self ms'], p.byFunction.rows.filter((r) => !/^\((program|idle)\)$/.test(r.key)).slice(0, 12).map((r) => [r.key.replace(/\|/g, '\\|'), fmt(r.ms, 1)])),
    ];
  };
  if (results.profile1) lines.push('', ...profileTables(results.profile1, `CPU profile of the 1× render (the seed itself), unthrottled, mean of 5 profiled renders.`));
  if (results.profile100) lines.push('', ...profileTables(results.profile100, `CPU profile of one 100× render, unthrottled (${fmt(results.profile100.ms)} ms with the profiler on).`));
  return lines.join('\n');
}

function preloadMarkdown() {
  const rows = (results.preload ?? []).filter((r) => !r.error);
  if (!rows.length) return '_preload experiment not run_';
  const without = rows.filter((r) => !r.preload);
  const withIt = rows.filter((r) => r.preload);
  const m = (rs, k) => med(rs, k);
  return [
    `The ${largest} demo page, with and without \`<link rel="preload" href="notices/${largest}.json" as="fetch" crossorigin>\` in its head, ${without.length} + ${withIt.length} runs interleaved, CPU ×${THROTTLE} and DevTools' "Slow 4G" network emulation (${SLOW_4G.latency} ms added to each request, 1.44 Mbit/s down); medians:`,
    '',
    markdownTable(
      ['page', 'first layer ms', 'ln-ready ms', 'LCP ms', 'TBT ms', 'bytes'],
      [
        ['without preload', fmt(m(without, 'firstLayer')), fmt(m(without, 'ready')), fmt(m(without, 'lcp')), fmt(m(without, 'tbt')), fmt(m(without, 'bytes'))],
        ['with preload', fmt(m(withIt, 'firstLayer')), fmt(m(withIt, 'ready')), fmt(m(withIt, 'lcp')), fmt(m(withIt, 'tbt')), fmt(m(withIt, 'bytes'))],
      ],
    ),
    '',
    `The preload saves ${fmt(m(without, 'firstLayer') - m(withIt, 'firstLayer'))} ms of the median first layer (${fmt((1 - m(withIt, 'firstLayer') / m(without, 'firstLayer')) * 100)}%). ${m(withIt, 'bytes') > m(without, 'bytes') * 1.05 ? 'MORE bytes are sent with it: the payload was fetched twice (the preload was not used).' : "The same bytes are sent: the element's fetch used the preloaded response."}`,
  ].join('\n');
}

function startupMarkdown() {
  const s = results.startup;
  if (!s) return '_start-up not run_';
  const withScript = s.runs.filter((r) => r.path === '/demo/bench-startup.html');
  const control = s.runs.filter((r) => r.path !== '/demo/bench-startup.html');
  const traced = withScript.find((r) => r.evaluateMs !== undefined);
  const reqs = [...new Set(withScript.flatMap((r) => r.requests))];
  const list = (rs, key, d = 0) => rs.map((r) => fmt(r[key], d)).join(', ');
  const lines = [
    `The ${largest} demo page less its \`<layered-notice>\`, with the classic script (${withScript.length} loads) and without it (control, ${control.length} loads), CPU ×${THROTTLE}, each watched for 1.5 s after load:`,
    '',
    `- \`customElements.get('layered-notice')\` defined: ${withScript.every((r) => r.defined) ? 'yes, in every load' : 'NO in some loads'}.`,
    `- Requests: ${reqs.map((r) => `\`${r}\``).join(', ')}: ${reqs.some((r) => /\.json$/.test(r)) ? 'a JSON request WAS made' : 'no payload or locale fetch'}.`,
    `- Long tasks with the script: ${list(withScript, 'longTasks')} (longest ${list(withScript, 'longest')} ms); control without it: ${list(control, 'longTasks')} (longest ${list(control, 'longest')} ms).`,
    traced ? `- The script's own work (traced load): compile ${fmt(traced.compileMs, 1)} ms on the main thread${traced.streamed ? ' (streamed: parsed off the main thread while downloading)' : ''}, evaluation ${fmt(traced.evaluateMs, 1)} ms; then ${traced.callsAfter} calls of its functions (${fmt(traced.callsAfterMs, 1)} ms${traced.callsAfterNames.length ? `: ${traced.callsAfterNames.join(', ')}` : ''}) in the next 1.5 s.` : null,
    `- Heap after GC: ${mb(median(withScript.map((r) => r.heap)))} MB with the script, ${mb(median(control.map((r) => r.heap)))} MB without.`,
    s.evalProfile ? `- What the evaluation runs (JavaScript self time, unthrottled, mean of 3 profiled loads, through the source map): ${s.evalProfile.byModule.filter((r) => r.key.startsWith('src/') || !/^[(]|^other script/.test(r.key)).slice(0, 6).map((r) => `${r.key} ${fmt(r.ms, 1)} ms`).join(', ')}; busiest functions: ${s.evalProfile.byFunction.filter((r) => !/^[(]|^other script/.test(r.key)).slice(0, 5).map((r) => `${r.key.replace(/\|/g, '\\|')} ${fmt(r.ms, 1)} ms`).join(', ')}.` : null,
    '',
    'Layouts and style recalcs during the first render (one traced load of each page at CPU ×' + THROTTLE + ': b from navigation to the second frame after `ln-ready`, a to 300 ms after its load event), and those forced by script (a Layout or UpdateLayoutTree event inside a script event or carrying a JS stack: a forced synchronous layout); main-thread time of b by kind:',
    '',
    markdownTable(
      ['notice', 'a: layouts / styles', 'a: forced', 'b: layouts / styles', 'b: forced', 'b: script ms', 'b: style ms', 'b: layout ms', 'b: paint ms'],
      slugs.map((slug) => {
        const a = s.layouts.find((l) => l.slug === slug && l.kind === 'a');
        const b = s.layouts.find((l) => l.slug === slug && l.kind === 'b');
        return [slug, a ? `${a.layouts} / ${a.styles}` : '–', a?.forced ?? '–', b ? `${b.layouts} / ${b.styles}` : '–', b ? `${b.forced}${b.forcedIn.length ? ` (${b.forcedIn.join('; ')})` : ''}` : '–', fmt(b?.byCategory.script), fmt(b?.byCategory.style), fmt(b?.byCategory.layout), fmt(b?.byCategory.paint)];
      }),
    ),
  ];
  return lines.filter((l) => l !== null).join('\n');
}

const compareMd = results.runs.length ? compareMarkdown() : '_comparison not run_';
const scalingMd = scalingMarkdown();
const startupMd = startupMarkdown();
const preloadMd = preloadMarkdown();
console.log(`\n${compareMd}\n\n${preloadMd}\n\n${scalingMd}\n\n${startupMd}\n`);

if (WRITE) {
  mkdirSync(OUT, { recursive: true });
  const stamp = '<!-- Written by `npm run bench` (scripts/bench.mjs); edit that, not this. -->';
  if (results.runs.length) {
    writeFileSync(join(OUT, 'results.md'), `${stamp}\n# Benchmark results\n\n${compareMd}\n`);
    const svg = barChartSvg({
      title: `Time to the first layer painted, median of ${RUNS} runs, CPU ×${THROTTLE}`,
      yLabel: 'ms from navigation start',
      groups: compareRows.map((r) => ({ label: r.slug, values: [r.a.firstLayer, r.b.firstLayer] })),
      series: [
        { name: '(a) static HTML (render)', color: '#1d70b8' },
        { name: '(b) <layered-notice> widget', color: '#d4351c' },
      ],
    });
    writeFileSync(join(OUT, 'chart.svg'), svg);
    await svgToPng(browser, svg, join(OUT, 'chart.png'));
  }
  if (results.scaling.length) writeFileSync(join(OUT, 'scaling.md'), `${stamp}\n# Scaling\n\n${scalingMd}\n`);
  if (results.startup) writeFileSync(join(OUT, 'startup.md'), `${stamp}\n# Start-up and layouts\n\n${startupMd}\n`);
  if (results.preload) writeFileSync(join(OUT, 'preload.md'), `${stamp}\n# Preloading the payload\n\n${preloadMd}\n`);
  const raw = { ...results, startup: results.startup && { ...results.startup, runs: results.startup.runs.map(({ profile, ...r }) => r) }, scaling: results.scaling.map(({ profile, trace, ...r }) => r), profile100: results.profile100 && { ms: results.profile100.ms, byModule: results.profile100.byModule, byFunction: { total: results.profile100.byFunction.total, rows: results.profile100.byFunction.rows.slice(0, 40) } }, profile1: results.profile1 && { byModule: results.profile1.byModule, byFunction: { total: results.profile1.byFunction.total, rows: results.profile1.byFunction.rows.slice(0, 40) } } };
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(raw, null, 1) + '\n');
  if (existsSync('docs/performance.md')) {
    let doc = readFileSync('docs/performance.md', 'utf8');
    for (const [name, md, ran] of [['results', compareMd, results.runs.length], ['preload', preloadMd, results.preload], ['scaling', scalingMd, results.scaling.length], ['startup', startupMd, results.startup]]) {
      if (ran && doc.includes(`<!-- bench:${name} -->`)) doc = replaceBetweenMarkers(doc, name, md);
    }
    writeFileSync('docs/performance.md', doc);
  }
  log(`wrote ${OUT}/ and docs/performance.md`);
}

await browser.close();
await srv.close();
log('done');
