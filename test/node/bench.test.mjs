// Smoke tests of the benchmark's pure helpers (scripts/bench/lib/). The benchmark
// itself (npm run bench) needs Chromium and minutes, and is not part of npm test.
import { test } from 'node:test';
import { runInThisContext } from 'node:vm';
import assert from 'node:assert/strict';
import { barChartSvg } from '../../scripts/bench/lib/chart.mjs';
import { markdownTable, replaceBetweenMarkers } from '../../scripts/bench/lib/markdown.mjs';
import { cumulativeLayoutShift } from '../../scripts/bench/lib/cls.mjs';
import { completeness, firstScreen, toCounts } from '../../scripts/bench/lib/first-screen.mjs';
import { embedStatic, scalingPage, startupPage, withInline, withPreload } from '../../scripts/bench/lib/pages.mjs';
import { scaleNotice, stubBodies } from '../../scripts/bench/lib/payloads.mjs';
import { profileSelfTime } from '../../scripts/bench/lib/profile.mjs';
import { moduleOf, sourcePositions } from '../../scripts/bench/lib/source-map.mjs';
import { median, quantile, ratio, totalBlockingTime } from '../../scripts/bench/lib/stats.mjs';
import { summarizeTrace } from '../../scripts/bench/lib/trace.mjs';
import { profileSamplesFromTrace, tasksOver } from '../../scripts/bench/lib/long-tasks.mjs';
import { inPage, untilInPage } from '../../scripts/bench/lib/in-page.mjs';

test('statistics: quantiles, total blocking time, ratios', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([NaN, undefined, 5]), 5);
  assert.ok(Number.isNaN(median([])));
  assert.equal(quantile([0, 10], 0.9), 9);
  assert.equal(totalBlockingTime([{ duration: 40 }, { duration: 50 }, { duration: 120 }, { duration: 60.5 }]), 80.5);
  assert.equal(ratio(200, 500), 2.5);
  assert.ok(Number.isNaN(ratio(0, 5)));
  assert.ok(Number.isNaN(ratio(undefined, 5)));
});

const DEMO = `<!doctype html>
<html lang="en">
<head>
  <link rel="stylesheet" href="site.css" />
  <script src="lang-from-url.js" defer></script>
  <!-- The embed, exactly as a web team pastes it into a CMS page: -->
  <script src="../dist/layered-notice.iife.js" defer></script>
</head>
<body>
  <main>
    <h1>Privacy</h1>
    <layered-notice src="notices/x.json">
      <a href="https://example.org/privacy">Read our privacy notice</a>
    </layered-notice>
  </main>
</body>
</html>`;

const RENDERED = `<!doctype html>
<html lang="en" dir="ltr">
<head>
<style>body{margin:0 auto;padding:1rem}
.glance{background:#f3f2f1}</style>
</head>
<body>
<main class="notice">
  <h1 id="x-title" tabindex="-1">A notice</h1>
  <div class="glance" part="glance">
  <h2 id="x-glance" tabindex="-1">At a glance</h2>
  </div>
  <h3 id="x-a">Section</h3>
</main>
</body>
</html>`;

