// Two builds from one source:
// - dist/layered-notice.js (+ define.js, schema.js): ES modules for npm users; lit,
//   i18next and valibot stay bare imports so an app's bundler shares them.
// - dist/layered-notice.iife.js: one classic script for CMS pages, everything inside.
// Both are minified with source maps; `npm run size` reports and enforces the budgets.
import { rmSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

rmSync('dist', { recursive: true, force: true });

// i18next's debug-only logging: with `debug` off (our instance is private, so it is
// always off) these calls return at once, but their long messages would ship. Only
// the classic-script bundle contains i18next, so only it is affected.
const I18NEXT_DEBUG_LOGGING = ['this.logger.log', 'this.logger.warn', 'this.logger.deprecate', 'this.logger.once'];

const terse = (module) =>
  terser({
    module,
    ecma: 2021,
    compress: {
      pure_funcs: I18NEXT_DEBUG_LOGGING, passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true, unsafe: true, keep_fargs: false, toplevel: true },
    mangle: { toplevel: true },
    format: { comments: false },
  });

const common = () => [literalsHtmlCssMinifier({ failOnError: true }), json({ preferConst: true, compact: true })];

export default [
  {
    input: {
      'layered-notice': 'src/index.ts',
      define: 'src/define.ts',
      schema: 'src/schema/index.ts',
    },
    external: [/^lit(\/|$)/, /^@lit\//, /^i18next$/, /^valibot$/],
    output: { dir: 'dist', format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [...common(), typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/types', outDir: 'dist' }), terse(true)],
  },
  {
    input: 'src/iife.ts',
    output: { file: 'dist/layered-notice.iife.js', format: 'iife', sourcemap: true },
    plugins: [...common(), resolve({ browser: true }), typescript({ tsconfig: './tsconfig.json', outDir: 'dist' }), terse(false)],
  },
];
