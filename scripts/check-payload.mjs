#!/usr/bin/env node
// Validates payload files against the built schema (run `npm run build` first).
// Usage: node scripts/check-payload.mjs demo/notices/*.json
import { readFileSync } from 'node:fs';
import { validateNotice } from '../dist/schema.js';

let bad = 0;
for (const file of process.argv.slice(2)) {
  const result = validateNotice(JSON.parse(readFileSync(file, 'utf8')));
  if (result.ok) console.log(`ok   ${file}`);
  else {
    bad++;
    console.log(`FAIL ${file}`);
    for (const p of result.problems) console.log(`  ${p.path}: ${p.message}`);
  }
}
process.exit(bad ? 1 : 0);