test('embedStatic puts the rendered notice where the element was, marked for Element Timing', () => {
  const page = embedStatic(RENDERED, DEMO);
  assert.match(page, /<h3 id="x-glance" elementtiming="ln-first-layer" tabindex="-1">At a glance<\/h3>/);
  assert.match(page, /<h2 id="x-title"/);
  assert.match(page, /<h4 id="x-a">Section<\/h4>/);
  assert.match(page, /<div class="notice">[\s\S]*<\/div>\s*<\/main>/);
  assert.doesNotMatch(page, /layered-notice/);
  assert.doesNotMatch(page, /<main class="notice">/);
  assert.match(page, /site\.css/);
  assert.match(page, /lang-from-url\.js/);
  assert.match(page, /<style>\.glance\{background:#f3f2f1\}<\/style>\n<\/head>/);
  assert.doesNotMatch(page, /body\{margin/);
  assert.throws(() => embedStatic('<main class="notice"><h1>t</h1></main>', DEMO), /at-a-glance/);
  assert.throws(() => embedStatic(RENDERED, '<html></html>'), /no <layered-notice>/);
});

test('scaling and start-up pages keep the script and drop the element', () => {
  const scaling = scalingPage(DEMO);
  assert.match(scaling, /<div id="bench-host"><\/div>/);
  assert.match(scaling, /layered-notice\.iife\.js/);
  assert.doesNotMatch(scaling, /<layered-notice/);
  const startup = startupPage(DEMO);
  assert.doesNotMatch(startup, /bench-host|<layered-notice/);
  assert.match(startup, /layered-notice\.iife\.js/);
  const control = startupPage(DEMO, { script: false });
  assert.doesNotMatch(control, /layered-notice/);
  assert.match(control, /lang-from-url\.js/);
});

test('withPreload adds the payload preload first in the head', () => {
  const page = withPreload(DEMO, 'notices/x.json');
  assert.match(page, /<head>\n {2}<link rel="preload" href="notices\/x.json" as="fetch" crossorigin>\n {2}<link rel="stylesheet"/);
  assert.throws(() => withPreload('<p>no head</p>', 'x.json'), /no <head>/);
});

test('scaleNotice repeats sections with unique ids; stubBodies cuts bodies', () => {
  const notice = {
    id: 'n',
    title: 't',
    sections: [
      { id: 'a', heading: 'A', body: ['x', { type: 'list', items: ['1'] }] },
      { id: 'b', heading: 'B', body: ['y'] },
    ],
  };
  const big = scaleNotice(notice, 10);
  assert.equal(big.sections.length, 20);
  assert.equal(new Set(big.sections.map((s) => s.id)).size, 20);
  assert.equal(big.sections[2].id, 'a-x2');
  assert.equal(big.id, 'n-x10');
  big.sections[2].body[1].items.push('2');
  assert.deepEqual(notice.sections[0].body[1].items, ['1'], 'copies are deep');
  assert.equal(scaleNotice(notice, 1).sections.length, 2);
  assert.throws(() => scaleNotice(notice, 0), /positive integer/);
  const stubbed = stubBodies(notice);
  assert.deepEqual(
    stubbed.sections.map((s) => s.body),
    [['…'], ['…']],
  );
  assert.equal(notice.sections[0].body.length, 2);
});

test('source maps: original positions', () => {
  // Line 0: column 0 → a.ts 0:0 (name 0); column 10 → b.ts 4:2. Line 1: column 3 → b.ts 5:0.
  const map = {
    version: 3,
    sources: ['../src/a.ts', '../node_modules/lit-html/lit-html.js'],
    names: ['render'],
    mappings: 'AAAAA,UCIE;GACF',
  };
  const at = sourcePositions(map);
  assert.deepEqual(at(0, 5), { source: '../src/a.ts', line: 0, column: 0, name: 'render' });
  assert.deepEqual(at(0, 12), { source: '../node_modules/lit-html/lit-html.js', line: 4, column: 2, name: undefined });
  assert.deepEqual(at(1, 3), { source: '../node_modules/lit-html/lit-html.js', line: 5, column: 0, name: undefined });
  assert.equal(at(1, 0), null);
  assert.equal(at(7, 0), null);
  assert.equal(moduleOf('../node_modules/lit-html/lit-html.js'), 'lit-html');
  assert.equal(moduleOf('../node_modules/@lit/reactive-element/css-tag.js'), '@lit/reactive-element');
  assert.equal(moduleOf('../src/layers/glance.ts'), 'src/layers/glance.ts');
  assert.equal(moduleOf(undefined), '(unmapped)');
});

test('profileSelfTime adds each sample to its node, leaving idle out', () => {
  const profile = {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)' } },
      { id: 2, callFrame: { functionName: 'render' } },
      { id: 3, callFrame: { functionName: '(idle)' } },
      { id: 4, callFrame: { functionName: 'validate' } },
    ],
    samples: [2, 2, 4, 3, 2],
    timeDeltas: [0, 1000, 2000, 3000, 500],
  };
  const { rows, total } = profileSelfTime(profile);
  // Sample i stands for timeDeltas[i + 1]: render 1 + 2 (+ 0 for the last), validate 3, idle 0.5 dropped.
  assert.deepEqual(rows, [
    { key: 'render', ms: 3 },
    { key: 'validate', ms: 3 },
  ]);
  assert.equal(total, 6);
});

test('summarizeTrace: categories, and layouts forced inside script, per thread', () => {
  const meta = (tid, name = 'CrRendererMain') => ({ ph: 'M', name: 'thread_name', pid: 1, tid, args: { name } });
  const x = (tid, name, ts, dur, args) => ({ ph: 'X', pid: 1, tid, name, ts, dur, args });
  const events = [
    meta(1),
    meta(2),
    meta(3, 'Compositor'),
    x(1, 'ParseHTML', 0, 100, { beginData: { url: 'http://127.0.0.1:1/page.html' } }),
    x(1, 'FunctionCall', 1000, 5000),
    x(1, 'MinorGC', 1500, 500),
    x(1, 'Layout', 2000, 1000), // inside FunctionCall: forced
    x(1, 'UpdateLayoutTree', 7000, 1000),
    x(1, 'Layout', 8000, 2000),
    x(1, 'Paint', 10000, 1000),
    x(1, 'Layout', 12000, 100, { beginData: { stackTrace: [{ functionName: 'measure', url: 'x.js', lineNumber: 3 }] } }),
    // Another renderer (a WebUI page): left out with `origin`, and its nesting kept apart from thread 1's.
    x(2, 'FunctionCall', 7500, 3000),
    x(3, 'Layout', 2000, 1000),
  ];
  const t = summarizeTrace(events, { origin: 'http://127.0.0.1:1' });
  assert.equal(t.layouts, 3);
  assert.equal(t.styles, 1);
  assert.equal(t.forced.length, 2);
  assert.equal(t.forced[0].inside, 'FunctionCall');
  assert.equal(t.forced[1].stack.functionName, 'measure');
  assert.equal(t.byCategory.script, 5);
  assert.equal(t.byCategory.gc, 0.5);
  assert.equal(t.byCategory.style, 1);
  assert.equal(t.byCategory.layout, 2.1);
  assert.equal(t.byCategory.paint, 1);
  assert.equal(t.byCategory.parse, 0.1);
  const all = summarizeTrace(events);
  assert.equal(all.forced.length, 2, "thread 2's script does not make thread 1's layout forced");
  assert.equal(summarizeTrace(events, { from: 7000, to: 9000, origin: 'http://127.0.0.1:1' }).layouts, 1);
  // A trace started after the page loaded has no ParseHTML: the bench's user-timing marks name the thread.
  const late = [
    meta(1),
    meta(2),
    { ph: 'R', cat: 'blink.user_timing', name: 'bench:t0', pid: 1, tid: 2, ts: 0 },
    x(2, 'Layout', 10, 1000),
    x(1, 'Layout', 10, 1000),
  ];
  assert.equal(summarizeTrace(late, { origin: 'http://127.0.0.1:1' }).layouts, 1);
});

test('markdown: tables and marked regions', () => {
  assert.equal(markdownTable(['a', 'b'], [[1, 2]]), '| a | b |\n| --- | ---: |\n| 1 | 2 |');
  const doc = 'x\n<!-- bench:r -->\nold\n<!-- /bench:r -->\ny';
  assert.equal(replaceBetweenMarkers(doc, 'r', ' new \n'), 'x\n<!-- bench:r -->\nnew\n<!-- /bench:r -->\ny');
  assert.throws(() => replaceBetweenMarkers(doc, 'q', 'z'), /no <!-- bench:q -->/);
});

test('barChartSvg draws one bar per finite value, with a legend', () => {
  const svg = barChartSvg({
    title: 'T <1>',
    yLabel: 'ms',
    groups: [
      { label: 'children-in-need-looked-after', values: [300, 900] },
      { label: 'b', values: [250, NaN] },
    ],
    series: [
      { name: 'static', color: '#111111' },
      { name: 'widget', color: '#222222' },
    ],
  });
  assert.match(svg, /^<svg /);
  assert.equal((svg.match(/fill="#111111"/g) ?? []).length, 3, 'two bars and a legend swatch');
  assert.equal((svg.match(/fill="#222222"/g) ?? []).length, 2, 'one bar and a legend swatch');
  assert.match(svg, /T &lt;1&gt;/);
  assert.match(svg, />900</);
});

test('first screen: completeness counts each string up to its final amount', () => {
  const final = toCounts([
    [1, 60],
    [2, 40],
  ]);
  assert.equal(completeness(new Map(), final), 0);
  assert.equal(completeness(toCounts([[1, 60]]), final), 0.6);
  // Text not in the final screen (a fallback link, content pushed down) adds nothing; extra copies cap at the final amount.
  assert.equal(
    completeness(
      toCounts([
        [1, 60],
        [1, 30],
        [3, 500],
      ]),
      final,
    ),
    0.6,
  );
  assert.equal(
    completeness(
      toCounts([
        [1, 60],
        [2, 36],
      ]),
      final,
    ),
    0.96,
  );
  assert.ok(Number.isNaN(completeness(new Map(), new Map())));
});

test('first screen: the first frame at 90 % of the final text, and the probe cost', () => {
  const samples = [
    { t: 10, ms: 1, counts: [[9, 100]] },
    { t: 26, ms: 2, counts: [[1, 50]] },
    {
      t: 42,
      ms: 3,
      counts: [
        [1, 50],
        [2, 40],
      ],
    },
    { t: 58, ms: 4, counts: [] },
    {
      t: 74,
      ms: 5,
      counts: [
        [1, 50],
        [2, 50],
      ],
    },
  ];
  const r = firstScreen(samples, [
    [1, 50],
    [2, 50],
  ]);
  assert.equal(r.time, 42);
  assert.equal(r.chars, 100);
  assert.equal(r.frames, 5);
  assert.equal(r.overheadMs, 3);
  assert.equal(r.overheadMaxMs, 5);
  assert.equal(r.overheadToTimeMs, 6);
  // Partly visible text is counted by area in floating point: exactly 90 % passes.
  assert.equal(firstScreen([{ t: 5, ms: 0, counts: [[1, 0.9 * 0.1 * 100]] }], [[1, 0.1 * 100]]).time, 5);
  assert.ok(Number.isNaN(firstScreen(samples, [[7, 10]]).time));
});

test('withInline puts the payload inside the element and drops its src', () => {
  const page = '<body><layered-notice src="n.json" lang="en">\n  <a href="x">fallback</a>\n</layered-notice></body>';
  const out = withInline(page, '{"a": "</script><b>"}');
  assert.match(out, /<layered-notice lang="en">\n {6}<script type="application\/json">\{"a":"<\\\/script><b>"\}<\/script>/);
  assert.doesNotMatch(out, /src=/);
  assert.match(out, /<a href="x">fallback<\/a>/);
  assert.throws(() => withInline('<p>no element</p>', '{}'));
});

test('CLS: the largest session window, input-driven shifts left out', () => {
  const e = (startTime, value, hadRecentInput = false) => ({ startTime, value, hadRecentInput });
  assert.equal(cumulativeLayoutShift([]), 0);
  assert.equal(cumulativeLayoutShift([e(100, 0.05), e(600, 0.03)]), 0.08);
  // A gap of 1 s or more starts a new window; the largest one counts.
  assert.equal(cumulativeLayoutShift([e(100, 0.05), e(1200, 0.02), e(1500, 0.02)]), 0.05);
  assert.equal(cumulativeLayoutShift([e(100, 0.5, true), e(200, 0.01)]), 0.01);
  // A window is at most 5 s long.
  const steady = Array.from({ length: 12 }, (_, i) => e(i * 900, 0.01));
  assert.ok(Math.abs(cumulativeLayoutShift(steady) - 0.06) < 1e-9);
});

test('long tasks: top-level tasks over a threshold, and the CPU profile samples inside each', () => {
  const main = new Set(['1:2']);
  const task = (ts, dur, tid = 2) => ({ ph: 'X', name: 'RunTask', pid: 1, tid, ts, dur });
  const events = [
    task(0, 80_000),
    task(10_000, 60_000), // nested in the first: not listed again
    task(100_000, 40_000), // under 50 ms
    task(200_000, 70_000, 3), // another thread
    { ph: 'R', name: 'navigationStart', pid: 1, tid: 2, ts: -5_000 },
    { ph: 'P', name: 'Profile', id: '0x1', pid: 1, tid: 9, ts: 0, args: { data: { startTime: 0 } } },
    {
      ph: 'P',
      name: 'ProfileChunk',
      id: '0x1',
      pid: 1,
      tid: 9,
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { functionName: '(idle)' } },
              { id: 2, callFrame: { functionName: 'render', url: 'x.js' } },
            ],
            samples: [2, 2, 1, 2],
          },
          timeDeltas: [1_000, 10_000, 20_000, 100_000],
        },
      },
    },
  ];
  assert.deepEqual(tasksOver(events, main, 50), [{ ts: 0, dur: 80_000 }]);
  const p = profileSamplesFromTrace(events, main);
  assert.equal(p.navigationTs, -5_000);
  // Samples at 1 ms and 11 ms (each lasting until the next), the idle one dropped, the last one lasting nothing.
  assert.deepEqual(
    p.within(0, 80_000).map((s) => [s.ts, s.ms, s.frame.functionName]),
    [
      [1_000, 10, 'render'],
      [11_000, 20, 'render'],
    ],
  );
});

