// Two builds from one source:
// - dist/layered-notice.js (+ define.js, schema.js): ES modules for npm users; lit,
//   i18next stay bare imports so an app's bundler shares them; each interface locale
//   is its own chunk, imported when a reader needs it.
// - dist/layered-notice.iife.js: one classic script for CMS pages, everything inside
//   but the locales other than English, which it fetches from dist/locales/.
// Both are minified with source maps; `npm run size` reports and enforces the budgets.
// A third build, dist/cli.js, is the `layered-notice` command for Node (see its entry below).
import { chmodSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { withoutUnreachableI18next } from './scripts/build/i18next-unreachable.mjs';

// i18next's debug-only logging: with `debug` off (our instance is private, so it is
// always off) these calls return at once, but their long messages would ship. Only
// the classic-script bundle contains i18next, so only it is affected.
const I18NEXT_DEBUG_LOGGING = ['this.logger.log', 'this.logger.warn', 'this.logger.deprecate', 'this.logger.once', 'baseLogger.deprecate'];

// Only transforms that keep the meaning of any code: the bundles carry lit and i18next,
// written without terser's assumptions in mind. `unsafe` once turned i18next's
// `new RegExp(re)` into `RegExp(re)`, which returns the same /g object, so `$t()`
// nesting in a locale string never ended (test/iife-strings.test.ts). Also left out:
// `unsafe_arrows`/`unsafe_methods` (break a function used with `new` or `.prototype`),
// `pure_getters` (drops reads of getters with effects: Lit's reactive properties are
// getters) and `keep_fargs: false` (changes `fn.length`). Together they saved 0.2 KB gzip (`npm run size`).
// The classic script's banner: it asks V8 (Chrome 136 and later) to compile every function of
// the script while it streams in, on a background thread, rather than each on the main thread at
// its first call: almost all of them run before the notice is on screen. Other engines read a
// comment. Terser keeps it (a comment filter). https://v8.dev/blog/explicit-compile-hints
const COMPILE_HINT = 'allFunctionsCalledOnLoad';

const terse = (module, comments = false) =>
  terser({
    module,
    ecma: 2021,
    compress: { pure_funcs: I18NEXT_DEBUG_LOGGING, passes: 3, toplevel: true },
    mangle: { toplevel: true },
    format: { comments },
  });

/**
 * For the classic script: locales are fetched, not imported (an IIFE cannot split
 * chunks, and bundling every language would blow the size budget), and every
 * locale but English is written, compacted, to dist/locales/ next to the script.
 */
const classicLocales = () => ({
  name: 'classic-locales',
  resolveId(source) {
    if (source.endsWith('/locale-source.js')) return fileURLToPath(new URL('src/i18n/locale-fetch.ts', import.meta.url));
  },
  generateBundle() {
    for (const file of readdirSync('locales').filter((f) => f.endsWith('.json') && f !== 'en.json')) {
      const source = JSON.stringify(JSON.parse(readFileSync(`locales/${file}`, 'utf8')));
      this.emitFile({ type: 'asset', fileName: `locales/${file}`, source });
    }
  },
});

/**
 * `LN_BUNDLE_LOCALES=cy npm run build` also writes dist/layered-notice.cy.iife.js:
 * the classic script with those locales built in, for a site that wants one file.
 */
const BUNDLE_LOCALES = (process.env.LN_BUNDLE_LOCALES ?? '')
  .split(',')
  .map((t) => t.trim())
  .filter(Boolean);
const bundledLocales = (tags) => ({
  name: 'bundled-locales',
  resolveId(source) {
    if (source.endsWith('/bundled-locales.js')) return '\0bundled-locales';
  },
  load(id) {
    if (id !== '\0bundled-locales') return null;
    const entries = tags.map((tag) => `${JSON.stringify(tag)}: ${readFileSync(`locales/${tag}.json`, 'utf8')}`);
    return `export const bundled = {${entries.join(',')}};`;
  },
});

const common = () => [literalsHtmlCssMinifier({ failOnError: true }), json({ preferConst: true, compact: true })];

const config = [
  {
    input: {
      'layered-notice': 'src/index.ts',
      define: 'src/define.ts',
      schema: 'src/schema/index.ts',
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^i18next$/],
    // No hoisted bare imports of side-effect-free chunks: esbuild would warn every user about them.
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js', hoistTransitiveImports: false },
    plugins: [
      ...common(),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/types', outDir: 'dist', noEmitOnError: true }),
      terse(true),
    ],
  },
  {
    input: 'src/iife.ts',
    output: { file: 'dist/layered-notice.iife.js', format: 'iife', sourcemap: true, banner: `//# ${COMPILE_HINT}` },
    plugins: [
      ...common(),
      classicLocales(),
      // `LN_WHOLE_I18NEXT=1 npm run build`: i18next untrimmed, to measure the plugin or rule it out of a bug.
      ...(process.env.LN_WHOLE_I18NEXT ? [] : [withoutUnreachableI18next()]),
      resolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', noEmitOnError: true }),
      terse(false, new RegExp(`^# ${COMPILE_HINT}$`)),
    ],
  },
  // dist/editor.js: the notice editor behind demo/editor.html (CodeMirror, the validator, the
  // lint rules and the renderers of `render`). A separate file: the notice's own script and its
  // budget do not change. One file, so the interface locales the renderers import are inside it.
  {
    input: 'src/editor/main.ts',
    output: { file: 'dist/editor.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: [
      json({ preferConst: true, compact: true }),
      resolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.editor.json', outDir: 'dist', noEmitOnError: true }),
      terse(true),
    ],
    onwarn(warning, warn) {
      // As for the CLI below: @lit-labs/ssr-dom-shim's TypeScript helpers test `this` at the top level.
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  },
  // dist/cli.js: the `layered-notice` command for Node (src/cli/). Everything but Node's
  // own modules is bundled (the same lit-html instance renders the layers and runs
  // @lit-labs/ssr), so the CLI adds no run-time dependencies to the package. Not
  // minified: stack traces from a command-line tool should be readable.
  {
    input: 'src/cli/main.ts',
    external: [/^node:/],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
    plugins: [
      json({ preferConst: true, compact: true }),
      resolve({ exportConditions: ['node'], preferBuiltins: true }),
      typescript({ tsconfig: './tsconfig.cli.json', outDir: 'dist', sourceMap: false, noEmitOnError: true }),
      // So `./dist/cli.js` runs from a clone too (npm marks a package's bin executable on install).
      { name: 'executable', writeBundle: () => chmodSync('dist/cli.js', 0o755) },
    ],
    onwarn(warning, warn) {
      // @lit-labs/ssr-dom-shim's compiled TypeScript helpers test `this` at the top level; harmless in ES modules.
      if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
    },
  },
];

if (BUNDLE_LOCALES.length) {
  const iife = config.find((c) => c.input === 'src/iife.ts');
  config.push({
    ...iife,
    output: { ...iife.output, file: `dist/layered-notice.${BUNDLE_LOCALES.join('-')}.iife.js` },
    plugins: [bundledLocales(BUNDLE_LOCALES), ...iife.plugins],
  });
}

export default config;
