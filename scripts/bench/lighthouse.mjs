#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse 12 (the last major that runs on Node 20) against the
 * demo notice pages, served from this repository on a loopback port, in Debian's
 * Chromium. Categories: performance, accessibility, best-practices, seo; Lighthouse's
 * defaults otherwise (mobile, simulated slow 4G and 4× CPU). Writes
 * docs/bench/lighthouse.md and docs/bench/lighthouse.json (scores and every audit
 * below full marks), and the same into docs/performance.md between
 * <!-- bench:lighthouse --> markers. Needs `npm run build` first.
 *
 *   node scripts/bench/lighthouse.mjs [--runs 3] [--only slug,slug] [--root DIR] [--no-docs]
 *
 * Each page is audited `--runs` times (default 3) and the run with the median
 * performance score is reported, as Lighthouse advises for its variable performance
 * score (every run's performance score is listed too). The full JSON reports stay in a
 * temporary folder, printed at the end.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from './server.mjs';
import { CHROMIUM } from './browser.mjs';
import { markdownTable, replaceBetweenMarkers } from './lib/markdown.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(repo);
const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    root: { type: 'string' },
    'no-docs': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(opt.runs));
const root = resolve(opt.root ?? repo);

/** The benchmark's Chromium flags for Lighthouse (chrome-launcher adds its own; see docs/performance.md). */
export const LIGHTHOUSE_CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-background-networking';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

if (!existsSync(join(root, 'dist/layered-notice.iife.js'))) {
  console.error('dist/layered-notice.iife.js is missing: run npm run build first');
  process.exit(2);
}
let slugs = readdirSync(join(root, 'demo/notices'))
  .map((f) => f.replace(/\.json$/, ''))
  .filter((s) => existsSync(join(root, `demo/${s}.html`)))
  .sort();
if (opt.only) slugs = slugs.filter((s) => opt.only.split(',').includes(s));

const bin = join(repo, 'node_modules/.bin/lighthouse');
if (!existsSync(bin)) {
  console.error('lighthouse is not installed: npm install');
  process.exit(2);
}
const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
const reports = mkdtempSync(join(tmpdir(), 'ln-lighthouse-'));
// No Cache-Control header (a server's default), gzip for text: the page as a plain static site serves it.
const srv = await serve({ root, lifetimeMs: 20 * 60_000, cacheControl: null });

/**
 * Every audit of a category below full marks: binary and numeric audits with a score
 * under 1 (metrics included, with their value); manual, informative and
 * not-applicable audits are not scored and left out.
 */
export function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(
      ({ audit }) =>
        audit && audit.score !== null && audit.score < 1 && !['manual', 'informative', 'notApplicable'].includes(audit.scoreDisplayMode),
    )
    .map(({ ref, audit }) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      weight: ref.weight,
      group: ref.group ?? null,
      value: audit.displayValue ?? null,
      items: (audit.details?.items ?? [])
        .slice(0, 5)
        .map((i) => i.node?.snippet ?? i.node?.selector ?? i.url ?? i.sourceLocation?.url ?? i.source?.url ?? i.description ?? null)
        .filter(Boolean),
    }));
}

/**
 * Runs the Lighthouse CLI without blocking this process (its server answers the
 * pages). Past 3 minutes it gets SIGINT, on which Lighthouse closes the Chromium it
 * launched, then SIGKILL 15 s later.
 */
