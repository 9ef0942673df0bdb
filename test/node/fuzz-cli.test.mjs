// Fuzzing every command-line entry point (validate, lint, render, render --embed, import)
// as users run them, the built dist/cli.js in a child process, and the interface locale
// files (the checker, and i18next reading them as the element does). The contract: a
// command exits 0, 1 or 2 (never 3, an internal error) within 5 s on any input of 1 MB or
// less (CPU time, so that a busy machine does not make it flaky); a locale is checked without throwing and every string resolves in well under 1 s.
//
// The seed is fixed, so `npm test` runs the same corpus every time: FUZZ_SEED=<n> picks
// another. FUZZ_LONG=1 runs a longer campaign (FUZZ_RUNS inputs per target, default 200).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import i18next from 'i18next';
import { checkLocale } from '../../scripts/check-locales.mjs';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261202;
const RUNS = process.env.FUZZ_LONG ? Number(process.env.FUZZ_RUNS || 200) : 4;
const MAX_BYTES = 1024 * 1024;
const MAX_MS = 5000;
const tmp = mkdtempSync(join(tmpdir(), 'layered-notice-fuzz-'));
let n = 0;
/** dist/cli.js, through a wrapper that reports the CPU time it used. */
const CLI = 'test/node/helpers/cli-cpu.mjs';

const demos = readdirSync('demo/notices')
  .filter((f) => f.endsWith('.json'))
  .map((f) => readFileSync(`demo/notices/${f}`, 'utf8'));
const pages = readdirSync('test/fixtures/html')
  .filter((f) => f.endsWith('.html'))
  .map((f) => readFileSync(`test/fixtures/html/${f}`, 'utf8'));

