/**
 * Pure helpers of the benchmark (scripts/bench.mjs): statistics, the pages and
 * payloads it builds, the chart, source-map and profile/trace summaries, and the
 * markdown it writes. No I/O here, so test/node/bench.test.mjs can check them.
 */
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

// ------------------------------------------------------------------ statistics

/** The q-quantile (0..1) of the finite numbers in `xs`, linearly interpolated; NaN when there are none. */
export function quantile(xs, q) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (xs) => quantile(xs, 0.5);

/** Total blocking time: the part of each long task over 50 ms, added up. */
export const totalBlockingTime = (tasks) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

/** Long tasks (`{start, duration}`) that start inside [from, to]. */
export const tasksBetween = (tasks, from, to) => tasks.filter((t) => t.start >= from && t.start <= to);

/** `b / a`, or NaN when either side is missing or a is 0. */
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && a !== 0 ? b / a : NaN);

/** A number for a table: fixed digits, '–' for NaN/undefined. */
export const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/** Bytes as MB with two decimals. */
export const mb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1e6).toFixed(2) : '–');

// ------------------------------------------------------------------ pages

/**
 * The static page `layered-notice render` wrote, put where the demo page has its
 * `<layered-notice>`: the same site header, footer, site.css and head, less the
 * element's script. The render's own `body{}` rule is dropped (the site styles the
 * body), `<main class="notice">` becomes a `<div>` (the site page has its own
 * `<main>`), headings move one level down (the page's `<h1>Privacy</h1>` stays the
 * only h1, as the element's heading-level 2 does), and the at-a-glance heading gets
 * `elementtiming="ln-first-layer"` so an Element Timing observer reports its paint.
 */
export function embedStatic(rendered, demoPage, { mark = 'ln-first-layer' } = {}) {
  const css = /<style>([\s\S]*?)<\/style>/.exec(rendered)?.[1] ?? '';
  const main = /<main class="notice">[\s\S]*<\/main>/.exec(rendered)?.[0];
  if (!main) throw new Error('embedStatic: the rendered page has no <main class="notice">');
  const pageCss = css.replace(/(^|\n)body\{[^}]*\}/, '').trim();
  let notice = main.replace(/^<main/, '<div').replace(/<\/main>$/, '</div>');
  notice = notice.replace(/<(\/?)h([1-5])(?=[\s>])/g, (_, slash, n) => `<${slash}h${Number(n) + 1}`);
  let marked = false;
  notice = notice.replace(/<h(\d) id="([^"]*-glance)"/, (m, n, id) => ((marked = true), `<h${n} id="${id}" elementtiming="${mark}"`));
  if (!marked) throw new Error('embedStatic: no at-a-glance heading (id="…-glance") in the rendered page');
  const element = /<layered-notice\b[\s\S]*?<\/layered-notice>/;
  if (!element.test(demoPage)) throw new Error('embedStatic: the demo page has no <layered-notice> element');
  return demoPage
    .replace(/[ \t]*<!-- The embed[^\n]*\n/, '')
    .replace(/[ \t]*<script src="[^"]*layered-notice[^"]*\.js"[^>]*><\/script>\n?/, '')
    .replace('</head>', `  <style>${pageCss}</style>\n</head>`)
    .replace(element, () => notice);
}

/** The demo page with its `<layered-notice>` made by script instead (for `notice`-property runs). */
export function scalingPage(demoPage) {
  return demoPage.replace(/[ \t]*<layered-notice\b[\s\S]*?<\/layered-notice>\n?/, '    <div id="bench-host"></div>\n');
}

/**
 * A page with the classic script and no element at all (the start-up check); with
 * `script: false`, the same page without the script either (its control).
 */
export function startupPage(demoPage, { script = true } = {}) {
  const page = scalingPage(demoPage).replace(/[ \t]*<div id="bench-host"><\/div>\n?/, '');
  return script
    ? page
    : page.replace(/[ \t]*<!-- The embed[^\n]*\n/, '').replace(/[ \t]*<script src="[^"]*layered-notice[^"]*\.js"[^>]*><\/script>\n?/, '');
}