function lighthouse(args) {
  return new Promise((done) => {
    const child = spawn(bin, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const soft = setTimeout(() => child.kill('SIGINT'), 180_000);
    const hard = setTimeout(() => child.kill('SIGKILL'), 195_000);
    child.on('close', (status, signal) => {
      clearTimeout(soft);
      clearTimeout(hard);
      done({ status: status ?? signal, stderr });
    });
  });
}

const results = [];
for (const slug of slugs) {
  const url = `${srv.origin}/demo/${slug}.html`;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(reports, `${slug}-${i + 1}.json`);
    const started = Date.now();
    const run = await lighthouse([
      url,
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${LIGHTHOUSE_CHROME_FLAGS}`,
      '--quiet',
    ]);
    if (run.status !== 0 || !existsSync(out)) {
      console.error(`lighthouse failed on ${slug} (exit ${run.status}): ${run.stderr.slice(-800)}`);
      continue;
    }
    const lhr = JSON.parse(readFileSync(out, 'utf8'));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(lhr.categories[c].score * 100)]));
    const failing = Object.fromEntries(CATEGORIES.map((c) => [c, failingAudits(lhr, c)]));
    const metrics = Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [
        id,
        lhr.audits[id]?.displayValue ?? null,
      ]),
    );
    runs.push({
      slug,
      scores,
      metrics,
      failing,
      runWarnings: lhr.runWarnings ?? [],
      userAgent: lhr.environment?.hostUserAgent,
      benchmarkIndex: lhr.environment?.benchmarkIndex,
    });
    console.log(
      `${slug} run ${i + 1}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  if (!runs.length) {
    results.push({ slug, error: 'every run failed' });
    continue;
  }
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
  results.push({ ...sorted[Math.floor((sorted.length - 1) / 2)], performanceRuns: runs.map((r) => r.scores.performance) });
}
await srv.close();

const ok = results.filter((r) => !r.error);
const scoreTable = markdownTable(
  ['page', ...CATEGORIES, `performance, each of ${RUNS} runs`, 'FCP', 'LCP', 'TBT', 'CLS'],
  results.map((r) =>
    r.error
      ? [r.slug, ...CATEGORIES.map(() => 'failed'), '', '', '', '', '']
      : [
          `demo/${r.slug}.html`,
          ...CATEGORIES.map((c) => r.scores[c]),
          r.performanceRuns.join(', '),
          r.metrics['first-contentful-paint'],
          r.metrics['largest-contentful-paint'],
          r.metrics['total-blocking-time'],
          r.metrics['cumulative-layout-shift'],
        ],
  ),
);
// Every audit below full marks, with the pages it fails on.
const byAudit = new Map();
for (const r of ok) {
  for (const c of CATEGORIES) {
    for (const a of r.failing[c]) {
      const key = `${c}/${a.id}`;
      const entry = byAudit.get(key) ?? { category: c, ...a, pages: [] };
      entry.pages.push(`${r.slug} (${a.value ?? `score ${a.score}`})`);
      byAudit.set(key, entry);
    }
  }
}
const auditTable = byAudit.size
  ? markdownTable(
      ['category', 'audit', 'weight', 'pages (value or score)', 'elements or URLs (first page)'],
      [...byAudit.values()].map((a) => [
        a.category,
        `${a.title.replace(/\|/g, '\\|')} (\`${a.id}\`)`,
        a.weight,
        a.pages.join('; '),
        a.items.map((i) => `\`${String(i).replace(/\|/g, '\\|').replace(/`/g, "'").slice(0, 120)}\``).join(' '),
      ]),
      ['l', 'l', 'r', 'l', 'l'],
    )
  : 'No audit below full marks.';
const warnings = [...new Set(ok.flatMap((r) => r.runWarnings))];
const bench = ok.map((r) => r.benchmarkIndex).filter(Boolean);
const command = ['npm run lighthouse', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ');
const md = `\`${command}\`: Lighthouse ${version}, ${ok[0]?.userAgent ?? 'Chromium'}, mobile defaults (simulated throttling), the run with the median performance score of ${RUNS} per page (Lighthouse's CPU benchmark index on this machine: ${bench.length ? `${Math.min(...bench)}–${Math.max(...bench)}` : 'n/a'}), chrome flags \`${LIGHTHOUSE_CHROME_FLAGS}\`; pages served by scripts/bench/server.mjs on a loopback port (HTTP/1.1, gzip, no Cache-Control header: the caching audits reflect the test server, not the element). Run ${new Date().toISOString()}.

${scoreTable}

Audits below full marks (in the median runs):

${auditTable}${warnings.length ? `\n\nLighthouse warnings: ${warnings.join(' ')}` : ''}`;
console.log(`\n${md}\n\nFull reports: ${reports}`);

if (!opt['no-docs']) {
  mkdirSync('docs/bench', { recursive: true });
  writeFileSync(
    'docs/bench/lighthouse.md',
    `<!-- Written by \`npm run lighthouse\` (scripts/bench/lighthouse.mjs); edit that, not this. -->\n# Lighthouse\n\n${md}\n`,
  );
  writeFileSync(
    'docs/bench/lighthouse.json',
    JSON.stringify({ version, flags: LIGHTHOUSE_CHROME_FLAGS, date: new Date().toISOString(), results }, null, 1) + '\n',
  );
  if (existsSync('docs/performance.md')) {
    const doc = readFileSync('docs/performance.md', 'utf8');
    if (doc.includes('<!-- bench:lighthouse -->')) writeFileSync('docs/performance.md', replaceBetweenMarkers(doc, 'lighthouse', md));
  }
  console.log('wrote docs/bench/lighthouse.md, docs/bench/lighthouse.json');
}
process.exit(ok.length === results.length ? 0 : 1);
