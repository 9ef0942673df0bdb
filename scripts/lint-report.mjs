#!/usr/bin/env node
// Writes docs/lint-report.md: `layered-notice lint` over the five demo seed notices, seed
// by seed. It runs the built CLI (dist/cli.js) as a user would, so the report shows
// exactly what the command says. `npm run lint-report` builds first. `--out <file>` writes
// elsewhere (the tests compare a fresh report with the committed one).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';

const CLI = 'dist/cli.js';
const at = process.argv.indexOf('--out');
const OUT = at > 0 ? process.argv[at + 1] : 'docs/lint-report.md';
if (!existsSync(CLI)) {
  console.error(`lint-report: ${CLI} is missing: run npm run build first`);
  process.exit(1);
}

/** A table cell: pipes escaped, line breaks flattened. */
const cell = (s) =>
  String(s)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');

const seeds = readdirSync('demo/notices')
  .filter((f) => f.endsWith('.json'))
  .sort();
const reports = seeds.map((file) => {
  const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', `demo/notices/${file}`], { encoding: 'utf8' });
  if (run.status === 2 || !run.stdout) throw new Error(`lint failed on ${file}: ${run.stderr}`);
  return JSON.parse(run.stdout);
});

const lines = [
  '# Lint report: the demo seed notices',
  '',
  'Written by `npm run lint-report` (scripts/lint-report.mjs) from `layered-notice lint` over',
  '`demo/notices/*.json`; do not edit by hand. Each rule links to its page, which gives the article',
  'behind it and how to fix it. Line:column are in the payload file.',
  '',
  '| Seed | Errors | Warnings | Info |',
  '| --- | ---: | ---: | ---: |',
  ...reports.map(
    (r) =>
      `| [${r.file.replace('demo/notices/', '')}](#${r.file.replace('demo/notices/', '').replace('.json', '')}) | ${r.counts.error} | ${r.counts.warning} | ${r.counts.info} |`,
  ),
];
for (const r of reports) {
  const name = r.file.replace('demo/notices/', '').replace('.json', '');
  lines.push('', `## ${name}`, '', `\`${r.file}\`: ${r.counts.error} errors, ${r.counts.warning} warnings, ${r.counts.info} info.`, '');
  if (!r.findings.length) {
    lines.push('No findings.');
    continue;
  }
  lines.push('| Rule | Severity | Path | Line:col | Message |', '| --- | --- | --- | --- | --- |');
  for (const f of r.findings)
    lines.push(`| [${f.rule}](lint/${f.rule}.md) | ${f.severity} | \`${cell(f.path)}\` | ${f.line}:${f.column} | ${cell(f.message)} |`);
}
writeFileSync(OUT, lines.join('\n') + '\n');
console.log(`lint-report: wrote ${OUT} (${reports.reduce((n, r) => n + r.findings.length, 0)} findings in ${reports.length} notices)`);
