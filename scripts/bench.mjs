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
 *   docs/bench/preload.md    the widget page as is, with a preload of its payload, with it inline
 *   docs/performance.md      the same tables, between its <!-- bench:NAME --> markers
 *
 * Options:
 *   --runs N          runs of each page per seed notice (default 20)
 *   --scale-runs N    runs of the 1× and 10× scaling cases (default 6)
 *   --scale-100-runs N runs of the 100× case (default 3)
 *   --only a,b        only these seed notices (slugs)
 *   --preload-runs N  runs of each page and condition of the fast-embed experiment (default 10)
 *   --skip x,y        skip parts: compare, preload, scaling, startup
 *   --root DIR        benchmark another tree's dist/ and demo/ (say, a clean export of
 *                     HEAD built there); the reports still go to this repository's docs/
 *   --label TEXT      what to call that tree in the reports (default: its git commit)
 *   --no-docs         print only; write nothing
 *
 * Every file a measured page loads is read once at the start and served from memory,
 * so a rebuild or an edit during the run cannot mix two versions into one report.
 *
 * One module per job under scripts/bench/: options, fixtures (the pages served),
 * session (browser, server, shared measurements), one per experiment (compare, preload,
 * scaling, startup), report (the markdown, one module per experiment in report/), and
 * lib/ (pure helpers with no I/O: statistics, pages, payloads, source maps, profiles,
 * traces, markdown, the chart; test/node/bench.test.mjs checks them). Each experiment
 * returns its figures; this file puts them together and writes the reports.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { CHROMIUM_FLAGS, svgToPng } from './bench/browser.mjs';
import { barChartSvg } from './bench/lib/chart.mjs';
import { replaceBetweenMarkers } from './bench/lib/markdown.mjs';
import { OUT, SETTLE_MS, THROTTLE, VIEWPORT, readOptions, repo } from './bench/options.mjs';
import { prepare } from './bench/fixtures.mjs';
import { openSession } from './bench/session.mjs';
import { calibrationBaseline, compare } from './bench/compare.mjs';
import { preload } from './bench/preload.mjs';
import { scalingExperiment } from './bench/scaling.mjs';
import { startupExperiment } from './bench/startup.mjs';
import { report } from './bench/report.mjs';

process.chdir(repo);
const options = readOptions();

const started = Date.now();
const log = (msg) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}`);

const fixtures = prepare(options);
const { build, rejected, slugs } = fixtures;
const session = await openSession({ root: options.root, fixtures });
const { chromiumVersion, srv } = session;
log(`Chromium ${chromiumVersion}, ${srv.origin}, CPU ×${THROTTLE}, ${options.runs} runs per page, notices: ${slugs.join(', ')}`);

// Each experiment returns its figures; the results are put together here, in the order the report reads them.
const results = {
  load: { start: loadavg() },
  build,
  rejected,
  chromium: chromiumVersion,
  flags: CHROMIUM_FLAGS,
  throttle: THROTTLE,
  viewport: VIEWPORT,
  settleMs: SETTLE_MS,
  date: new Date().toISOString(),
  // As typed, so every table says which command wrote it (a reduced run says so).
  command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
  runs: [],
  scaling: [],
  startup: null,
};
results.calibBaseline = await calibrationBaseline(session);
if (!options.skip.has('compare')) Object.assign(results, await compare(session, fixtures, options, log));
if (!options.skip.has('preload')) results.preload = await preload(session, fixtures, options, log);
if (!options.skip.has('scaling')) Object.assign(results, await scalingExperiment(session, fixtures, options, log));
if (!options.skip.has('startup')) results.startup = await startupExperiment(session, fixtures, options, log);
results.load.end = loadavg();

const { compareRows, acceptanceMd, compareMd, firstScreenMd, scalingMd, startupMd, preloadMd } = report(results, fixtures, options);
console.log(`\n${acceptanceMd}\n\n${compareMd}\n\n${firstScreenMd}\n\n${preloadMd}\n\n${scalingMd}\n\n${startupMd}\n`);

if (options.write) {
  mkdirSync(OUT, { recursive: true });
  const stamp = '<!-- Written by `npm run bench` (scripts/bench.mjs); edit that, not this. -->';
  if (results.runs.length) {
    writeFileSync(
      join(OUT, 'results.md'),
      `${stamp}\n# Benchmark results\n\n## Against the goals\n\n${acceptanceMd}\n\n## Static, client-rendered, server-rendered\n\n${compareMd}\n\n## First screen of text\n\n${firstScreenMd}\n`,
    );
    const svg = barChartSvg({
      title: `Time to the first layer painted, median of ${options.runs} runs, CPU ×${THROTTLE}`,
      yLabel: 'ms from navigation start',
      groups: compareRows.map((r) => ({ label: r.slug, values: [r.a.firstLayer, r.b.firstLayer] })),
      series: [
        { name: '(a) static HTML (render)', color: '#1d70b8' },
        { name: '(b) <layered-notice> widget', color: '#d4351c' },
      ],
    });
    writeFileSync(join(OUT, 'chart.svg'), svg);
    await svgToPng(session.browser, svg, join(OUT, 'chart.png'));
  }
  if (results.scaling.length) writeFileSync(join(OUT, 'scaling.md'), `${stamp}\n# Scaling\n\n${scalingMd}\n`);
  if (results.startup) writeFileSync(join(OUT, 'startup.md'), `${stamp}\n# Start-up and layouts\n\n${startupMd}\n`);
  if (results.preload) writeFileSync(join(OUT, 'preload.md'), `${stamp}\n# A fast embed: preload or inline payload\n\n${preloadMd}\n`);
  const raw = {
    ...results,
    startup: results.startup && { ...results.startup, runs: results.startup.runs.map(({ profile, ...r }) => r) },
    scaling: results.scaling.map(({ profile, trace, ...r }) => r),
    profile100: results.profile100 && {
      ms: results.profile100.ms,
      byModule: results.profile100.byModule,
      byFunction: { total: results.profile100.byFunction.total, rows: results.profile100.byFunction.rows.slice(0, 40) },
    },
    profile1: results.profile1 && {
      byModule: results.profile1.byModule,
      byFunction: { total: results.profile1.byFunction.total, rows: results.profile1.byFunction.rows.slice(0, 40) },
    },
  };
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(raw, null, 1) + '\n');
  if (existsSync('docs/performance.md')) {
    let doc = readFileSync('docs/performance.md', 'utf8');
    for (const [name, md, ran] of [
      ['acceptance', acceptanceMd, results.runs.length || results.scaling.length],
      ['results', compareMd, results.runs.length],
      ['first-screen', firstScreenMd, results.runs.length],
      ['preload', preloadMd, results.preload],
      ['scaling', scalingMd, results.scaling.length],
      ['startup', startupMd, results.startup],
    ]) {
      if (ran && doc.includes(`<!-- bench:${name} -->`)) doc = replaceBetweenMarkers(doc, name, md);
    }
    writeFileSync('docs/performance.md', doc);
  }
  log(`wrote ${OUT}/ and docs/performance.md`);
}

await session.close();
log('done');