/** `page` with `<link rel="preload" href="${href}" as="fetch" crossorigin>` first in its head (the README's advice). */
export function withPreload(page, href) {
  if (!/<head>\n?/.test(page)) throw new Error('withPreload: the page has no <head>');
  return page.replace(/<head>\n?/, (m) => `${m}  <link rel="preload" href="${href}" as="fetch" crossorigin>\n`);
}

// ------------------------------------------------------------------ payloads

/**
 * `notice` with its sections repeated `factor` times: copy k of a section gets the id
 * `<id>-x<k>` (copy 1 keeps the original), so every id stays unique. The rest of the
 * payload is unchanged, so the cost that grows is the sections' (and the index's).
 */
export function scaleNotice(notice, factor) {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`scaleNotice: factor must be a positive integer, got ${factor}`);
  const sections = [];
  for (let k = 1; k <= factor; k++) {
    for (const s of notice.sections) sections.push(k === 1 ? s : { ...structuredClone(s), id: `${s.id}-x${k}` });
  }
  return { ...notice, id: factor === 1 ? notice.id : `${notice.id}-x${factor}`, sections };
}

/**
 * `notice` with every section body cut to one short paragraph: what the element would
 * render up front if closed sections rendered their content only when opened. The
 * difference in render time from the full notice estimates what lazy rendering saves.
 */
export const stubBodies = (notice) => ({ ...notice, sections: notice.sections.map((s) => ({ ...s, body: ['…'] })) });

/** How many top-level blocks (paragraphs, lists, tables...) the section bodies hold. */
export const countBlocks = (notice) => notice.sections.reduce((n, s) => n + s.body.length, 0);

// ------------------------------------------------------------------ source maps

/**
 * A lookup from generated to original positions in a source map (parsed JSON), through
 * @jridgewell/trace-mapping: `(line, column)` (0-based, as in a CPU profile) gives
 * `{source, line, column, name}` (0-based line and column), or null where nothing maps.
 */
export function sourcePositions(map) {
  const traced = new TraceMap(map);
  return (line, column) => {
    const pos = originalPositionFor(traced, { line: line + 1, column });
    if (pos.source === null) return null;
    return { source: pos.source, line: pos.line - 1, column: pos.column, name: pos.name ?? undefined };
  };
}

/** A source path as a short module name: `node_modules/lit-html/lit-html.js` → `lit-html`, `../src/x/y.ts` → `src/x/y.ts`. */
export function moduleOf(source) {
  if (!source) return '(unmapped)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nm) return nm[1];
  return source.replace(/^(\.\.\/)+/, '');
}

// ------------------------------------------------------------------ CPU profile

/**
 * Self time in ms per key from a CDP `Profiler.Profile` (`nodes`, `samples`,
 * `timeDeltas` in µs). `keyOf(callFrame)` names the bucket; '(idle)' is dropped.
 * Returns `[{key, ms}]` sorted by time, and the total sampled.
 */
export function profileSelfTime(profile, keyOf = (f) => f.functionName || '(anonymous)') {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const perNode = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i++) {
    // The delta before sample i+1 is the time sample i stood for.
    const dt = (timeDeltas[i + 1] ?? 0) / 1000;
    perNode.set(samples[i], (perNode.get(samples[i]) ?? 0) + dt);
  }
  const buckets = new Map();
  let total = 0;
  for (const [id, ms] of perNode) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    const key = keyOf(frame);
    buckets.set(key, (buckets.get(key) ?? 0) + ms);
    total += ms;
  }
  const rows = [...buckets].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);
  return { rows, total };
}

// ------------------------------------------------------------------ trace

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

// ------------------------------------------------------------------ markdown