/** Runs one command on one input and checks the contract; returns how it ended, for the failure message. */
function runs(command, text, extra = []) {
  assert.ok(Buffer.byteLength(text) <= MAX_BYTES, `corpus input over 1 MB: ${Buffer.byteLength(text)}`);
  const file = join(tmp, `input-${++n}.${command === 'import' ? 'html' : 'json'}`);
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, [CLI, command, file, ...extra], {
    encoding: 'utf8',
    timeout: 3 * MAX_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  const what = `${command} ${extra.join(' ')} on ${file} (${text.length} characters, seed ${seed})`;
  assert.notEqual(r.status, 3, `${what}: exit 3\n${r.stderr.slice(0, 2000)}`);
  assert.ok(
    [0, 1, 2].includes(r.status),
    `${what}: exit ${r.status} ${r.signal ?? ''} (killed after ${3 * MAX_MS} ms?)\n${String(r.stderr).slice(0, 2000)}`,
  );
  // CPU time, not wall-clock time: the bound holds on a busy machine too.
  const ms = Number(/cpu-ms (\d+)\s*$/.exec(r.stderr)?.[1]);
  assert.ok(ms < MAX_MS, `${what}: took ${ms} ms of CPU time`);
}

/** Replaces the value at a random place in a parsed payload. */
const mutate = (text, at, value) => {
  const payload = JSON.parse(text);
  const spots = [];
  const walk = (node) => {
    if (node && typeof node === 'object')
      for (const k of Object.keys(node)) {
        spots.push([node, k]);
        walk(node[k]);
      }
  };
  walk(payload);
  const [parent, key] = spots[at % spots.length];
  parent[key] = value;
  return JSON.stringify(payload, null, at % 3);
};

/** Payload-like inputs: mutated demos, cut-off files, deep brackets, long strings, many problems, noise. */
const jsonInput = fc.oneof(
  fc.tuple(fc.constantFrom(...demos), fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([demo, at, value]) => mutate(demo, at, value)),
  fc.tuple(fc.constantFrom(...demos), fc.nat()).map(([demo, at]) => demo.slice(0, at % demo.length)),
  fc
    .tuple(fc.constantFrom('[', '{"a":', '[{"text":'), fc.integer({ min: 1, max: 100_000 }))
    .map(([open, depth]) => open.repeat(depth).slice(0, MAX_BYTES)),
  fc.tuple(fc.constantFrom(...demos), fc.integer({ min: 1, max: 15_000 })).map(([demo, count]) => {
    const payload = JSON.parse(demo);
    payload.sections = Array.from({ length: count }, (_, i) => ({ id: `S${i}`, heading: i, body: [{ type: 'x' }, null] }));
    return JSON.stringify(payload).slice(0, MAX_BYTES);
  }),
  fc.integer({ min: 1, max: 900_000 }).map((size) => JSON.stringify({ version: 1, title: 'x'.repeat(size) })),
  fc.string({ unit: 'binary', maxLength: 2000 }),
);

/** Page-like inputs for import: the fixture pages cut, spliced and repeated, and tag soup. */
const htmlInput = fc.oneof(
  fc
    .tuple(fc.constantFrom(...pages), fc.nat(), fc.nat())
    .map(([page, a, b]) => page.slice(0, a % page.length) + page.slice(b % page.length)),
  fc
    .tuple(fc.constantFrom(...pages), fc.integer({ min: 1, max: 8 }))
    .map(([page, times]) => page.replace('</main>', page.repeat(times) + '</main>')),
  fc
    .array(
      fc.constantFrom(
        '<h2>',
        '</h2>',
        '<p>',
        '</p>',
        '<ul><li>',
        '</li></ul>',
        '<table><tr><td>',
        '</td></tr></table>',
        'email dpo@x.gov.uk ',
        'tel 0303 123 1113 ',
        'Article 6(1)(e) ',
        '<a href="mailto:x@y.z">',
        '</a>',
        '<main>',
        'text ',
      ),
      { maxLength: 3000 },
    )
    .map((parts) => parts.join('')),
);

const sample = (arb) => fc.sample(arb, { numRuns: RUNS, seed });

test(
  `validate, lint, render and render --embed: exit 0, 1 or 2 within 5 s on fuzzed payloads (${RUNS} per command, seed ${seed})`,
  { timeout: RUNS * 4 * 20_000 },
  () => {
    for (const text of sample(jsonInput)) {
      runs('validate', text);
      runs('lint', text);
      runs('render', text);
      runs('render', text, ['--embed', 'https://example.org/privacy']);
    }
  },
);

test(`import: exit 0, 1 or 2 within 5 s on fuzzed pages (${RUNS}, seed ${seed})`, { timeout: RUNS * 20_000 }, () => {
  for (const text of sample(htmlInput)) runs('import', text);
});

test(`locale files: the checker never throws, and i18next resolves every fuzzed string in under 1 s (${RUNS * 25}, seed ${seed})`, async () => {
  const en = JSON.parse(readFileSync('locales/en.json', 'utf8'));
  const cy = JSON.parse(readFileSync('locales/cy.json', 'utf8'));
  const keys = [];
  const collect = (node, prefix = '') =>
    Object.entries(node).forEach(([k, v]) =>
      typeof v === 'object' ? collect(v, `${prefix}${k}.`) : keys.push(`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`),
    );
  collect(cy);
  const piece = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(...keys).map((k) => `$t(${k})`),
    fc.constantFrom('{{count}}', '{{', '}}', '$t(', ')', '$t(glance.heading, {"count": 2})', '{{- x}}', '\\', '$t($t(glance.who))'),
  );
  const localeArb = fc.array(
    fc.tuple(
      fc.constantFrom(...keys),
      fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
    ),
    { maxLength: 40 },
  );
  for (const edits of fc.sample(localeArb, { numRuns: RUNS * 25, seed })) {
    const locale = structuredClone(cy);
    for (const [key, value] of edits) {
      const path = key.split('.');
      const parent = path.slice(0, -1).reduce((node, k) => node[k], locale);
      const leaf = Object.keys(parent).find((k) => k === path.at(-1) || k.startsWith(`${path.at(-1)}_`));
      parent[leaf] = value;
    }
    assert.doesNotThrow(() => checkLocale(en, locale, 'cy'));
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: en }, cy: { translation: locale } },
      lng: 'cy',
      fallbackLng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    const started = Date.now();
    for (const key of keys) for (const count of [0, 1, 2, 7]) i18n.t(key, { count, email: 'x', date: 'y', name: 'z', language: 'w' });
    assert.ok(Date.now() - started < 1000, `${JSON.stringify(edits)}: ${Date.now() - started} ms`);
  }
});
