/**
 * Provisioning for `npm test`: are the selected browsers installed? As root, install
 * the missing Debian packages with apt-get; otherwise say what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { NEEDS } from '../lib/browsers.mjs';

/** The files the browsers need that are missing, and the packages that provide them. */
export function missingPackages(browsers) {
  const missing = browsers.flatMap((b) => NEEDS[b]).filter((n) => !existsSync(n.file));
  return { files: missing.map((n) => n.file), pkgs: [...new Set(missing.map((n) => n.pkg))] };
}

/** Installs what the browsers need; resolves to 0, or 1 with the reason printed. */
export function ensureBrowsers(browsers, log) {
  const { files, pkgs } = missingPackages(browsers);
  if (pkgs.length === 0) return 0;
  log(`missing: ${files.join(', ')}`);
  const install = `apt-get install -y ${pkgs.join(' ')}`;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    console.error(
      `[test] Browser tests need Debian packages that are not installed: ${pkgs.join(' ')}\n` +
        `[test] Install them as root, then run npm test again:\n\n` +
        `    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive ${install}\n\n` +
        `[test] (or run only some browsers: BROWSERS=chromium npm test)`,
    );
    return 1;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...pkgs]]) {
    log(`apt-get ${args.join(' ')}`);
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`[test] apt-get ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`);
      return 1;
    }
  }
  const still = missingPackages(browsers);
  if (still.files.length > 0) {
    console.error(`[test] still missing after apt-get: ${still.files.join(', ')}`);
    return 1;
  }
  return 0;
}
