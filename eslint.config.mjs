// ESLint flat config, run by `npm run verify` (scripts/verify.mjs) over the sources,
// tests, scripts and these config files. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'test/fixtures/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The element and the layer templates: Lit's and the web-component rules.
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'test/**/*.js', 'demo/**/*.js', 'integrations/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Node: the command-line tools and every .mjs file (scripts, Node tests, config files).
    files: ['src/cli/**/*.ts', '**/*.mjs', '*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      // `_name` marks a parameter kept for its position in a signature; `{ dropped, ...rest }` drops a field.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' }],
      // `interface A extends B {}` is how TypeScript merges event types into a global map.
      // Payload strings must never become code.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['test/**/*.ts'],
    // Chai's property assertions are expressions; the hostile-input tests build malformed
    // payloads and reach into the page's globals on purpose, where `any` says exactly that.
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off', 'no-control-regex': 'off' },
  },
);
