#!/usr/bin/env node
// Quick authoring check, before any browser: how many of a seed's words appear in
// the strings of its payload. The browser test measures the rendered notice itself.
// Usage: node scripts/payload-coverage.mjs <slug>   (demo/notices/<slug>.json vs test/fixtures/seeds/<slug>.txt)
import { readFileSync } from 'node:fs';
import { coverage } from './lib/words.mjs';

const strings = (v) =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(strings)
      : v && typeof v === 'object'
        ? Object.entries(v)
            .filter(
              ([k]) =>
                ![
                  '$schema',
                  'id',
                  'href',
                  'type',
                  'code',
                  'lawfulBasis',
                  'specialCategoryConditions',
                  'audiences',
                  'noticeType',
                  'language',
                ].includes(k),
            )
            .flatMap(([, x]) => strings(x))
        : [];
for (const slug of process.argv.slice(2)) {
  const payload = JSON.parse(readFileSync(`demo/notices/${slug}.json`, 'utf8'));
  const sectionsOnly = strings(payload.sections).join(' ');
  const r = coverage(readFileSync(`test/fixtures/seeds/${slug}.txt`, 'utf8'), sectionsOnly);
  console.log(`${slug}: ${(100 * r.share).toFixed(1)}% of ${r.total} words in the sections; missing: ${r.missing.slice(0, 40).join(' ')}`);
}
