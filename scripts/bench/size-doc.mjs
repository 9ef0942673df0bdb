#!/usr/bin/env node
/**
 * `npm run size:doc`: writes docs/size.md from `node scripts/size.mjs --check` (the
 * gzip/brotli sizes of every built script and JSON file, and the classic script's
 * 30 KB gzip budget). Run `npm run build` first. Exits as size.mjs does (1 when the
 * classic script is over budget), after writing the page either way.
 *
 *   node scripts/bench/size-doc.mjs [--root DIR --label TEXT]
 *
 * `--root` measures another tree's dist/ (as `npm run bench -- --root` does), labelled
 * `--label` in the page; the page is still written to this repository's docs/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(repo);
const { values: opt } = parseArgs({ options: { root: { type: 'string' }, label: { type: 'string' } } });
const root = resolve(opt.root ?? repo);

const run = spawnSync(process.execPath, [resolve(repo, 'scripts/size.mjs'), '--check'], { encoding: 'utf8', cwd: root });
if (run.error || (run.status !== 0 && run.status !== 1) || !run.stdout.includes('| file |')) {
  process.stderr.write(run.stderr || String(run.error ?? 'scripts/size.mjs printed no table'));
  process.exit(run.status || 2);
}
const out = run.stdout.trim();
const table = out.slice(out.indexOf('| file |')).split('\n\n')[0].trim();
const verdict = out.slice(out.indexOf(table) + table.length).trim();
const git = (...args) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
const dirty = git('status', '--porcelain', '--', 'src', 'rollup.config.mjs', 'package.json')
  ? ', with uncommitted changes in src/ or the build config'
  : '';
const built = statSync(resolve(root, 'dist/layered-notice.iife.js'))
  .mtime.toISOString()
  .replace(/\.\d+Z$/, 'Z');
const tree = opt.label ?? `commit ${commit}${dirty}`;

const page = `<!-- Written by \`npm run size:doc\` (scripts/bench/size-doc.mjs) from \`node scripts/size.mjs --check\`; do not edit by hand. -->
# Bundle sizes

Sizes of the built files in \`dist/\` (\`npm run build\`), raw, gzip at level 9 and brotli at quality 11:
what a server sends with either compression. The page loads \`layered-notice.iife.js\` (the classic
script, English built in) and the payload; a reader of another language also loads one \`locales/<tag>.json\`.
\`cli.js\`, \`custom-elements.json\` and the schema are tools' files, never loaded by a page.

Budget: the classic script at most 30 KB (30720 bytes) gzip. \`npm test\` runs
\`node scripts/size.mjs --check\` after the build and fails over budget.

**${verdict || 'no verdict printed'}**

From the \`dist/\` built ${built}, ${tree}.

${table}

See [performance.md](performance.md) for what the script costs at run time.
`;
writeFileSync('docs/size.md', page);
console.log(`docs/size.md written: ${verdict}`);
process.exit(run.status);
