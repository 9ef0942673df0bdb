#!/usr/bin/env node
/**
 * What fills each long task of a demo page's load: `npm run bench:tasks` (options after `--`).
 * Loads each page once in Debian's Chromium at CPU ×4 with a trace that holds the CPU
 * profile, and prints every main-thread task over 50 ms (`--min`) from navigation to 500 ms
 * after the notice's first layer: its length, what kind of work fills it (script,
 * style, layout, paint, parse, GC), and the functions with most self time in it,
 * named through the classic script's source map. Read it before splitting work.
 *
 * Options:
 *   --only a,b     only these demo notices (slugs)
 *   --page KIND    client (default: demo/<slug>.html), static (the same notice as static HTML), ssr (the render --embed page),
 *                  inline (the payload inline), preload (a preload of the payload), scale-100
 *                  (the largest seed ×100 set through `notice`)
 *   --rate N       CPU slow-down (default 4)
 *   --top N        functions listed per task (default 8)
 *   --events       also the trace events each task is made of, in order
 *   --min MS       list tasks longer than this (default 50: the long tasks)
 *   --root DIR     trace the build in DIR (an export of another commit, built) rather than this one
 *
 * Needs `npm run build` first. Not part of `npm test`: the figures depend on the machine.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { loadavg } from 'node:os';
import { readOptions, repo, SETTLE_MS, TRACE_CATEGORIES } from './options.mjs';
import { prepare } from './fixtures.mjs';
import { openSession } from './session.mjs';
import { mainThreads, summarizeTrace } from './lib/trace.mjs';
import { profileSamplesFromTrace, tasksOver } from './lib/long-tasks.mjs';
import { moduleOf, sourcePositions } from './lib/source-map.mjs';
import { inPage, untilInPage } from './lib/in-page.mjs';
import { ELEMENT_SETTLED } from './browser.mjs';

const callerDir = process.cwd();
process.chdir(repo);
const { values: opt } = parseArgs({
  options: {
    only: { type: 'string' },
    page: { type: 'string', default: 'client' },
    rate: { type: 'string', default: '4' },
    top: { type: 'string', default: '8' },
    events: { type: 'boolean', default: false },
    min: { type: 'string', default: '50' },
    root: { type: 'string' },
  },
});
const rate = Number(opt.rate);
const top = Number(opt.top);
const min = Number(opt.min);
if (!(min >= 0)) {
  console.error(`--min ${opt.min}: give a number of milliseconds, 0 or more (50 lists the long tasks).`);
  process.exit(2);
}
// --root as the caller wrote it: relative to where the command ran, not to the repository this script moved to.
const options = readOptions([...(opt.only ? ['--only', opt.only] : []), ...(opt.root ? ['--root', resolve(callerDir, opt.root)] : [])]);
const fixtures = prepare(options);
const session = await openSession({ root: options.root, fixtures });
const { srv, browser, freshPage } = session;
const originalPosition = sourcePositions(JSON.parse(fixtures.iifeMap));
const nameOf = (frame) => {
  if (!frame.url) return frame.functionName || '(program)';
  if (!frame.url.endsWith('/dist/layered-notice.iife.js'))
    return `${frame.functionName || '(anonymous)'} (${frame.url.replace(srv.origin, '')})`;
  const pos = originalPosition(frame.lineNumber, frame.columnNumber);
  return pos ? `${pos.name || frame.functionName || '(anonymous)'} (${moduleOf(pos.source)}:${pos.line + 1})` : '(unmapped)';
};

const PAGES = {
  client: (slug) => `/demo/${slug}.html`,
  static: (slug) => `/demo/bench-static-${slug}.html`,
  ssr: (slug) => `/demo/bench-ssr-${slug}.html`,
  inline: (slug) => `/demo/bench-inline-${slug}.html`,
  preload: (slug) => `/demo/bench-preload-${slug}.html`,
};

console.log(`Chromium ${session.chromiumVersion}, CPU ×${rate}, load average ${loadavg()[0].toFixed(1)}, script ${fixtures.build.iifeSha}`);
const cases = opt.page === 'scale-100' ? [['scale-100', null]] : fixtures.slugs.map((slug) => [slug, PAGES[opt.page](slug)]);
for (const [label, path] of cases) {
  const { context, page, cdp } = await freshPage({ rate });
  try {
    await browser.startTracing(page, {
      categories: [...TRACE_CATEGORIES, 'toplevel', 'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-devtools.timeline.stack'],
    });
    if (path) {
      await page.goto(srv.origin + path, { waitUntil: 'load' });
    } else {
      await page.goto(`${srv.origin}/demo/bench-scale.html`, { waitUntil: 'load' });
      // Through CDP too: the trace is on (lib/in-page.mjs).
      await inPage(cdp, "customElements.whenDefined('layered-notice').then(() => true)");
      await inPage(cdp, "fetch('/demo/bench-scale-100.json').then((r) => r.json()).then((p) => void (window.__payload = p))");
      await page.waitForTimeout(300);
      await inPage(
        cdp,
        `void setTimeout(() => {
          const el = document.createElement('layered-notice');
          el.notice = window.__payload;
          document.getElementById('bench-host').append(el);
        })`,
      );
    }
    // A static page has no element: its notice is there once the page has loaded.
    if (opt.page !== 'static') await untilInPage(cdp, ELEMENT_SETTLED, 60_000);
    await page.waitForTimeout(SETTLE_MS);
    const observed = await inPage(cdp, 'window.__bench.longtasks');
    const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
    const threads = mainThreads(events, srv.origin);
    const samples = profileSamplesFromTrace(events, threads);
    const tasks = tasksOver(events, threads, min);
    console.log(`\n${label}: ${tasks.length} task(s) over ${min} ms in the trace`);
    // What the page itself sees (the Long Tasks API, as the bench counts them): tasks of rendering alone may be left out.
    console.log(`  Long Tasks API: ${observed.map((t) => `${t.duration.toFixed(0)} ms at +${t.start.toFixed(0)}`).join('; ') || 'none'}`);
    for (const task of tasks) {
      const { byCategory, forced } = summarizeTrace(events, { from: task.ts, to: task.ts + task.dur, origin: srv.origin });
      const kinds = Object.entries(byCategory)
        .filter(([, ms]) => ms >= 1)
        .map(([k, ms]) => `${k} ${ms.toFixed(0)}`)
        .join(', ');
      console.log(`  ${(task.dur / 1000).toFixed(0)} ms at +${((task.ts - samples.navigationTs) / 1000).toFixed(0)} ms: ${kinds}`);
      // With --events: the task's trace events one level down, in order (what ran, what followed it).
      if (opt.events) {
        const inside = events
          .filter(
            (e) =>
              e.ph === 'X' &&
              threads.has(`${e.pid}:${e.tid}`) &&
              e.ts >= task.ts &&
              e.ts < task.ts + task.dur &&
              e.dur >= 1000 &&
              !/RunTask|MicrotaskCheckpoint/.test(e.name),
          )
          .sort((a, b) => a.ts - b.ts);
        let end = -Infinity;
        for (const e of inside) {
          if (e.ts < end) continue;
          end = e.ts + e.dur;
          const what = e.args?.data?.url ?? e.args?.beginData?.url ?? e.args?.data?.type ?? e.args?.data?.functionName ?? '';
          console.log(
            `    +${((e.ts - task.ts) / 1000).toFixed(0).padStart(4)} ms ${e.name} ${(e.dur / 1000).toFixed(0)} ms ${String(what).replace(srv.origin, '')}`,
          );
        }
      }
      // Style and layout that script forced, with the script's frame where the trace has it.
      for (const f of forced)
        console.log(
          `    forced ${f.name} ${f.ms.toFixed(0)} ms in ${f.inside}${f.stack ? ` from ${f.stack.functionName || '(anonymous)'} ${f.stack.url?.split('/').pop()}:${f.stack.lineNumber}:${f.stack.columnNumber}` : ''}`,
        );
      const self = new Map();
      const modules = new Map();
      for (const s of samples.within(task.ts, task.ts + task.dur)) {
        const key = nameOf(s.frame);
        self.set(key, (self.get(key) ?? 0) + s.ms);
        const module = /\((.+?)(:\d+)?\)$/.exec(key)?.[1] ?? key;
        modules.set(module, (modules.get(module) ?? 0) + s.ms);
      }
      const byModule = [...modules].sort((a, b) => b[1] - a[1]).slice(0, top);
      console.log(`    by module: ${byModule.map(([m, ms]) => `${m} ${ms.toFixed(0)}`).join(', ')}`);
      for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
        console.log(`      ${ms.toFixed(1).padStart(6)} ms  ${key}`);
    }
  } finally {
    await context.close();
  }
}
await session.close();
