#!/usr/bin/env node
/**
 * Builds the recipe apps of docs/recipes.md into test/fixtures/recipes/dist/, where
 * test/recipes.test.ts loads them in Chromium, Firefox and WebKit:
 *
 *   bundler.js          test/fixtures/recipes/bundler/app.js: `import 'layered-notice/define'`
 *   react.js            test/fixtures/recipes/react/app.jsx: a React 19 component
 *   chunks/             code both share, and one chunk per interface language
 *   ssr-fallback.html   `layered-notice render` output as the no-JavaScript fallback
 *                       inside the element
 *
 * The apps import the package by its name, as an app that ran `npm install layered-notice`
 * does: a throwaway node_modules/ holds a symlink named `layered-notice` to this
 * repository, and esbuild resolves `layered-notice/define` through the package's own
 * "exports" map to dist/define.js (so `npm run build` must have run). Nothing here goes
 * into the package or the classic-script bundle.
 *
 * Usage: node scripts/build-recipes.mjs [--quiet]
 * npm test runs it through test/node/recipes-build.test.mjs, before the browser tests.
 * Exit code 0 built, 1 failed (the reason on standard error).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'test', 'fixtures', 'recipes');
const outdir = path.join(fixtures, 'dist');
const quiet = process.argv.includes('--quiet');

/**
 * esbuild warns "Ignoring this import because dist/chunks/validate-....js was marked as
 * having no side effects": Rollup hoists a bare `import './chunks/validate-....js'` into
 * dist/define.js, and package.json's "sideEffects" (rightly) says that chunk has none.
 * The chunk is imported for its exports anyway, so nothing is lost; an app's own esbuild
 * build shows the same warning. Any other warning is new and worth a look.
 */
const KNOWN_WARNING = /^Ignoring this import because "[^"]*dist\/chunks\/validate-[^"]+\.js" was marked as having no side effects/;

/** The notice every recipe shows. */
const NOTICE = 'demo/notices/family-valued-evaluation.json';

function fail(message) {
  console.error(`build-recipes: ${message}`);
  process.exit(1);
}

for (const built of ['dist/define.js', 'dist/layered-notice.js', 'dist/cli.js', 'dist/layered-notice.iife.js']) {
  if (!existsSync(path.join(root, built))) fail(`${built} is missing: run \`npm run build\` first`);
}

/**
 * Bundles both apps in one build, as an app with two pages would: splitting gives them
 * shared chunks, and each interface language stays a chunk of its own, loaded on demand.
 * Returns esbuild's metafile and the text of its warnings.
 */
async function bundleApps() {
  const modules = mkdtempSync(path.join(os.tmpdir(), 'ln-recipes-'));
  try {
    mkdirSync(path.join(modules, 'node_modules'));
    symlinkSync(root, path.join(modules, 'node_modules', 'layered-notice'), 'dir');
    const result = await esbuild.build({
      absWorkingDir: fixtures,
      entryPoints: { bundler: 'bundler/app.js', react: 'react/app.jsx' },
      bundle: true,
      format: 'esm',
      splitting: true,
      outdir,
      entryNames: '[name]',
      chunkNames: 'chunks/[name]-[hash]',
      platform: 'browser',
      target: ['es2022'],
      // Where `layered-notice` is installed; React comes from the repository's own
      // node_modules (a devDependency), found by walking up from the fixtures.
      nodePaths: [path.join(modules, 'node_modules')],
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      minify: true,
      legalComments: 'none',
      metafile: true,
      logLevel: 'silent',
    });
    for (const w of result.warnings) {
      const known = KNOWN_WARNING.test(w.text) ? ' (known and harmless, see KNOWN_WARNING)' : '';
      console.warn(`build-recipes: esbuild warning: ${w.text}${known}`);
    }
    return { metafile: result.metafile, warnings: result.warnings.map((w) => w.text) };
  } finally {
    rmSync(modules, { recursive: true, force: true });
  }
}

/**
 * The notice rendered by `layered-notice render` (what `npx layered-notice render` runs),
 * pasted inside the element as its fallback: without JavaScript the reader gets the whole
 * notice, with it the element renders over it. As docs/recipes.md says to do by hand:
 * keep what is inside <main>, drop the page around it and its <style>.
 */
function ssrFallbackPage() {
  const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'render', NOTICE], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) fail(`layered-notice render ${NOTICE} exited ${run.status}:\n${run.stderr}`);
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(run.stdout);
  if (!main) fail('layered-notice render wrote no <main> element');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Recipe: server-rendered fallback</title>
  <!-- Built by scripts/build-recipes.mjs: do not edit. -->
  <script src="/dist/layered-notice.iife.js" defer></script>
</head>
<body>
  <main>
    <!-- The rendered notice's title is an <h1>; heading-level="1" makes the element match it. -->
    <layered-notice src="/${NOTICE}" heading-level="1">
${main[1].trim()}
    </layered-notice>
  </main>
</body>
</html>
`;
}

const started = Date.now();
rmSync(outdir, { recursive: true, force: true });
let metafile, warnings;
try {
  ({ metafile, warnings } = await bundleApps());
} catch (err) {
  const errors = err?.errors?.map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`);
  fail(errors?.length ? errors.join('\n') : String(err?.stack ?? err));
}
writeFileSync(path.join(outdir, 'ssr-fallback.html'), ssrFallbackPage());
// For test/node/recipes-build.test.mjs: which files went into which output.
writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify({ ...metafile, warnings }, null, 1));

if (!quiet) {
  const outputs = Object.entries(metafile.outputs).filter(([file]) => !file.includes('/chunks/'));
  const chunks = Object.keys(metafile.outputs).length - outputs.length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const [file, o] of outputs) console.log(`build-recipes: ${path.relative(root, path.join(fixtures, file))} ${kb(o.bytes)}`);
  console.log(`build-recipes: ${chunks} chunks, ssr-fallback.html, in ${Date.now() - started} ms`);
}
