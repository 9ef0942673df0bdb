/**
 * Firefox ESR and Chromium, started once per run with their accessibility on, in a
 * fresh profile, on the private X display; driven with real X key events (xdotool),
 * as a keyboard user would. There is no window manager, so the browser window is
 * given X focus as soon as it maps: focus given after the page has loaded makes Orca
 * announce the whole frame again and drop the next focus change.
 *
 * Pages are loaded through the browser's remote protocol (CDP for Chromium, WebDriver
 * BiDi for Firefox, with puppeteer-core), not by typing into the address bar: typed
 * characters get lost on a busy machine. Everything else is real keys.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs xdotool (or another short command); resolves to its standard output. */
export function x(env, args, cmd = 'xdotool') {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { env, timeout: 20_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')}: ${stderr.trim() || err.message}`));
      else resolve(stdout);
    });
  });
}

/** Firefox preferences: accessibility on; no first-run page, telemetry, updates or URL suggestions to speak. */
const FIREFOX_PREFS = {
  'accessibility.force_disabled': 0,
  'app.update.auto': false,
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.sessionstore.resume_from_crash': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.tabs.warnOnClose': false,
  'browser.translations.enable': false,
  'browser.urlbar.autoFill': false,
  'browser.urlbar.suggest.bookmark': false,
  'browser.urlbar.suggest.history': false,
  'browser.urlbar.suggest.openpage': false,
  'browser.urlbar.suggest.searches': false,
  'browser.urlbar.suggest.topsites': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'startup.homepage_welcome_url': '',
  'toolkit.telemetry.enabled': false,
  'trailhead.firstrun.didSeeAboutWelcome': true,
};

/** How to start each browser: command, arguments, extra environment, X window class. */
const BROWSERS = {
  firefox: {
    label: 'Firefox ESR',
    cmd: 'firefox-esr',
    windowClass: 'firefox',
    env: { GNOME_ACCESSIBILITY: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
    args(profile, url) {
      writeFileSync(
        path.join(profile, 'user.js'),
        Object.entries(FIREFOX_PREFS)
          .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
          .join(''),
      );
      return ['--no-remote', '--new-instance', '--remote-debugging-port', '0', '--profile', profile, url];
    },
  },
  chromium: {
    label: 'Chromium',
    cmd: 'chromium',
    windowClass: 'chromium',
    env: { ACCESSIBILITY_ENABLED: '1' },
    args(profile, url) {
      return [
        '--force-renderer-accessibility',
        '--remote-debugging-port=0',
        '--ozone-platform=x11',
        '--no-sandbox',
        `--user-data-dir=${profile}`,
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication',
        '--hide-crash-restore-bubble',
        '--password-store=basic',
        '--window-position=0,0',
        '--window-size=1280,1000',
        url,
      ];
    },
  },
};

/** The remote protocol's address, once the browser has written it down. */
const ENDPOINT = {
  firefox(profile, logFile) {
    const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(readText(logFile));
    return m && { browserWSEndpoint: `${m[1]}/session`, protocol: 'webDriverBiDi' };
  },
  chromium(profile) {
    const [port, wsPath] = readText(path.join(profile, 'DevToolsActivePort')).trim().split('\n');
    return wsPath && { browserWSEndpoint: `ws://127.0.0.1:${port}${wsPath}` };
  },
};

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

export const browserLabel = (name) => BROWSERS[name].label;

/**
 * Starts a browser on `url` and gives its window X focus. Returns the window id and
 * `goto(url)`, which loads a page in the browser's tab.
 *
 * @param {import('./processes.mjs').Processes} procs
 */
export async function startBrowser(procs, name, env, dir, url) {
  const b = BROWSERS[name];
  const profile = path.join(dir, `${name}-profile`);
  mkdirSync(profile, { recursive: true });
  const entry = procs.start(name, b.cmd, b.args(profile, url), { env: { ...env, ...b.env } });
  const end = Date.now() + 60_000;
  while (Date.now() < end && !entry.done) {
    const ids = await x(env, ['search', '--onlyvisible', '--class', b.windowClass]).catch(() => '');
    const id = ids.trim().split('\n').filter(Boolean).pop();
    if (id) {
      await x(env, ['windowfocus', '--sync', id]);
      return { entry, window: id, goto: await remote(name, profile, entry, procs) };
    }
    await sleep(100);
  }
  throw new Error(`${b.label} showed no window in 60 s:\n${procs.tail(entry)}`);
}

/** Connects puppeteer-core to the running browser; returns a function that loads a page in its tab. */
async function remote(name, profile, entry, procs) {
  const end = Date.now() + 60_000;
  let options;
  while (!(options = ENDPOINT[name](profile, entry.logFile)) && Date.now() < end && !entry.done) await sleep(200);
  if (!options) throw new Error(`${BROWSERS[name].label} did not open its remote protocol:\n${procs.tail(entry)}`);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.connect({ ...options, defaultViewport: null, protocolTimeout: 60_000 });
  const [page] = await browser.pages();
  return async (url) => {
    // Resolve as soon as the navigation is committed: Orca's announcement is what the session waits for.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  };
}
