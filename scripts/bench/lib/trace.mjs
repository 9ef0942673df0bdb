// Main-thread work by kind, and forced layouts, from a Chromium trace.

/** What each trace event name counts as; an event inside another counted one is not counted again (GC aside). */
export const TRACE_CATEGORIES = {
  script: [
    'FunctionCall',
    'EvaluateScript',
    'v8.callFunction',
    'V8.Execute',
    'RunMicrotasks',
    'TimerFire',
    'EventDispatch',
    'FireAnimationFrame',
    'FireIdleCallback',
    'v8.run',
    'v8.evaluateModule',
    'v8.compile',
    'XHRReadyStateChange',
  ],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers', 'PaintImage'],
  parse: ['ParseHTML'],
  other: ['HitTest', 'IntersectionObserverController::computeIntersections'],
};
const CATEGORY_OF = new Map(Object.entries(TRACE_CATEGORIES).flatMap(([c, names]) => names.map((n) => [n, c])));
const isGc = (name) =>
  name === 'MinorGC' ||
  name === 'MajorGC' ||
  name === 'V8.GC_SCAVENGER' ||
  name === 'V8.GC_MARK_COMPACTOR' ||
  name === 'V8.GC_MC_INCREMENTAL' ||
  name === 'BlinkGC.AtomicPhase';

/**
 * Renderer main threads (`CrRendererMain`, as "pid:tid") from the trace's metadata
 * events; with `origin`, only the page's: those that parsed a document from it or
 * recorded a `bench:` user-timing mark (not Chromium's own WebUI renderers, which
 * headless Chromium also runs).
 */
export function mainThreads(events, origin) {
  const all = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  if (!origin) return all;
  const page = new Set(
    events
      .filter(
        (e) =>
          (e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(origin)) ||
          (e.cat?.includes('blink.user_timing') && e.name?.startsWith('bench:')),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return new Set([...all].filter((t) => page.has(t)));
}

/**
 * Summarises the main-thread trace events with a duration (`ph: 'X'`) that start in
 * [from, to] (trace µs): milliseconds per category (script, style, layout, paint,
 * parse, other; an event inside another counted event is not counted again), GC
 * wherever it happens (also inside script), the number of Layout and style-recalc
 * (UpdateLayoutTree) events, and those of them nested in script or carrying a JS
 * stack: forced synchronous layouts and style recalcs. Nesting is per thread.
 */
export function summarizeTrace(events, { from = -Infinity, to = Infinity, origin } = {}) {
  const threads = mainThreads(events, origin);
  const slices = events
    .filter((e) => e.ph === 'X' && threads.has(`${e.pid}:${e.tid}`) && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const byCategory = Object.fromEntries([...Object.keys(TRACE_CATEGORIES), 'gc'].map((c) => [c, 0]));
  let layouts = 0;
  let styles = 0;
  const forced = [];
  const stacks = new Map();
  for (const e of slices) {
    const thread = `${e.pid}:${e.tid}`;
    if (!stacks.has(thread)) stacks.set(thread, []);
    const open = stacks.get(thread);
    while (open.length && open.at(-1).ts + (open.at(-1).dur ?? 0) <= e.ts) open.pop();
    const ms = (e.dur ?? 0) / 1000;
    if (e.name === 'Layout' || e.name === 'UpdateLayoutTree') {
      if (e.name === 'Layout') layouts++;
      else styles++;
      const js = open.find((o) => CATEGORY_OF.get(o.name) === 'script');
      const stack = e.args?.beginData?.stackTrace?.[0] ?? e.args?.data?.stackTrace?.[0];
      if (js || stack)
        forced.push({
          name: e.name,
          ts: e.ts,
          ms,
          inside: js ? `${js.name}${js.args?.data?.url ? ` ${js.args.data.url.split('/').pop()}` : ''}` : 'stack',
          stack,
        });
    }
    const category = CATEGORY_OF.get(e.name);
    if (category && !open.some((o) => CATEGORY_OF.has(o.name))) byCategory[category] += ms;
    if (isGc(e.name) && !open.some((o) => isGc(o.name))) byCategory.gc += ms;
    open.push(e);
  }
  return { byCategory, layouts, styles, forced };
}
