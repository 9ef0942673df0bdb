// The package publishes cleanly: the right files go in (and tests and demo stay
// out), publint and Are the Types Wrong? find nothing, and the exports map works
// from Node and from TypeScript with moduleResolution bundler and node16.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = process.cwd();
const sh = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', ...opts });

test('npm pack contains the built files, schema, locales, types, README, LICENSE and CHANGELOG, and no tests or demo', () => {
  const run = sh('npm', ['pack', '--dry-run', '--json', '--ignore-scripts']);
  assert.equal(run.status, 0, run.stderr);
  const files = JSON.parse(run.stdout)[0].files.map((f) => f.path);
  for (const must of [
    'dist/layered-notice.js',
    'dist/define.js',
    'dist/schema.js',
    'dist/layered-notice.iife.js',
    'dist/locales/cy.json',
    'dist/cli.js',
    'dist/notice.schema.json',
    'dist/custom-elements.json',
    'dist/vscode.html-custom-data.json',
    'dist/types/index.d.ts',
    'dist/types/define.d.ts',
    'locales/en.json',
    'README.md',
    'LICENSE',
    'CHANGELOG.md',
    'package.json',
  ]) {
    assert.ok(files.includes(must), `missing from the package: ${must}`);
  }
  // The WordPress plugin is its own download (dist/layered-notice-wordpress.zip), not part of the npm package.
  const unwanted = files.filter((f) => /^(test|demo|src|scripts|\.ci|integrations|dist\/wordpress)\/|wordpress\.zip$/.test(f));
  assert.deepEqual(unwanted, []);
});

test('publint finds no error or warning', async () => {
  const { publint } = await import('publint');
  const { messages } = await publint({ pkgDir: root, level: 'warning', pack: 'npm' });
  assert.deepEqual(
    messages.map((m) => `${m.type} ${m.code} ${JSON.stringify(m.args)}`),
    [],
  );
});

test('Are the Types Wrong? finds no problem for ESM consumers (node16 and bundler)', () => {
  // attw exits 1 on any problem the profile does not ignore (CommonJS resolution is
  // ignored: the package is ES modules only, as its "type" says).
  const run = sh('npx', ['--no-install', 'attw', '--pack', '.', '--profile', 'esm-only', '--no-color']);
  assert.equal(run.status, 0, run.stdout.slice(0, 3000));
});

test('the exports map works from Node: the schema entry validates, the main entry imports', () => {
  const run = sh(process.execPath, [
    '--input-type=module',
    '-e',
    "const s = await import('layered-notice/schema'); const m = await import('layered-notice'); console.log(s.validateNotice({}).ok, typeof m.LayeredNotice)",
  ]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), 'false function');
});

test('TypeScript resolves the types with moduleResolution bundler and node16', () => {
  // An app beside a copy of the package, as npm would install it.
  const app = mkdtempSync(path.join(tmpdir(), 'ln-consumer-'));
  try {
    cpSync(path.join(root, 'test/fixtures/consumer'), app, { recursive: true });
    mkdirSync(path.join(app, 'node_modules'));
    symlinkSync(root, path.join(app, 'node_modules', 'layered-notice'));
    for (const dep of ['lit', '@lit', 'i18next', 'lit-html', 'lit-element', '@types']) {
      try {
        symlinkSync(path.join(root, 'node_modules', dep), path.join(app, 'node_modules', dep));
      } catch {
        /* not installed: the app does without it */
      }
    }
    for (const mode of ['bundler', 'node16']) {
      const run = sh(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${mode}.json`], { cwd: app });
      assert.equal(run.status, 0, `${mode}: ${run.stdout}${run.stderr}`);
    }
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
