#!/usr/bin/env node
// Prints gzip (-9) and brotli sizes of every built script and JSON file in dist/.
// With --check, exits 1 when the classic-script bundle is over its budget.
//
// Budget: the IIFE with English at most 30 KB gzip. The key-facts layer, the load controller,
// the hardening limits and the regulator's name in every language took it to 33.1 KB; leaving
// out the i18next code our private instance never runs (scripts/build/i18next-unreachable.mjs)
// brought it back under 30 KB with every feature kept. `node scripts/bench/size-modules.mjs`
// shows which source modules the bytes come from.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const BUDGET = 30 * 1024;

// types/ are declarations; wordpress/ repeats the script inside the plugin (its zip is measured on its own).
const files = (dir) =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? (f === 'types' || f === 'wordpress' ? [] : files(join(dir, f))) : [join(dir, f)],
  );
const rows = files('dist')
  .filter((f) => /\.(js|json)$/.test(f))
  .map((f) => {
    const buf = readFileSync(f);
    return {
      file: f,
      raw: buf.length,
      gzip: gzipSync(buf, { level: 9 }).length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });

console.log('| file | bytes | gzip -9 | brotli |\n| --- | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.file} | ${r.raw} | ${r.gzip} | ${r.brotli} |`);

if (process.argv.includes('--check')) {
  const iife = rows.find((r) => r.file.endsWith('layered-notice.iife.js'));
  if (!iife) throw new Error('dist/layered-notice.iife.js is missing: run npm run build');
  console.log(
    `\nlayered-notice.iife.js: ${iife.gzip} bytes gzip, ${iife.gzip <= BUDGET ? `within the ${BUDGET} byte budget` : `OVER the ${BUDGET} byte budget by ${iife.gzip - BUDGET} bytes`}`,
  );
  if (iife.gzip > BUDGET) process.exit(1);
}
