// The documented API and the code agree: README's API section is what the manifest
// (from the element's JSDoc) says, and the stylesheet uses exactly the documented
// custom properties, no more and no fewer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'layered-notice');

test("README's API section is generated from the manifest (no drift)", () => {
  const run = spawnSync(process.execPath, ['scripts/api-docs.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

test('the stylesheet uses every documented --ln-* property and no undocumented one', () => {
  const css = readFileSync('src/layered-notice.styles.ts', 'utf8');
  const used = new Set([...css.matchAll(/var\((--ln-[a-z0-9-]+)/g)].map((m) => m[1]));
  const documented = new Set(element.cssProperties.map((p) => p.name));
  assert.deepEqual(
    [...documented].filter((p) => !used.has(p)),
    [],
    'documented but unused',
  );
  assert.deepEqual(
    [...used].filter((p) => !documented.has(p)),
    [],
    'used but undocumented',
  );
});

test('every part in the templates is documented, and every documented part exists', () => {
  const sources = [
    'src/layered-notice.ts',
    ...['glance', 'facts', 'generated', 'sections', 'rights', 'contacts', 'choice', 'language-switcher', 'heading', 'jit', 'notice'].map(
      (f) => `src/layers/${f}.ts`,
    ),
  ];
  const code = sources.map((f) => readFileSync(f, 'utf8')).join('\n');
  const inTemplates = new Set([...code.matchAll(/part="([a-z-]+)"/g)].map((m) => m[1]));
  // choice() takes its part as an argument.
  for (const m of code.matchAll(/choice(?:<[^>]*>)?\('([a-z-]+)'/g)) inTemplates.add(m[1]);
  const documented = new Set(element.cssParts.map((p) => p.name));
  assert.deepEqual([...inTemplates].filter((p) => !documented.has(p)).sort(), [], 'in templates but undocumented');
  assert.deepEqual([...documented].filter((p) => !inTemplates.has(p)).sort(), [], 'documented but missing');
});

test('VS Code custom data lists the element and its attributes', () => {
  const data = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
  assert.equal(data.tags[0].name, 'layered-notice');
  assert.deepEqual(data.tags[0].attributes.map((a) => a.name).sort(), ['full', 'heading-level', 'lang', 'locales', 'purpose', 'src']);
});
