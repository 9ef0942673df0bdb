#!/usr/bin/env node
/**
 * Where the classic script's bytes go: each character of dist/layered-notice.iife.js is
 * given to the source module its source map names, and each module's share is reported as
 * raw bytes and as gzip bytes saved if it were left out (gzip -9 of the whole file minus
 * gzip -9 of the file without that module's characters; shares of gzip do not add up,
 * as the modules compress against each other). Run `npm run build` first.
 *
 *   node scripts/bench/size-modules.mjs [file.js] [--top N]
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { moduleOf } from './lib.mjs';

const args = process.argv.slice(2);
const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 30;
const file = args.find((a, i) => a.endsWith('.js') && args[i - 1] !== '--top') ?? 'dist/layered-notice.iife.js';
const code = readFileSync(file, 'utf8');
const map = new TraceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));

// Offsets of line starts, so a (line, column) mapping becomes an offset in the file.
const lineStart = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStart.push(i + 1);

// Each mapping owns the characters up to the next one. A module without a source map
// (@rollup/plugin-json gives none: locales/en.json) follows another module's last
// mapping as one long run: past the first statement end of a run over 1,000 characters
// that is not a template literal (the styles are one), it is counted on its own.
const UNMAPPED = '(no source map: locales/en.json)';
const owner = new Array(code.length).fill(UNMAPPED);
const points = [];
eachMapping(map, (m) => points.push([lineStart[m.generatedLine - 1] + m.generatedColumn, moduleOf(m.source)]));
points.sort((a, b) => a[0] - b[0]);
for (let i = 0; i < points.length; i++) {
  const [start, module] = points[i];
  const end = i + 1 < points.length ? points[i + 1][0] : code.length;
  const cut = end - start > 1000 && code[start] !== '`' ? code.indexOf(';', start) + 1 || end : end;
  for (let c = start; c < end; c++) owner[c] = c < cut ? module : UNMAPPED;
}

const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
const total = gz(code);
const raw = new Map();
for (const m of owner) raw.set(m, (raw.get(m) ?? 0) + 1);
const rows = [...raw].map(([module, bytes]) => {
  let without = '';
  for (let c = 0; c < code.length; c++) if (owner[c] !== module) without += code[c];
  return { module, bytes, gzip: total - gz(without) };
});
rows.sort((a, b) => b.gzip - a.gzip);

console.log(`${file}: ${code.length} bytes, ${total} gzip -9\n`);
console.log('| module | bytes | gzip -9 saved without it |\n| --- | ---: | ---: |');
for (const r of rows.slice(0, top)) console.log(`| ${r.module} | ${r.bytes} | ${r.gzip} |`);
