#!/usr/bin/env node
/**
 * `npm run docs:editor-trial`: runs the editor's timed trial (test/editor-trial.test.ts)
 * in one browser and writes what it counted, and the Keystroke-Level Model estimate it
 * printed, into docs/editor.md between the trial markers. Run `npm run build` first.
 *
 *   node scripts/bench/editor-trial.mjs [--browser chromium|firefox|webkit]
 *
 * Exits 1, writing nothing, when the trial fails or prints no estimate.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: opt } = parseArgs({ options: { browser: { type: 'string', default: 'chromium' } } });
const run = spawnSync('npx', ['wtr', '--config', 'web-test-runner.config.mjs', '--files', 'test/editor-trial.test.ts'], {
  cwd: repo,
  encoding: 'utf8',
  env: { ...process.env, BROWSERS: opt.browser },
});
const line = /EDITOR-TRIAL (\{.*\})/.exec(run.stdout ?? '');
if (run.status !== 0 || !line) {
  process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}\nThe trial failed or printed no estimate: nothing written.\n`);
  process.exit(1);
}
const e = JSON.parse(line[1]);
const { K, M } = e.operators;
const section = `<!-- editor-trial:start (written by npm run docs:editor-trial; do not edit by hand) -->
Measured by \`npm run docs:editor-trial\` in ${opt.browser}, from test/editor-trial.test.ts:

| what the trial counted | count | operator | seconds |
| --- | ---: | --- | ---: |
| keys pressed (${e.tabs} of them Tab, between fields) | ${e.keys} | K = ${K} s | ${(e.keys * K).toFixed(0)} |
| fields and buttons gone to, each after a moment's thought | ${e.fields} | M = ${M} s | ${(e.fields * M).toFixed(0)} |
| **estimate** | | | **${e.seconds} s, ${e.minutes} minutes** |
<!-- editor-trial:end -->`;
const doc = resolve(repo, 'docs/editor.md');
const text = readFileSync(doc, 'utf8');
const marked = /<!-- editor-trial:start[\s\S]*?<!-- editor-trial:end -->/;
if (!marked.test(text)) {
  process.stderr.write('docs/editor.md has no editor-trial markers: nothing written.\n');
  process.exit(1);
}
writeFileSync(doc, text.replace(marked, section));
console.log(`docs/editor.md: ${e.keys} keys, ${e.fields} fields, about ${e.minutes} minutes`);
