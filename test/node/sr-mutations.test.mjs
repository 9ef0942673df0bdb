// The screen-reader layer's deliberately broken builds (scripts/test/sr/mutate.mjs) must
// each find their one place in the source: a mutation whose text has moved would stop
// the mutation run before any journey is heard, and nobody would learn the journeys
// still catch that fault.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MUTATIONS } from '../../scripts/test/sr/mutate.mjs';

test('every screen-reader mutation finds its text exactly once in the source', () => {
  for (const [name, m] of Object.entries(MUTATIONS)) {
    const source = readFileSync(m.file, 'utf8');
    const first = source.indexOf(m.find);
    assert.ok(first >= 0, `${name}: "${m.find}" is not in ${m.file}`);
    assert.equal(source.indexOf(m.find, first + 1), -1, `${name}: "${m.find}" is in ${m.file} more than once`);
  }
});
