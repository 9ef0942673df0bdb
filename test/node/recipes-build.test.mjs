// Builds the recipe apps of docs/recipes.md (scripts/build-recipes.mjs) and checks what
// went into them. npm test runs the Node tests before the browser tests, so this is also
// what makes test/recipes.test.ts find its bundles in test/fixtures/recipes/dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = process.cwd();
const out = path.join(root, 'test/fixtures/recipes/dist');

const build = spawnSync(process.execPath, ['scripts/build-recipes.mjs'], { cwd: root, encoding: 'utf8' });
const meta = build.status === 0 ? JSON.parse(readFileSync(path.join(out, 'meta.json'), 'utf8')) : undefined;
/** The source files that went into an output, relative to the repository. */
const inputsOf = (output) =>
  Object.keys(meta.outputs[output].inputs).map((f) =>
    path
      .relative(root, path.join(out, '..', f))
      .split(path.sep)
      .join('/'),
  );
const allInputs = () =>
  Object.keys(meta.inputs).map((f) =>
    path
      .relative(root, path.join(out, '..', f))
      .split(path.sep)
      .join('/'),
  );

test('scripts/build-recipes.mjs builds the bundler and React apps and the server-rendered fallback page', () => {
  assert.equal(build.status, 0, `${build.stdout}\n${build.stderr}`);
  for (const file of ['bundler.js', 'react.js', 'ssr-fallback.html']) assert.ok(existsSync(path.join(out, file)), `missing ${file}`);
});

test(
  '`layered-notice/define` resolves through the package "exports" to dist/define.js, as for an installed package',
  { skip: !meta },
  () => {
    const inputs = allInputs();
    assert.ok(inputs.includes('dist/define.js'), inputs.join('\n'));
    // The built files, never the TypeScript sources or the classic script.
    assert.deepEqual(
      inputs.filter((f) => f.startsWith('src/') || f.includes('iife')),
      [],
    );
    // lit and i18next are the app's own dependencies, bundled once for both pages.
    for (const dep of ['node_modules/lit-element/', 'node_modules/i18next/'])
      assert.ok(
        inputs.some((f) => f.includes(dep)),
        dep,
      );
  },
);

test('each interface language stays a chunk of its own, loaded only when a reader needs it', { skip: !meta }, () => {
  const chunks = Object.entries(meta.outputs).filter(([, o]) => o.entryPoint?.includes('dist/chunks/cy-'));
  assert.equal(chunks.length, 1, 'one chunk for the Welsh strings');
  const [welsh] = chunks[0];
  for (const entry of ['dist/bundler.js', 'dist/react.js']) {
    const code = readFileSync(path.join(out, '..', entry), 'utf8');
    assert.ok(!code.includes('Dangos pob adran'), `${entry} must not contain the Welsh strings`);
  }
  assert.match(readFileSync(path.join(out, '..', welsh), 'utf8'), /Dangos pob adran/);
});

test('React goes into the React app only', { skip: !meta }, () => {
  assert.ok(inputsOf('dist/react.js').some((f) => f.includes('node_modules/react-dom/')));
  for (const o of Object.keys(meta.outputs).filter((o) => o !== 'dist/react.js')) {
    assert.deepEqual(
      inputsOf(o).filter((f) => /node_modules\/(react|react-dom|scheduler)\//.test(f)),
      [],
      `${o} has React in it`,
    );
  }
});

test('esbuild gives no warning but the known one about dist/define.js', { skip: !meta }, (t) => {
  // See KNOWN_WARNING in scripts/build-recipes.mjs.
  const known = /^Ignoring this import because "[^"]*dist\/chunks\/validate-[^"]+\.js" was marked as having no side effects/;
  for (const w of meta.warnings.filter((w) => known.test(w))) t.diagnostic(`known esbuild warning: ${w}`);
  assert.deepEqual(
    meta.warnings.filter((w) => !known.test(w)),
    [],
  );
});

test('the fallback page holds the whole rendered notice inside <layered-notice>, with no <style> or inline script', { skip: !meta }, () => {
  const html = readFileSync(path.join(out, 'ssr-fallback.html'), 'utf8');
  const inside = /<layered-notice\b[^>]*>([\s\S]*)<\/layered-notice>/.exec(html)?.[1] ?? '';
  const notice = JSON.parse(readFileSync(path.join(root, 'demo/notices/family-valued-evaluation.json'), 'utf8'));
  assert.match(inside, /<h1[^>]*>Family Valued Privacy Notice<\/h1>/);
  for (const section of notice.sections) assert.ok(inside.includes(`id="${notice.id}-${section.id}"`), section.id);
  assert.doesNotMatch(inside, /<style|<script/);
});
