#!/usr/bin/env node
/**
 * How `layered-notice build` scales: builds 10, 100 and 1,000 notices (copies of the
 * demo payloads in demo/notices/, each with its own id) and reports wall-clock time, CPU time and
 * peak memory (maximum resident set size) of each run, with the machine's 1-minute load
 * average as each run starts (on a shared machine the wall clock depends on it). Run
 * `npm run build` first.
 *
 *   node scripts/bench/build-scale.mjs               10, 100 and 1000
 *   node scripts/bench/build-scale.mjs 1000          one size
 *   node scripts/bench/build-scale.mjs --check 1000  exit 1 unless 1,000 notices build
 *                                                    in at most 60 s under 1 GB
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const demos = readdirSync(join(root, 'demo/notices'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(root, 'demo/notices', f), 'utf8')));

/** Peak memory and CPU time of the child, written at exit by a module loaded with --import. */
const tmp = mkdtempSync(join(tmpdir(), 'layered-notice-build-scale-'));
const probe = join(tmp, 'probe.mjs');
writeFileSync(
  probe,
  `process.on('exit', () => { const u = process.resourceUsage(); require('node:fs').writeFileSync(process.env.LN_PROBE_OUT, JSON.stringify({ maxRssKb: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 })); });\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n`,
);

const rows = [];
for (const n of sizes.length ? sizes : [10, 100, 1000]) {
  const src = join(tmp, `notices-${n}`);
  mkdirSync(src, { recursive: true });
  for (let i = 0; i < n; i++) {
    const d = demos[i % demos.length];
    writeFileSync(join(src, `${d.id}-${i}.json`), JSON.stringify({ ...d, id: `${d.id}-${i}` }));
  }
  const out = join(tmp, `site-${n}`);
  const probeOut = join(tmp, `probe-${n}.json`);
  const load = loadavg()[0];
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', probe, join(root, 'dist/cli.js'), 'build', src, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, LN_PROBE_OUT: probeOut },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (![0, 1].includes(r.status)) throw new Error(`build of ${n} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const { maxRssKb, cpu } = JSON.parse(readFileSync(probeOut, 'utf8'));
  const built = JSON.parse(readFileSync(join(out, 'notices.json'), 'utf8')).notices.length;
  rows.push({
    notices: n,
    built,
    seconds: Math.round(seconds * 10) / 10,
    cpuSeconds: Math.round(cpu * 10) / 10,
    peakMB: Math.round(maxRssKb / 1024),
    load: load.toFixed(1),
  });
  rmSync(src, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
}
rmSync(tmp, { recursive: true, force: true });

console.log('| Notices | Built | Wall clock | CPU time | Peak memory | Load average |\n| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.notices} | ${r.built} | ${r.seconds} s | ${r.cpuSeconds} s | ${r.peakMB} MB | ${r.load} |`);
if (check) {
  const big = rows.find((r) => r.notices >= 1000);
  const ok = big && big.built === big.notices && big.seconds <= 60 && big.peakMB < 1024;
  console.log(ok ? 'OK: within 60 s and 1 GB' : 'FAILED: over 60 s or 1 GB, or notices left out');
  process.exitCode = ok ? 0 : 1;
}
