#!/usr/bin/env node
/**
 * Compares the transcripts of two or more runs of the screen-reader layer, each
 * written with `node scripts/test/screen-reader.mjs --transcripts DIR`:
 *
 *   node scripts/test/sr/compare.mjs DIR1 DIR2 DIR3
 *
 * Reports, per browser and journey, whether the transcripts are identical, and for
 * those that differ, the first differing line of each run. Exits 1 if any differ or
 * is missing from a run.
 *
 * What is normalised before comparing, and why. A transcript holds no time, duration
 * or page-load count (Orca's "Page has N headings" depends on when the notice
 * rendered, so the runner writes "(page loaded)"); the only things left that change
 * from run to run without the resident hearing anything different are:
 * - the local server's port (`http://127.0.0.1:PORT/`), new for every run, which
 *   appears in a failure message;
 * - the `?sr=N` counter the runner adds to each page address, which depends on how
 *   many pages the browser loaded before, so on retries;
 * - temporary directories (`/tmp/layered-notice-…`), named at random;
 * - line endings and spaces at the ends of lines.
 * Everything Orca said is compared as written, including its punctuation.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A transcript with only what legitimately varies between runs replaced (see above). */
export function normalise(text) {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/http:\/\/127\.0\.0\.1:\d+\//g, 'http://127.0.0.1:PORT/')
    .replace(/([?&])sr=\d+/g, '$1sr=N')
    .replace(/\/tmp\/layered-notice-[\w.-]+/g, '/tmp/layered-notice-…')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}

/** `browser/journey` for every transcript under a run's directory. */
function transcriptsIn(dir) {
  const names = [];
  for (const browser of readdirSync(dir)) {
    if (!statSync(path.join(dir, browser)).isDirectory()) continue;
    for (const f of readdirSync(path.join(dir, browser))) if (f.endsWith('.txt')) names.push(`${browser}/${f.replace(/\.txt$/, '')}`);
  }
  return names;
}

/**
 * Compares runs. Returns one entry per transcript: `{ name, same, runs: [{ dir, text | null }], firstDiff }`,
 * where `firstDiff` is the 1-based line number of the first line that is not the same in every run.
 */
export function compareRuns(dirs) {
  const names = [...new Set(dirs.flatMap(transcriptsIn))].sort();
  return names.map((name) => {
    const runs = dirs.map((dir) => {
      const file = path.join(dir, `${name}.txt`);
      return { dir, text: existsSync(file) ? normalise(readFileSync(file, 'utf8')) : null };
    });
    const same = runs.every((r) => r.text !== null && r.text === runs[0].text);
    let firstDiff = null;
    if (!same && runs.every((r) => r.text !== null)) {
      const lines = runs.map((r) => r.text.split('\n'));
      const longest = Math.max(...lines.map((l) => l.length));
      for (let i = 0; i < longest && firstDiff === null; i++) if (lines.some((l) => l[i] !== lines[0][i])) firstDiff = i + 1;
    }
    return { name, same, runs, firstDiff };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dirs = process.argv.slice(2);
  if (dirs.length < 2 || dirs.includes('--help')) {
    console.log('usage: node scripts/test/sr/compare.mjs DIR1 DIR2 [DIR3 ...]   (directories written with --transcripts)');
    process.exit(dirs.includes('--help') ? 0 : 2);
  }
  for (const d of dirs) {
    if (!existsSync(d) || !statSync(d).isDirectory()) {
      console.error(`${d}: not a directory`);
      process.exit(2);
    }
  }
  const report = compareRuns(dirs);
  if (report.length === 0) {
    console.error(`no transcripts (*/<journey>.txt) in ${dirs.join(', ')}`);
    process.exit(2);
  }
  for (const r of report) {
    if (r.same) {
      console.log(`same     ${r.name}`);
      continue;
    }
    console.log(`DIFFERS  ${r.name}${r.firstDiff ? ` (from line ${r.firstDiff})` : ''}`);
    for (const run of r.runs) {
      const line = run.text === null ? '(no transcript in this run)' : (run.text.split('\n')[r.firstDiff - 1] ?? '(ends before)');
      console.log(`  ${run.dir}: ${line}`);
    }
  }
  const differ = report.filter((r) => !r.same).length;
  console.log(
    `\n${report.length - differ} of ${report.length} transcripts identical in ${dirs.length} runs${differ ? `; ${differ} differ` : ''}`,
  );
  process.exit(differ ? 1 : 0);
}
