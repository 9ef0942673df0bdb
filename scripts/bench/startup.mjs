/**
 * Start-up: the largest seed's page without its element, with and without the classic
 * script (what loading the script alone costs), and the layouts in each seed's render path.
 */
// The functions given to page.evaluate() run in the page, with its globals.
/* global window, customElements */
import { inPage, untilInPage } from './lib/in-page.mjs';
import { mainThreads } from './lib/trace.mjs';
import { THROTTLE, TRACE_CATEGORIES } from './options.mjs';

/** `{ runs, layouts, evalProfile }`. */
export async function startupExperiment(session, { slugs }, options, log) {
  const { srv, browser, freshPage, heapAfterGc, profileByModule, traceBetween } = session;
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
      const b = await page.evaluate(() => ({
        longtasks: window.__bench.longtasks,
        defined: typeof customElements.get('layered-notice') === 'function',
      }));
      const run = {
        path,
        rate,
        requests: requests.filter((r) => r !== '/demo/bench-blank.html'),
        defined: b.defined,
        longTasks: b.longtasks.length,
        longest: Math.max(0, ...b.longtasks.map((l) => l.duration)),
        heap: await heapAfterGc(cdp),
      };
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
      const { context, page, cdp } = await freshPage();
      try {
        await browser.startTracing(page, { categories: [...TRACE_CATEGORIES, 'disabled-by-default-devtools.timeline.stack'] });
        await page.goto(`${srv.origin}${kind === 'a' ? `/demo/bench-static-${slug}.html` : `/demo/${slug}.html`}`, { waitUntil: 'load' });
        if (kind === 'b') await untilInPage(cdp, 'window.__bench.firstLayer !== null');
        else await page.waitForTimeout(300);
        await inPage(cdp, "void performance.mark('bench:end')");
        const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
        const t = traceBetween(events, null, kind === 'b' ? 'bench:first-layer' : 'bench:end');
        layouts.push({
          slug,
          kind,
          layouts: t.layouts,
          styles: t.styles,
          forced: t.forced.length,
          forcedIn: t.forced.map(
            (f) =>
              `${f.name} in ${f.inside}${f.stack ? ` ${f.stack.functionName}@${f.stack.url?.split('/').pop()}:${f.stack.lineNumber}` : ''}`,
          ),
          byCategory: t.byCategory,
        });
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
  log('start-up and layout checks done');
  return {
    runs,
    layouts,
    evalProfile: { byModule: mean((p) => p.byModule).slice(0, 15), byFunction: mean((p) => p.byFunction).slice(0, 25) },
  };
}
