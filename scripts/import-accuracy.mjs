#!/usr/bin/env node
/**
 * How well `layered-notice import` finds the facts: imports the five seed notices as
 * council sites publish them (test/fixtures/html/seeds/*.html) and compares each draft,
 * field family by field family, with the hand-written payload of the same notice
 * (demo/notices/*.json). Run `npm run build` first.
 *
 *   node scripts/import-accuracy.mjs          a Markdown table, per family and per notice
 *   node scripts/import-accuracy.mjs --json   the same figures as JSON (for the test)
 *
 * Precision: of the values the draft holds, the share the hand-written payload holds too.
 * Recall: of the values the hand-written payload holds, the share the draft found.
 * Codes (rights, lawful bases, Article 9 conditions), contacts, dates, and whether data
 * leaves the UK and decisions are automated must match exactly; list entries (data
 * categories, recipients, sources, retention, purposes) match when they share at least
 * half their words, each entry matched once.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PAGES = join(root, 'test/fixtures/html/seeds');
const PAYLOADS = join(root, 'demo/notices');

const en = (t) =>
  t == null
    ? undefined
    : typeof t === 'string'
      ? t
      : Array.isArray(t)
        ? t.map((r) => (typeof r === 'string' ? r : en(r.text))).join('')
        : (t.en ?? Object.values(t)[0]);
const norm = (s) => en(s)?.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const baseCode = (code) => code.replace(/^((?:UK-)?A\d+-\d+-[a-z]+).*$/, '$1');
const digits = (p) => p.replace(/\D/g, '').replace(/^44/, '0');

/** Every email and phone number in the structured fields (not the prose sections). */
function contacts(n) {
  const out = new Set();
  const walk = (v, path) => {
    if (!v || typeof v !== 'object' || path === 'sections') return;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'email' && typeof x === 'string') out.add(`email:${x.toLowerCase()}`);
      else if (k === 'phone' && typeof x === 'string') out.add(`phone:${digits(x)}`);
      else if (k === 'icoRegistration') out.add(`ico-registration:${x}`);
      else if (k !== 'sections') walk(x, k);
    }
  };
  walk(n, '');
  if (n.controller?.name) out.add(`controller:${norm(n.controller.name)}`);
  if (n.dpo) out.add('dpo');
  return [...out];
}

/** The field families compared, each as a list of values from a payload. */
const FAMILIES = {
  rights: (n) => n.rights.map((r) => r.code),
  'lawful bases': (n) => [...new Set(n.purposes.flatMap((p) => p.lawfulBasis.map(baseCode)))],
  'Article 9 conditions': (n) => [...new Set(n.purposes.flatMap((p) => p.specialCategoryConditions ?? []))],
  contacts,
  dates: (n) => (n.lastUpdated ? [n.lastUpdated] : []),
  regulator: (n) => (n.complaint?.regulator ? [norm(n.complaint.regulator.name)] : []),
  purposes: (n) => n.purposes.map((p) => norm(p.description)),
  'data categories': (n) => (n.dataCategories ?? []).map((d) => norm(d.description)),
  sources: (n) => (n.sources ?? []).map((d) => norm(d.description)),
  recipients: (n) => (n.recipients ?? []).map((d) => norm(d.description)),
  retention: (n) => (n.retention ?? []).map((d) => norm(`${en(d.data) ?? ''} ${en(d.period)}`)),
  transfers: (n) => (n.transfers ? [`outside the UK: ${n.transfers.outsideUK}`] : []),
  'automated decisions': (n) => (n.automatedDecisions ? [`used: ${n.automatedDecisions.used}`] : []),
};
const FUZZY = new Set(['purposes', 'data categories', 'sources', 'recipients', 'retention']);

const words = (s) => new Set(s.match(/[a-z0-9']{3,}/g) ?? []);
/** Two list entries match when they share at least half the words of the shorter. */
const alike = (a, b) => {
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared > 0 && shared >= Math.min(x.size, y.size) / 2;
};

/** How many of `found` match one of `expected`, each expected value used once. */
function matched(found, expected, fuzzy) {
  const left = [...expected];
  let hits = 0;
  for (const f of found) {
    const i = left.findIndex((e) => (fuzzy ? alike(f, e) : f === e));
    if (i >= 0) {
      hits++;
      left.splice(i, 1);
    }
  }
  return hits;
}

const cli = join(root, 'dist/cli.js');
const rows = [];
for (const page of readdirSync(PAGES)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const name = basename(page, '.html');
  const r = spawnSync(process.execPath, [cli, 'import', join(PAGES, page)], { encoding: 'utf8' });
  if (![0, 1].includes(r.status)) throw new Error(`import ${page} exited ${r.status}: ${r.stderr}`);
  const draft = JSON.parse(r.stdout);
  const truth = JSON.parse(readFileSync(join(PAYLOADS, `${name}.json`), 'utf8'));
  for (const [family, values] of Object.entries(FAMILIES)) {
    let found, expected;
    try {
      found = values(draft);
    } catch {
      found = []; // a draft may leave out what the page does not state
    }
    expected = values(truth);
    rows.push({
      notice: name,
      family,
      found: found.length,
      expected: expected.length,
      correct: matched(found, expected, FUZZY.has(family)),
    });
  }
}

const pct = (a, b) => (b ? Math.round((1000 * a) / b) / 10 : null);
const totals = Object.keys(FAMILIES).map((family) => {
  const of = rows.filter((r) => r.family === family);
  const sum = (k) => of.reduce((s, r) => s + r[k], 0);
  return {
    family,
    found: sum('found'),
    expected: sum('expected'),
    correct: sum('correct'),
    precision: pct(sum('correct'), sum('found')),
    recall: pct(sum('correct'), sum('expected')),
  };
});

if (process.argv.includes('--json')) console.log(JSON.stringify({ totals, rows }, null, 2));
else {
  const fmt = (v) => (v === null ? '–' : `${v} %`);
  console.log(
    '| Field family | In the payloads | In the drafts | Correct | Precision | Recall |\n| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const t of totals)
    console.log(`| ${t.family} | ${t.expected} | ${t.found} | ${t.correct} | ${fmt(t.precision)} | ${fmt(t.recall)} |`);
  console.log('\nPer notice (correct / in the draft / in the payload):\n');
  const notices = [...new Set(rows.map((r) => r.notice))];
  console.log(`| Field family | ${notices.join(' | ')} |\n| --- |${notices.map(() => ' ---: |').join('')}`);
  for (const family of Object.keys(FAMILIES))
    console.log(
      `| ${family} | ${notices
        .map((n) => rows.find((r) => r.notice === n && r.family === family))
        .map((r) => `${r.correct}/${r.found}/${r.expected}`)
        .join(' | ')} |`,
    );
}
