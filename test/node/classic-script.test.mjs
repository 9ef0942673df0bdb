// The classic script as built: it opens with V8's explicit compile hint, so Chromium compiles
// its functions while the file streams in (https://v8.dev/blog/explicit-compile-hints), and
// its source map still points at the sources below that extra first line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sourcePositions } from '../../scripts/bench/lib/source-map.mjs';

const code = readFileSync('dist/layered-notice.iife.js', 'utf8');
const map = JSON.parse(readFileSync('dist/layered-notice.iife.js.map', 'utf8'));

test('the classic script opens with the compile hint, on a line of its own', () => {
  // V8 reads the hint only at the top of the file.
  assert.equal(code.split('\n')[0], '//# allFunctionsCalledOnLoad');
});

test('the source map of the classic script still maps its code to the sources', () => {
  // The payload request's options, written once, in src/load/early-requests.ts (the locale
  // request has `credentials` alone).
  const needle = 'credentials:"same-origin",headers';
  const lines = code.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.equal(lines.filter((l) => l.includes(needle)).length, 1);
  const pos = sourcePositions(map)(line, lines[line].indexOf(needle));
  assert.match(pos?.source ?? '', /src\/load\/early-requests\.ts$/);
});
