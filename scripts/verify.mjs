#!/usr/bin/env node
/**
 * `npm run verify`: the static checks, run first by `npm test` and so by CI.
 *
 *   typecheck  `tsc --noEmit` over every TypeScript project in the repository
 *   lint       ESLint (eslint.config.mjs: typescript-eslint, the Lit and web-component plugins)
 *   format     Prettier in check mode (.prettierrc.json); `npm run format` rewrites
 *
 * `node scripts/verify.mjs typecheck lint` runs only those; `--write` makes the format
 * check rewrite the files instead (`npm run format`). The checks run side by side;
 * each one's output is printed when it ends, so it is never interleaved with another's.
 * Exits 1 if any check fails.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** The TypeScript projects checked here: the browser code, the command-line tools, the notice editor, the browser tests. */
const PROJECTS = ['tsconfig.json', 'tsconfig.cli.json', 'tsconfig.editor.json', 'tsconfig.test.json'];
/**
 * Projects checked elsewhere, and why: the consumer fixture imports the package by name,
 * so test/node/package.test.mjs type-checks it against the built package.
 */
const CHECKED_ELSEWHERE = ['test/fixtures/consumer/tsconfig.bundler.json', 'test/fixtures/consumer/tsconfig.node16.json'];

/** The files Prettier checks (and `npm run format` rewrites); .prettierignore leaves out fixtures. */
const FORMATTED = ['src/**/*.ts', '{test,scripts}/**/*.{ts,js,mjs}', '*.{mjs,cjs}'];

/** Every tsconfig*.json in the repository, outside dependencies and build output. */
function tsconfigs(dir = '', found = []) {
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory() && !/^(node_modules|dist|coverage|\.git|\.tmp)$/.test(entry.name)) tsconfigs(rel, found);
    else if (entry.isFile() && /^tsconfig.*\.json$/.test(entry.name)) found.push(rel);
  }
  return found;
}

/** Runs a command; resolves to its exit code and everything it printed. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ code: 127, output: `could not start ${cmd}: ${err.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The checks by name; each is a list of [label, command, args]. */
const CHECKS = {
  typecheck: () => PROJECTS.map((p) => [`tsc -p ${p}`, bin('tsc'), ['--noEmit', '-p', p]]),
  lint: () => [['eslint', bin('eslint'), ['--max-warnings', '0', '.']]],
  format: (write) => [
    [`prettier ${write ? '--write' : '--check'}`, bin('prettier'), [write ? '--write' : '--check', '--log-level', 'warn', ...FORMATTED]],
  ],
};

async function main(names, write) {
  const unknown = names.filter((n) => !CHECKS[n]);
  if (unknown.length) {
    console.error(`verify: unknown check(s) ${unknown.join(', ')}; use ${Object.keys(CHECKS).join(', ')}`);
    return 2;
  }
  const started = Date.now();
  let failed = 0;
  if (names.includes('typecheck')) {
    const missed = tsconfigs().filter((p) => !PROJECTS.includes(p) && !CHECKED_ELSEWHERE.includes(p));
    if (missed.length) {
      console.error(`verify: ${missed.join(', ')} is not type-checked: add it to PROJECTS in scripts/verify.mjs`);
      failed += 1;
    }
  }
  const jobs = names.flatMap((n) => CHECKS[n](write));
  await Promise.all(
    jobs.map(async ([label, cmd, args]) => {
      const t = Date.now();
      const { code, output } = await run(cmd, args);
      const took = `${((Date.now() - t) / 1000).toFixed(1)}s`;
      if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
      console.log(`verify: ${label} ${code === 0 ? 'ok' : `FAILED (exit ${code})`} (${took})`);
      if (code !== 0) failed += 1;
    }),
  );
  const took = `${((Date.now() - started) / 1000).toFixed(1)}s`;
  console.log(failed ? `verify: ${failed} check(s) failed (${took})` : `verify: all checks passed (${took})`);
  return failed ? 1 : 0;
}

const write = process.argv.includes('--write');
const names = process.argv.slice(2).filter((a) => a !== '--write');
process.exitCode = await main(names.length ? names : Object.keys(CHECKS), write);
