#!/usr/bin/env node
/**
 * Packs the WordPress plugin: integrations/wordpress/layered-notice/ with the built classic script
 * and its interface languages from dist/, as dist/layered-notice-wordpress.zip (the layout WordPress's
 * "Upload plugin" expects: one top-level folder named after the plugin). Run after the Rollup build.
 *
 * Also writes the unpacked folder to dist/wordpress/layered-notice/, which the WordPress test installs.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'integrations/wordpress/layered-notice');
const dist = path.join(root, 'dist');
const out = path.join(dist, 'wordpress/layered-notice');

for (const needed of ['layered-notice.iife.js', 'locales']) {
  if (!existsSync(path.join(dist, needed))) {
    console.error(`build-wordpress: dist/${needed} is missing; run the Rollup build first (npm run build).`);
    process.exit(1);
  }
}

rmSync(path.join(dist, 'wordpress'), { recursive: true, force: true });
cpSync(source, out, { recursive: true });
mkdirSync(path.join(out, 'assets/locales'), { recursive: true });
cpSync(path.join(dist, 'layered-notice.iife.js'), path.join(out, 'assets/layered-notice.iife.js'));
for (const file of readdirSync(path.join(dist, 'locales'))) {
  if (file.endsWith('.json')) cpSync(path.join(dist, 'locales', file), path.join(out, 'assets/locales', file));
}

// The plugin's version follows the package's, in the header WordPress reads and in the constant.
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const main = path.join(out, 'layered-notice.php');
writeFileSync(
  main,
  readFileSync(main, 'utf8')
    .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
    .replace(/define\( 'LAYERED_NOTICE_VERSION', '[^']*' \)/, `define( 'LAYERED_NOTICE_VERSION', '${version}' )`),
);

/** Every file under `dir`, as zip entries named from the plugin's parent folder. */
function entries(dir, base = path.dirname(out), files = {}) {
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) entries(full, base, files);
    // A fixed time, so the same sources give the same zip.
    else files[path.relative(base, full).split(path.sep).join('/')] = [readFileSync(full), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
  return files;
}

const zip = zipSync(entries(out), { level: 9 });
writeFileSync(path.join(dist, 'layered-notice-wordpress.zip'), zip);
console.log(`build-wordpress: dist/layered-notice-wordpress.zip, ${zip.length} bytes`);
