// Fuzzing the payload validator (dist/schema.js) with fast-check: arbitrary JSON,
// arbitrary JavaScript values (the `notice` property takes anything), and the demo
// payloads with fields deleted, retyped, added and renamed. Whatever it is given,
// validateNotice never throws and answers { ok: true, notice } or
// { ok: false, problems } with every problem naming a path and saying what is wrong.
//
// The seed is random on each run and printed; FUZZ_SEED=<n> replays a run, and a
// failure prints fast-check's shrunk counterexample and the seed and path to replay it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { validateNotice } from '../../dist/schema.js';

const slugs = readdirSync('demo/notices')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace('.json', ''));
const demos = Object.fromEntries(slugs.map((s) => [s, JSON.parse(readFileSync(`demo/notices/${s}.json`, 'utf8'))]));

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
let fuzzed = 0;
after(() => console.log(`fuzz: ${fuzzed} payloads validated (seed ${seed}; replay with FUZZ_SEED=${seed})`));

/** The contract every answer keeps, whatever the input. Returns the result for further checks. */
function validated(input) {
  fuzzed += 1;
  let result;
  assert.doesNotThrow(() => (result = validateNotice(input)), 'validateNotice threw');
  assert.equal(typeof result, 'object');
  assert.equal(typeof result.ok, 'boolean', 'result.ok is a boolean');
  if (result.ok) {
    assert.equal(result.notice, input, 'an accepted payload is returned as given');
    assert.equal(result.problems, undefined);
  } else {
    assert.ok(Array.isArray(result.problems) && result.problems.length > 0, 'a refused payload has at least one problem');
    for (const p of result.problems) {
      assert.equal(typeof p.path, 'string', 'problem.path is a string');
      assert.ok(p.path.length > 0, `problem.path is not empty: ${JSON.stringify(p)}`);
      assert.equal(typeof p.message, 'string', 'problem.message is a string');
      assert.ok(p.message.trim().length > 0, `problem.message is not empty: ${JSON.stringify(p)}`);
    }
    // What the console and the ln-error event carry must be plain data.
    assert.doesNotThrow(() => JSON.stringify(result.problems));
  }
  return result;
}

const run = (arbitrary, predicate, numRuns) => fc.assert(fc.property(arbitrary, predicate), { numRuns, seed });

// ------------------------------------------------------------ mutations

/** Every node below the root as a path of keys, e.g. ['sections', 3, 'body', 2]. */
function paths(value, prefix = [], out = []) {
  if (value && typeof value === 'object') {
    for (const k of Object.keys(value)) {
      const key = Array.isArray(value) ? Number(k) : k;
      out.push([...prefix, key]);
      paths(value[k], [...prefix, key], out);
    }
  }
  return out;
}

const parentOf = (root, path) => path.slice(0, -1).reduce((node, k) => node[k], root);

/** Sets an own property, as JSON.parse does (plain assignment of "__proto__" would change the prototype). */
const define = (obj, key, value) => Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });

/** Field names a mutation may use: random ones, ones the schema knows, and Object.prototype's. */
const keyArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'),
  fc.constantFrom(
    'text',
    'items',
    'type',
    'href',
    'id',
    'en',
    'cy',
    'heading',
    'body',
    'email',
    'code',
    'audiences',
    'version',
    'sections',
  ),
);
const valueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '',
    ' ',
    'javascript:alert(1)',
    '<script>alert(1)</script>',
    'A15',
    'A6-1-e',
    'list',
    'table',
    'paragraph',
    'https://example.org/',
    'x@example.org',
    '2026-02-30',
    1,
    0,
    -1,
    null,
    true,
    [],
    {},
  ),
);
const opArb = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'retype', 'add', 'rename', 'duplicate', 'empty'),
  key: keyArb,
  value: valueArb,
});

/** Applies the operations in turn. Values are copied in: constantFrom's [] and {} are shared instances. */
function mutate(payload, ops) {
  for (const op of ops) {
    const all = paths(payload);
    if (all.length === 0) break;
    const path = all[op.at % all.length];
    const parent = parentOf(payload, path);
    const key = path[path.length - 1];
    const node = parent[key];
    switch (op.kind) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(key, 1);
        else delete parent[key];
        break;
      case 'retype':
        parent[key] = structuredClone(op.value);
        break;
      case 'add':
        if (Array.isArray(node)) node.push(structuredClone(op.value));
        else if (node && typeof node === 'object') define(node, op.key, structuredClone(op.value));
        else if (!Array.isArray(parent)) define(parent, op.key, structuredClone(op.value));
        break;
      case 'rename':
        if (!Array.isArray(parent) && op.key !== key) {
          define(parent, op.key, node);
          delete parent[key];
        }
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice(key, 0, structuredClone(node));
        break;
      case 'empty':
        parent[key] = Array.isArray(node) ? [] : node && typeof node === 'object' ? {} : '';
        break;
    }
  }
  return payload;
}

const mutatedArb = fc
  .record({ slug: fc.constantFrom(...slugs), ops: fc.array(opArb, { minLength: 1, maxLength: 5 }) })
  .map(({ slug, ops }) => ({ slug, ops, payload: mutate(structuredClone(demos[slug]), ops) }));

// ---------------------------------------------------------------- tests

test('the demo payloads are valid to start from', () => {
  assert.equal(slugs.length, 6);
  for (const slug of slugs) assert.equal(validated(demos[slug]).ok, true, slug);
});