// A stand-in for a CDP session whose Runtime.evaluate runs the expression here, in Node,
// which has the timers and performance.now() the expressions use.
const evaluatingCdp = {
  async send(method, { expression, awaitPromise, returnByValue }) {
    assert.equal(method, 'Runtime.evaluate');
    assert.ok(awaitPromise && returnByValue);
    try {
      return { result: { value: await runInThisContext(expression) } };
    } catch (e) {
      return { exceptionDetails: { text: 'Uncaught', exception: { description: String(e) } } };
    }
  },
};

test('in the page through CDP: a value, a condition waited for, a timeout and an error each as such', async () => {
  assert.deepEqual(await inPage(evaluatingCdp, '({ a: [1, 2] })'), { a: [1, 2] });
  globalThis.__benchReady = false;
  setTimeout(() => (globalThis.__benchReady = true), 120);
  const t0 = performance.now();
  assert.equal(await untilInPage(evaluatingCdp, 'globalThis.__benchReady === true'), true);
  assert.ok(performance.now() - t0 >= 100, 'it waited for the condition');
  await assert.rejects(untilInPage(evaluatingCdp, 'false', 120), /timed out after 120 ms \(false\)/);
  await assert.rejects(inPage(evaluatingCdp, 'null.x'), /in the page: TypeError.*\(null\.x\)/);
  // A condition that throws on a later check ends the wait, named.
  globalThis.__benchChecks = 0;
  await assert.rejects(untilInPage(evaluatingCdp, '++globalThis.__benchChecks > 2 ? null.x : false'), /TypeError.*__benchChecks/);
  // A page that never answers.
  const silentCdp = { send: () => new Promise(() => {}) };
  await assert.rejects(inPage(silentCdp, 'true', { timeoutMs: 80 }), /no answer from the page in 80 ms \(true\)/);
  delete globalThis.__benchReady;
  delete globalThis.__benchChecks;
});
