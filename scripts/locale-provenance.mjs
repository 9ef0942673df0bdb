#!/usr/bin/env node
/**
 * Reports where each locale's strings come from (locales/provenance/<tag>.json):
 *
 *   npm run locales:provenance                  one line per locale: sourced / machine-drafted
 *   npm run locales:provenance -- --list cy     the keys of cy still machine-drafted
 *   npm run locales:provenance -- --markdown    the table docs/locales.md shows
 *   npm run locales:provenance -- --sync        adds each missing key as "machine-drafted" and
 *                                               drops keys en.json no longer has (after a key
 *                                               is added, renamed or removed)
 *
 * "Sourced" counts the keys whose entry cites a published source and still agrees with it
 * (scripts/lib/provenance.mjs says what agreeing means); "whole" is taken from the source,
 * "term" uses the source's term in a drafted sentence. `npm run locales:check` fails on a
 * key without an entry.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MACHINE, messages, needsProvenance, provenanceFile, readProvenance, tallyProvenance } from './lib/provenance.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'locales');
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const en = read(path.join(dir, 'en.json'));
const tags = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .filter(needsProvenance)
  .sort();

/** Counts for every locale: [{ tag, whole, term, machine, total }]. */
export function report() {
  return tags.map((tag) => {
    const p = readProvenance(provenanceFile(dir, tag));
    return { tag, ...tallyProvenance(en, read(path.join(dir, `${tag}.json`)), p.value ?? { keys: {} }) };
  });
}

const pct = (n, d) => `${Math.round((100 * n) / d)} %`;

function sync() {
  mkdirSync(path.join(dir, 'provenance'), { recursive: true });
  for (const tag of tags) {
    const file = provenanceFile(dir, tag);
    const old = readProvenance(file).value ?? {};
    const keys = {};
    for (const id of messages(en, read(path.join(dir, `${tag}.json`))).keys()) keys[id] = old.keys?.[id] ?? MACHINE;
    const out = { language: tag, ...old, keys };
    writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
    console.log(`locales:provenance: wrote ${path.relative(root, file)}`);
  }
}

function main(args) {
  if (args.includes('--sync')) return sync();
  const rows = report();
  const list = args.indexOf('--list');
  if (list >= 0) {
    const tag = args[list + 1];
    const keys = readProvenance(provenanceFile(dir, tag)).value?.keys ?? {};
    for (const id of messages(en, read(path.join(dir, `${tag}.json`))).keys()) if (!keys[id] || keys[id] === MACHINE) console.log(id);
    return;
  }
  if (args.includes('--markdown')) {
    console.log('| Language | Tag | Sourced (whole phrase) | Sourced (term only) | Machine-drafted, needs a fluent reviewer | Sourced |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: |');
    for (const r of rows)
      console.log(
        `| ${new Intl.DisplayNames([r.tag], { type: 'language' }).of(r.tag)} | \`${r.tag}\` | ${r.whole} | ${r.term} | ${r.machine} | ${r.whole + r.term}/${r.total} (${pct(r.whole + r.term, r.total)}) |`,
      );
    return;
  }
  for (const r of rows)
    console.log(
      `${r.tag.padEnd(6)} sourced ${String(r.whole + r.term).padStart(3)}/${r.total} (${pct(r.whole + r.term, r.total)}): ${r.whole} whole, ${r.term} term; machine-drafted ${r.machine}`,
    );
}

main(process.argv.slice(2));