test('arbitrary JSON: never throws, always ok or problems with paths (3 000 values)', () => {
  run(fc.jsonValue(), (v) => void validated(v), 2000);
  // Objects shaped a little like a notice, so the walk goes past the top level.
  const shaped = fc.dictionary(
    fc.oneof(keyArb, fc.constantFrom('version', 'id', 'title', 'noticeType', 'controller', 'purposes', 'rights')),
    fc.jsonValue({ maxDepth: 4 }),
  );
  run(shaped, (v) => void validated({ version: 1, ...v }), 1000);
});

test('arbitrary JavaScript values through the property: BigInt, symbols, Maps, dates, null prototypes (1 000 values)', () => {
  const anything = fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  });
  run(fc.oneof(anything, fc.record({ version: anything, title: anything, sections: anything })), (v) => void validated(v), 1000);
  for (const v of [Symbol('x'), { version: 10n }, { ...demos[slugs[0]], title: Symbol('t') }, () => 1, undefined, NaN]) validated(v);
});

test('mutated demo payloads: fields deleted, retyped, added, renamed, duplicated, emptied (6 000 payloads)', () => {
  run(
    mutatedArb,
    ({ payload }) => {
      const first = validated(payload);
      // The same answer twice: no state carried between calls.
      assert.deepEqual(validateNotice(payload), first);
    },
    6000,
  );
});

test('a field the schema does not know is always refused, even one named after Object.prototype (1 000 payloads)', () => {
  const arb = fc.record({ slug: fc.constantFrom(...slugs), at: fc.nat(), key: keyArb });
  run(
    arb,
    ({ slug, at, key }) => {
      const payload = structuredClone(demos[slug]);
      const objects = [[], ...paths(payload)].filter((p) => {
        const node = p.length ? parentOf(payload, p)[p[p.length - 1]] : payload;
        return node && typeof node === 'object' && !Array.isArray(node);
      });
      const path = objects[at % objects.length];
      const target = path.length ? parentOf(payload, path)[path[path.length - 1]] : payload;
      fc.pre(!Object.prototype.hasOwnProperty.call(target, key));
      // An object is never a valid value for a field named like this one's neighbours,
      // nor for a language in a map of language to text: so this must be refused.
      define(target, key, { __fuzz: true });
      const result = validated(payload);
      assert.equal(result.ok, false, `adding "${key}" at ${JSON.stringify(path)} was accepted`);
    },
    1000,
  );
  // The examples that were accepted before the validator looked at own fields only.
  for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
    const payload = structuredClone(demos[slugs[0]]);
    define(payload.controller, key, 'x');
    const result = validated(payload);
    assert.equal(result.ok, false, key);
    const name = /^[A-Za-z_$][\w$]*$/.test(key) ? `controller.${key}` : `controller[${JSON.stringify(key)}]`;
    assert.deepEqual(result.problems, [{ path: name, message: `unknown field "${key}": remove it or check its spelling` }]);
  }
  const parsed = JSON.parse(JSON.stringify(demos[slugs[0]]).replace('"controller":{', '"controller":{"__proto__":{"email":"x"},'));
  assert.equal(Object.keys(parsed.controller)[0], '__proto__');
  assert.equal(validated(parsed).ok, false);
});

test('deep nesting and cycles are refused with a problem, never a stack overflow (200 payloads)', () => {
  run(
    fc.integer({ min: 1, max: 20_000 }),
    (depth) => {
      const payload = structuredClone(demos[slugs[0]]);
      const top = { type: 'list', items: [] };
      let items = top.items;
      for (let i = 0; i < depth; i++) {
        const next = { text: 'x', items: [] };
        items.push(next);
        items = next.items;
      }
      items.push('end');
      payload.sections[0].body = [top];
      const result = validated(payload);
      if (depth > 40) assert.equal(result.ok, false, `a list nested ${depth} deep was accepted`);
    },
    190,
  );
  const cyclic = structuredClone(demos[slugs[0]]);
  const item = { text: 'x', items: [] };
  item.items.push(item, item, item);
  cyclic.sections[0].body = [{ type: 'list', items: [item] }];
  const started = Date.now();
  const result = validated(cyclic);
  assert.equal(result.ok, false);
  assert.ok(Date.now() - started < 1000, 'a cycle is reported at once, not walked');
  assert.ok(
    result.problems.some((p) => /cycle/.test(p.message)),
    JSON.stringify(result.problems),
  );
  const self = { version: 1 };
  self.title = self;
  validated(self);
});

test('dates: every YYYY-MM-DD shape is accepted exactly when it is a real day, never thrown on (1 000 dates)', () => {
  // Impossible days ("2026-02-32", "0001-00-00") are where Date parsing throws or rolls over.
  const pad = (n, w) => String(n).padStart(w, '0');
  /** Whether year-month-day is a day of the proleptic Gregorian calendar (as toISOString writes it). */
  const real = (y, m, d) => {
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    return m >= 1 && m <= 12 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  };
  const base = demos[slugs[0]];
  run(
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })),
    ([y, m, d]) => {
      const date = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      const result = validated({ ...base, lastUpdated: date, changes: [{ date, description: 'x' }] });
      assert.equal(result.ok, real(y, m, d), date);
    },
    1000,
  );
  for (const date of ['2026-02-30', '2026-02-32', '2026-13-01', '2026-00-10', '0000-00-00', '9999-99-99', '2026-02-29', '2024-02-29']) {
    const result = validated({ ...base, lastUpdated: date });
    assert.equal(result.ok, date === '2024-02-29', date);
  }
});
