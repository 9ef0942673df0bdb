// `layered-notice lint` over several files and folders: each file's findings, a summary
// table (file, errors, warnings, info, then the totals), JSON with a report per file,
// and an exit code that fails when any file has an error or warning. Run on dist/cli.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const TODAY = '2026-06-01';
const COMPLETE = 'test/fixtures/cli/complete.json';
const INVALID = 'test/fixtures/cli/invalid.json';
const PARKING = 'demo/notices/parking-permits.json';
/** One file's JSON report, as `lint <file> --format json` has always written it. */
const single = (file) => JSON.parse(cli('lint', '--format', 'json', '--today', TODAY, file).out);

test('lint of several files prints each finding, then a table of every file and the totals', () => {
  const r = cli('lint', '--today', TODAY, PARKING, INVALID, COMPLETE);
  assert.equal(r.code, 1, r.err);
  const [parking, invalid] = [single(PARKING), single(INVALID)];
  for (const f of [...parking.findings.map((f) => [PARKING, f]), ...invalid.findings.map((f) => [INVALID, f])].map(
    ([file, f]) => `${file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.path}: ${f.message}`,
  ))
    assert.ok(r.out.includes(`${f}\n`), f);
  const table = r.out.slice(r.out.indexOf('\nFile '));
  const row = (name, c) => new RegExp(`\\n${name.replace(/[.()]/g, '\\$&')} +${c.error} +${c.warning} +${c.info}\\n`);
  assert.match(table, /^\nFile +Errors +Warnings +Info\n/);
  assert.match(table, row(PARKING, parking.counts));
  assert.match(table, row(INVALID, invalid.counts));
  assert.match(table, row(COMPLETE, { error: 0, warning: 0, info: 0 }));
  const total = { error: 0, warning: 0, info: 0 };
  for (const c of [parking.counts, invalid.counts]) for (const k in total) total[k] += c[k];
  assert.match(table, row('Total (3 files)', total));
  assert.match(table, /\n2 of 3 files with errors or warnings/);
});

test('lint of a folder in JSON: a report per file in name order, each as one file gives it, and the totals', () => {
  const r = cli('lint', '--format', 'json', '--today', TODAY, 'demo/notices');
  assert.equal(r.code, 1, r.err);
  const out = JSON.parse(r.out);
  const files = readdirSync('demo/notices')
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join('demo/notices', f));
  assert.deepEqual(
    out.files.map((f) => f.file),
    files,
  );
  for (const report of out.files) assert.deepEqual(report, single(report.file), report.file);
  const total = { error: 0, warning: 0, info: 0 };
  for (const f of out.files) for (const k in total) total[k] += f.counts[k];
  assert.deepEqual(out.counts, total);
});

test('lint of several files exits 0 only when none has an error or warning; a missing file is a usage error', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'layered-notice-lint-'));
  mkdirSync(join(tmp, 'notices', '.hidden'), { recursive: true });
  cpSync(COMPLETE, join(tmp, 'notices', 'a.json'));
  cpSync(COMPLETE, join(tmp, 'b.json'));
  // Hidden folders are skipped, as build skips them.
  writeFileSync(join(tmp, 'notices', '.hidden', 'broken.json'), '{');
  const clean = cli('lint', '--today', TODAY, join(tmp, 'notices'), join(tmp, 'b.json'));
  assert.equal(clean.code, 0, clean.out + clean.err);
  assert.match(clean.out, /Total \(2 files\) +0 +0 +0\n/);
  assert.equal(cli('lint', '--today', TODAY, join(tmp, 'b.json'), INVALID).code, 1);
  const missing = cli('lint', join(tmp, 'b.json'), join(tmp, 'no-such.json'));
  assert.equal(missing.code, 2);
  assert.match(missing.err, /no-such\.json/);
});
