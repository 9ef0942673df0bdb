/**
 * Helpers for the screen-reader journeys: what a payload says (so expectations come
 * from the notice, not from a recording of Orca), and assertions on what was heard
 * whose failure message quotes what was heard instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A demo payload, parsed. */
export const payload = (name) => JSON.parse(readFileSync(path.join(root, 'demo', 'notices', `${name}.json`), 'utf8'));

/** Payload text in one language (a plain string, or a map of language to string). */
export const inLang = (t, lang = 'en') => (typeof t === 'string' ? t : (t?.[lang] ?? Object.values(t ?? {})[0] ?? ''));

/** Escapes text for use inside a RegExp. */
export const lit = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first words of a text, as a pattern (a screen reader reads a long paragraph a line at a time). */
export const startOf = (s, words = 5) => new RegExp(lit(s.split(/\s+/).slice(0, words).join(' ')), 'i');

/** What the assertions of the running journey matched: the excerpt in the published table. */
let evidence = [];

/** Returns the utterances asserted on since the last call, and starts a new list. */
export function takeEvidence() {
  const list = [...new Set(evidence)];
  evidence = [];
  return list;
}

/** Throws unless some utterance matches `pattern`; returns the first that does. */
export function heard(spoken, pattern, what) {
  const hit = spoken.find((u) => pattern.test(u));
  if (!hit) throw new Error(`expected to hear ${what} (${pattern}); heard: ${spoken.join(' | ') || '(nothing)'}`);
  evidence.push(hit);
  return hit;
}

/** Throws if some utterance matches `pattern`. */
export function notHeard(spoken, pattern, what) {
  const hit = spoken.find((u) => pattern.test(u));
  if (hit) throw new Error(`did not expect to hear ${what} (${pattern}); heard: ${spoken.join(' | ')}`);
}

/** Throws unless `cond`. */
export function check(cond, message) {
  if (!cond) throw new Error(message);
}

/** Interface strings of a shipped locale (the names and explanations of rights, for example). */
export const locale = (tag) => JSON.parse(readFileSync(path.join(root, 'locales', `${tag}.json`), 'utf8'));
