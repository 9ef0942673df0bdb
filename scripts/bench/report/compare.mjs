// The comparison of the static page (a), the element (b) and the server-rendered embed (c): medians per notice and their tables.
import { markdownTable } from '../lib/markdown.mjs';
import { fmt, mb, median, medianOf, ratio } from '../lib/stats.mjs';
import { THROTTLE, VIEWPORT } from '../options.mjs';

/** The medians of every figure per seed notice and page kind (a, b, c), over the loads at CPU ×`rate`, with or without the first-screen probe. */
export function compareRows(results, { slugs, seeds }, rate = THROTTLE, probe = false) {
  // Runs from before the unthrottled pass and the probe carry neither: ×THROTTLE, no probe.
  const at = (r) => (r.rate ?? THROTTLE) === rate && Boolean(r.probe) === probe;
  return slugs.map((slug) => {
    const a = results.runs.filter((r) => r.slug === slug && r.kind === 'a' && at(r));
    const b = results.runs.filter((r) => r.slug === slug && r.kind === 'b' && at(r));
    const c = results.runs.filter((r) => r.slug === slug && r.kind === 'c' && at(r));
    const m = (rows) =>
      Object.fromEntries(
        [
          'firstLayer',
          'firstScreen',
          'screenChars',
          'probeMs',
          'probeMaxMs',
          'ready',
          'fcp',
          'lcp',
          'tbt',
          'longTasks',
          'longest',
          'heap',
          'bytes',
          'cpuMs',
          'calib',
        ].map((k) => [k, medianOf(rows, k)]),
      );
    return { slug, n: [a.length, b.length, c.length], sections: seeds[slug].sections, a: m(a), b: m(b), c: m(c) };
  });
}

/** The comparison's markdown: three tables and the notes that say how they were measured. */
export function compareMarkdown(results, { build }, options, compareRows) {
  const chromiumVersion = results.chromium;
  const head = `Chromium ${chromiumVersion} headless, CPU throttled ×${THROTTLE}, viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${options.runs} runs of each page per notice, interleaved a/b, each in a fresh browser context; medians. Script: ${build.iifeBytes} bytes, ${build.iifeGzip} gzip (sha256 ${build.iifeSha}, built ${build.iifeBuilt}; ${build.tree}). Run ${results.date}; load average (1 min) ${fmt(results.load.start[0], 1)} at the start and ${fmt(results.load.end[0], 1)} at the end, on 2 cores.`;
  const t1 = markdownTable(
    ['notice (sections)', 'a: first layer ms', 'b: first layer ms', 'b/a', 'a: LCP ms', 'b: LCP ms', 'b/a', 'b: ln-ready ms'],
    compareRows.map((r) => [
      `${r.slug} (${r.sections})`,
      fmt(r.a.firstLayer),
      fmt(r.b.firstLayer),
      fmt(ratio(r.a.firstLayer, r.b.firstLayer), 2),
      fmt(r.a.lcp),
      fmt(r.b.lcp),
      fmt(ratio(r.a.lcp, r.b.lcp), 2),
      fmt(r.b.ready),
    ]),
  );
  const t2 = markdownTable(
    [
      'notice',
      'a: TBT ms',
      'b: TBT ms',
      'a: long tasks',
      'b: long tasks',
      'a: longest ms',
      'b: longest ms',
      'a: main-thread CPU ms',
      'b: main-thread CPU ms',
      'a: heap MB',
      'b: heap MB',
      'b/a heap',
      'a: bytes',
      'b: bytes',
    ],
    compareRows.map((r) => [
      r.slug,
      fmt(r.a.tbt),
      fmt(r.b.tbt),
      fmt(r.a.longTasks),
      fmt(r.b.longTasks),
      fmt(r.a.longest),
      fmt(r.b.longest),
      fmt(r.a.cpuMs),
      fmt(r.b.cpuMs),
      mb(r.a.heap),
      mb(r.b.heap),
      fmt(ratio(r.a.heap, r.b.heap), 2),
      fmt(r.a.bytes),
      fmt(r.b.bytes),
    ]),
  );
  const t3 = markdownTable(
    ['notice', 'a: first layer ms', 'a: FCP ms', 'c: FCP ms (first layer)', 'c/a', 'c: LCP ms', 'c: ln-ready ms', 'c: TBT ms', 'c: bytes'],
    compareRows.map((r) => [
      r.slug,
      fmt(r.a.firstLayer),
      fmt(r.a.fcp),
      fmt(r.c.firstLayer),
      fmt(ratio(r.a.firstLayer, r.c.firstLayer), 2),
      fmt(r.c.lcp),
      fmt(r.c.ready),
      fmt(r.c.tbt),
      fmt(r.c.bytes),
    ]),
  );
  const all = (kind, key) => median(compareRows.map((r) => r[kind][key]));
  const calib = `Throttling check: a fixed loop took ${fmt(results.calibBaseline, 1)} ms unthrottled, and a median ${fmt(median(results.runs.filter((r) => r.kind === 'a' && r.rate !== 1 && !r.probe).map((r) => r.calib)), 1)} ms after the a runs and ${fmt(median(results.runs.filter((r) => r.kind === 'b' && r.rate !== 1 && !r.probe).map((r) => r.calib)), 1)} ms after the b runs.`;
  const fails = results.failures?.length
    ? `\n\n${results.failures.length} runs failed and are left out: ${results.failures.join('; ')}`
    : '';
  return `${head}\n\n(a) static page from \`layered-notice render\`, (b) the demo page with the element. Times in ms from navigation start; main-thread CPU from CDP Performance.getMetrics ThreadTime over the whole load (the throttling inflates it too, equally for a and b); bytes as sent (gzip).\n\n${t1}\n\n${t2}\n\nMedian over the notices of the medians: first layer a ${fmt(all('a', 'firstLayer'))} ms, b ${fmt(all('b', 'firstLayer'))} ms; TBT a ${fmt(all('a', 'tbt'))} ms, b ${fmt(all('b', 'tbt'))} ms. ${calib}${fails}\n\n(c) the same demo page with the server-rendered embed (\`layered-notice render --embed\`) in place of the element, the script kept: the notice paints from the page itself, in a declarative shadow root, and the element takes over at ln-ready. Its first layer is its first contentful paint, since Element Timing does not see inside shadow roots.\n\n${t3}`;
}
