/**
 * Where each translated interface string comes from.
 *
 * Beside each locale, `locales/provenance/<tag>.json` holds one entry per message of
 * en.json (a plural family counts once):
 *
 *   "rights.A16.name": { "url": "https://…", "published": "Yr hawl i gywiro" }
 *   "glance.dpo":      { "url": "https://…", "published": "Swyddog Diogelu Data", "match": "term" }
 *   "glance.heading":  "machine-drafted"
 *
 * `published` is the wording exactly as the source prints it. The check below holds the
 * translation to it, so an entry cannot quietly drift from its source:
 *   - match "whole" (the default): every piece of the translation outside {{placeholders}}
 *     is found in the published wording: the string was taken from it (or from part of it);
 *   - match "term": the published wording is found in the translation: the source gives
 *     the term (a right's or a body's name), the sentence around it was drafted.
 * The comparison ignores case, the kind of apostrophe (’ or '), commas, runs of spaces
 * and punctuation at either end. `note` (optional) says what was adapted and why.
 *
 * English is the source text and the pseudo-locale (a private-use region such as en-XA)
 * is generated, so neither has a provenance file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const MACHINE = 'machine-drafted';
const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;

/** Whether a locale needs provenance: not the English source, not a generated pseudo-locale. */
export const needsProvenance = (tag) => tag !== 'en' && !/-(XA|XB)$/i.test(tag);

/** The provenance file of locale `tag` in locales folder `dir`. */
export const provenanceFile = (dir, tag) => path.join(dir, 'provenance', `${tag}.json`);

/** Message id -> the locale's strings for it (one, or each plural form), in en.json's order. */
export function messages(en, locale) {
  const out = new Map();
  const walk = (enNode, node, prefix) => {
    for (const [key, value] of Object.entries(enNode)) {
      const p = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === 'object') {
        walk(value, node?.[key] ?? {}, p);
        continue;
      }
      const m = PLURAL_KEY.exec(key);
      if (m && Object.keys(enNode).some((k) => k !== key && k.startsWith(`${m[1]}_`))) {
        const id = prefix ? `${prefix}.${m[1]}` : m[1];
        if (!out.has(id)) {
          const forms = Object.entries(node ?? {})
            .filter(([k, v]) => typeof v === 'string' && PLURAL_KEY.exec(k)?.[1] === m[1])
            .map(([, v]) => v);
          out.set(id, forms);
        }
      } else out.set(p, typeof node?.[key] === 'string' ? [node[key]] : []);
    }
  };
  walk(en, locale, '');
  return out;
}

/** Lower case, one kind of apostrophe, single spaces, no punctuation at either end. */
export const normalise = (s) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘ʼ]/g, "'")
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,:;!?()–—-]+|[\s.,:;!?()–—-]+$/g, '');

/** The pieces of a string outside its {{placeholders}}, normalised, empty ones dropped. */
export const pieces = (s) =>
  s
    .split(/\{\{[^{}]*\}\}/)
    .map(normalise)
    .filter(Boolean);

/** Whether `strings` (the translation) agree with the entry's published wording. */
export function agrees(entry, strings) {
  const published = normalise(entry.published);
  if (entry.match === 'term')
    return strings.length > 0 && strings.every((s) => normalise(s.replace(/\{\{[^{}]*\}\}/g, ' ')).includes(published));
  return strings.length > 0 && strings.every((s) => pieces(s).every((p) => published.includes(p)));
}

/**
 * Problems with one locale's provenance: { key, message }. A key of en.json without an
 * entry, an entry for a key en.json lacks, an entry that is neither "machine-drafted"
 * nor { url, published }, and a translation that no longer agrees with its published
 * wording.
 */
export function checkProvenance(en, locale, provenance) {
  const problems = [];
  const add = (key, message) => problems.push({ key, message });
  const keys = provenance && typeof provenance === 'object' ? provenance.keys : undefined;
  if (!keys || typeof keys !== 'object')
    return [{ key: '', message: 'no "keys" object: give one entry per message, "machine-drafted" or { "url", "published" }' }];
  const msgs = messages(en, locale);
  for (const [id, strings] of msgs) {
    if (!Object.hasOwn(keys, id)) {
      add(
        id,
        'no provenance: add "machine-drafted", or { "url": …, "published": … } with the source and its exact wording (npm run locales:provenance -- --sync adds the missing keys as machine-drafted)',
      );
      continue;
    }
    const entry = keys[id];
    if (entry === MACHINE) continue;
    if (!entry || typeof entry !== 'object') {
      add(id, `provenance must be "${MACHINE}" or { "url", "published" }, not ${JSON.stringify(entry)}`);
      continue;
    }
    if (typeof entry.url !== 'string' || !/^https:\/\/[^\s]+$/.test(entry.url))
      add(id, `"url" must be the https address of the published source, not ${JSON.stringify(entry.url)}`);
    if (typeof entry.published !== 'string' || !entry.published.trim()) {
      add(id, '"published" must be the exact wording the source prints');
      continue;
    }
    if (entry.match !== undefined && entry.match !== 'whole' && entry.match !== 'term')
      add(id, `"match" must be "whole" or "term", not ${JSON.stringify(entry.match)}`);
    else if (!agrees(entry, strings)) {
      add(
        id,
        entry.match === 'term'
          ? `the translation ${JSON.stringify(strings.join(' | '))} does not contain the published term ${JSON.stringify(entry.published)}`
          : `the translation ${JSON.stringify(strings.join(' | '))} is not taken from the published wording ${JSON.stringify(entry.published)}: use its words, set "match": "term" if only the term is sourced, or mark the key "${MACHINE}"`,
      );
    }
  }
  for (const id of Object.keys(keys)) if (!msgs.has(id)) add(id, 'provenance for a key en.json does not have (remove it)');
  return problems;
}

/** Counts for one locale: whole, term, machine, total (entries that fail the check count as machine-drafted). */
export function tallyProvenance(en, locale, provenance) {
  const msgs = messages(en, locale);
  const bad = new Set(checkProvenance(en, locale, provenance).map((p) => p.key));
  const keys = provenance?.keys ?? {};
  const counts = { whole: 0, term: 0, machine: 0, total: msgs.size };
  for (const id of msgs.keys()) {
    const entry = keys[id];
    if (bad.has(id) || !entry || entry === MACHINE) counts.machine++;
    else if (entry.match === 'term') counts.term++;
    else counts.whole++;
  }
  return counts;
}

/** Reads a provenance file: { value } or { problem }. */
export function readProvenance(file) {
  if (!existsSync(file))
    return { problem: `no provenance file ${path.relative(process.cwd(), file)}: create it with npm run locales:provenance -- --sync` };
  try {
    return { value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (e) {
    return { problem: `${path.basename(file)}: invalid JSON: ${e.message}` };
  }
}
