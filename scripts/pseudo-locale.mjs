#!/usr/bin/env node
/**
 * Writes locales/en-XA.json, the pseudo-locale, from locales/en.json:
 *
 *   node scripts/pseudo-locale.mjs
 *
 * Every string is accented ("Show" -> "[Šĥóŵ ~]") and padded to about 40 % longer,
 * inside brackets, so a reader of the demo with ?lang=en-XA (or lang="en-XA") can see
 * at once which text is hard-coded (plain English), cut off (no closing bracket) or
 * crowded by a longer language. {{placeholders}} are left exactly as they are, and
 * the key tree (plural keys included) is en.json's. Commit the output; re-run this
 * after every change to en.json (test/node/locales.test.mjs fails when it is stale).
 *
 * Importable: pseudoLocalize(string) and pseudoLocale(enObject).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const ACCENTS = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** How much longer a pseudo string is than its English: 40 %, the usual allowance for expansion. */
export const EXPANSION = 0.4;

/** One string: accented outside {{placeholders}}, bracketed, padded with tildes to ~140 %. */
export function pseudoLocalize(s) {
  const accented = s
    .split(/(\{\{[^{}]*\}\})/)
    .map((part) => (part.startsWith('{{') ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTS[c])))
    .join('');
  // "[" + " " + "]" count towards the extra length; always at least one tilde.
  const tildes = Math.max(1, Math.round(s.length * EXPANSION) - 3);
  return `[${accented} ${'~'.repeat(tildes)}]`;
}

/** The whole pseudo-locale: en.json's key tree with every string pseudo-localised. */
export function pseudoLocale(node) {
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeof v === 'string' ? pseudoLocalize(v) : pseudoLocale(v)]));
}

function main() {
  const en = JSON.parse(readFileSync(path.join(root, 'locales', 'en.json'), 'utf8'));
  const out = path.join(root, 'locales', 'en-XA.json');
  writeFileSync(out, `${JSON.stringify(pseudoLocale(en), null, 2)}\n`);
  console.log(`pseudo-locale: wrote ${path.relative(process.cwd(), out) || out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
