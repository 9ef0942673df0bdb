/**
 * What the screen-reader layer needs on disk, and the Debian packages that provide
 * it. Installed the way the browser step installs browsers: only what is missing,
 * with apt-get when running as root; otherwise the command to run is printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDS = [
  { file: '/usr/bin/orca', pkg: 'orca' },
  { file: '/usr/lib/python3/dist-packages/pyatspi', pkg: 'python3-pyatspi' },
  { file: '/usr/bin/speech-dispatcher', pkg: 'speech-dispatcher' },
  { file: '/usr/lib/speech-dispatcher-modules/sd_generic', pkg: 'speech-dispatcher' },
  { file: '/usr/libexec/at-spi-bus-launcher', pkg: 'at-spi2-core' },
  { file: '/usr/bin/dbus-daemon', pkg: 'dbus-daemon' },
  { file: '/usr/bin/xdotool', pkg: 'xdotool' },
  { file: '/usr/bin/Xvfb', pkg: 'xvfb' },
];
const BROWSER_NEEDS = {
  chromium: { file: '/usr/bin/chromium', pkg: 'chromium' },
  firefox: { file: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
};

const missing = (browsers) => [...NEEDS, ...browsers.map((b) => BROWSER_NEEDS[b])].filter((n) => !existsSync(n.file));

/**
 * Makes sure everything is installed. Returns null when it is, else the reason the
 * layer cannot run (with the command that fixes it).
 */
export function provision(browsers, log) {
  let gone = missing(browsers);
  if (gone.length === 0) return null;
  const pkgs = [...new Set(gone.map((n) => n.pkg))];
  const install = `apt-get install -y --no-install-recommends ${pkgs.join(' ')}`;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    return (
      `the screen-reader tests need Debian packages that are not installed: ${pkgs.join(' ')}\n` +
      `Install them as root, then run npm test again:\n\n    sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive ${install}\n\n` +
      `(or leave this layer out: SCREEN_READER=0 npm test)`
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...pkgs]]) {
    log(`apt-get ${args.join(' ')}`);
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) return `apt-get ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`;
  }
  gone = missing(browsers);
  return gone.length ? `still missing after apt-get: ${gone.map((n) => n.file).join(', ')}` : null;
}