/** A markdown table; `align` per column is 'l' or 'r'. */
export function markdownTable(headers, rows, align = headers.map((_, i) => (i ? 'r' : 'l'))) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/**
 * `doc` with the text between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`
 * replaced by `content`; the markers stay. Throws when the markers are missing.
 */
export function replaceBetweenMarkers(doc, name, content) {
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`replaceBetweenMarkers: no ${start} … ${end} pair`);
  return `${doc.slice(0, i + start.length)}\n${content.trim()}\n${doc.slice(j)}`;
}

// ------------------------------------------------------------------ chart

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * A grouped bar chart as SVG: per group (a notice) one bar per series, with the
 * value above each bar. `groups`: `[{label, values: [number...]}]`; `series`:
 * `[{name, color}]`.
 */
export function barChartSvg({ title, yLabel, groups, series, width = 900, height = 460 }) {
  const m = { top: 56, right: 20, bottom: 96, left: 64 };
  const w = width - m.left - m.right;
  const h = height - m.top - m.bottom;
  const max = Math.max(1, ...groups.flatMap((g) => g.values.filter(Number.isFinite)));
  const step = niceStep(max / 5);
  const top = Math.ceil(max / step) * step;
  const y = (v) => m.top + h - (v / top) * h;
  const gw = w / groups.length;
  const bw = Math.min(48, (gw * 0.7) / series.length);
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Arial, sans-serif">`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="#fff"/>`);
  out.push(`<text x="${width / 2}" y="24" text-anchor="middle" font-size="17" font-weight="bold" fill="#0b0c0c">${esc(title)}</text>`);
  for (let v = 0; v <= top + 1e-9; v += step) {
    out.push(`<line x1="${m.left}" x2="${m.left + w}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${m.left - 6}" y="${y(v) + 4}" text-anchor="end" font-size="12" fill="#505a5f">${+v.toFixed(6)}</text>`);
  }
  out.push(
    `<text transform="translate(16 ${m.top + h / 2}) rotate(-90)" text-anchor="middle" font-size="13" fill="#0b0c0c">${esc(yLabel)}</text>`,
  );
  groups.forEach((g, gi) => {
    const x0 = m.left + gi * gw + (gw - bw * series.length) / 2;
    g.values.forEach((v, si) => {
      if (!Number.isFinite(v)) return;
      const x = x0 + si * bw;
      out.push(`<rect x="${x + 2}" y="${y(v)}" width="${bw - 4}" height="${m.top + h - y(v)}" fill="${series[si].color}"/>`);
      out.push(`<text x="${x + bw / 2}" y="${y(v) - 4}" text-anchor="middle" font-size="11" fill="#0b0c0c">${Math.round(v)}</text>`);
    });
    const words = String(g.label).split(/[-\s]+/);
    const lines = [];
    for (const word of words) {
      if (lines.length && (lines.at(-1) + ' ' + word).length <= 16) lines[lines.length - 1] += ' ' + word;
      else lines.push(word);
    }
    lines
      .slice(0, 4)
      .forEach((l, li) =>
        out.push(
          `<text x="${m.left + gi * gw + gw / 2}" y="${m.top + h + 18 + li * 14}" text-anchor="middle" font-size="12" fill="#0b0c0c">${esc(l)}</text>`,
        ),
      );
  });
  out.push(`<line x1="${m.left}" x2="${m.left + w}" y1="${m.top + h}" y2="${m.top + h}" stroke="#0b0c0c"/>`);
  series.forEach((s, si) => {
    const x = m.left + si * 260;
    out.push(
      `<rect x="${x}" y="34" width="14" height="14" fill="${s.color}"/><text x="${x + 20}" y="46" font-size="13" fill="#0b0c0c">${esc(s.name)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}

function niceStep(raw) {
  const p = 10 ** Math.floor(Math.log10(raw || 1));
  for (const k of [1, 2, 2.5, 5, 10]) if (raw <= k * p) return k * p;
  return 10 * p;
}
