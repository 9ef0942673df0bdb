/**
 * The desktop a screen reader needs, started headless and private to one test run:
 * an X server (Xvfb), a D-Bus session bus, the AT-SPI accessibility bus, a speech
 * server (speech-dispatcher, with no audio: its output module only logs) and GNOME's
 * Orca. Orca's own `speech` logger is sent to a file: every string Orca hands to
 * speech, in order, which is what the journeys assert on.
 *
 * HOME and the XDG folders point into a scratch folder, so nothing of the user's
 * desktop is read or changed, and two runs side by side do not meet.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SpeechLog } from './speech.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Loaded by Orca at start-up from its preferences folder (`orca -u DIR`). Settings:
 * no Say All when a page loads (it moves the caret and races the keys we press), no
 * key echo ("tab", "return"), and speech logged to a file, one utterance a line.
 */
const customizations = (logFile) => `# Written by the screen-reader test layer of layered-notice.
import logging
import orca.settings as settings

settings.sayAllOnLoad = False
settings.enableKeyEcho = False
settings.enableEchoByCharacter = False
settings.enableEchoByWord = False
settings.enableTutorialMessages = False
settings.speakProgressBarUpdates = False

_handler = logging.FileHandler(${JSON.stringify(logFile)}, encoding="utf-8")
_handler.setFormatter(logging.Formatter("%(message)s"))
_speech = logging.getLogger("speech")
_speech.addHandler(_handler)
_speech.setLevel(logging.INFO)
`;

/** speech-dispatcher with one output module that writes "language|text" lines and makes no sound. */
function speechdConfig(dir, capture) {
  mkdirSync(path.join(dir, 'modules'), { recursive: true });
  writeFileSync(
    path.join(dir, 'speechd.conf'),
    ['AddModule "capture" "sd_generic" "capture.conf"', 'DefaultModule capture', 'AudioOutputMethod "libao"', 'LogLevel 1', ''].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'modules', 'capture.conf'),
    [
      `GenericExecuteSynth "printf '%s|%s\\\\n' '$LANGUAGE' \\"$DATA\\" >> ${capture}"`,
      'GenericCmdDependency "printf"',
      'AddVoice "en" "MALE1" "en"',
      'AddVoice "cy" "MALE1" "cy"',
      '',
    ].join('\n'),
  );
}

/** Reads one line (the display number) that Xvfb writes to its `-displayfd`. */
function readDisplay(entry, timeoutMs) {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display number in ${timeoutMs / 1000} s`)), timeoutMs);
    entry.child.stdio[3].on('data', (d) => {
      text += d;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
    entry.exited.then(() => reject(new Error('Xvfb exited at start')));
  });
}

/**
 * Orca refuses to start while another Orca of the same user runs, whatever its
 * display or bus (it looks with `pgrep -u UID -x orca`). So two test runs on one
 * machine take turns: wait up to 20 minutes for the other one to finish.
 */
async function noOtherOrca() {
  const others = () => {
    const r = spawnSync('pgrep', ['-u', String(process.getuid?.() ?? 0), '-x', 'orca'], { encoding: 'utf8' });
    return r.stdout.trim().split('\n').filter(Boolean);
  };
  let said = false;
  const end = Date.now() + 20 * 60_000;
  while (others().length > 0) {
    if (Date.now() > end) throw new Error(`another Orca (pid ${others().join(', ')}) ran for 20 minutes: one screen-reader run at a time`);
    if (!said) console.log(`[sr] waiting for another screen-reader run to finish (Orca pid ${others().join(', ')})`);
    said = true;
    await sleep(2000);
  }
}

/** Waits until `test()` is true, checking every 100 ms. */
async function until(test, timeoutMs, what) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await test()) return;
    await sleep(100);
  }
  throw new Error(`${what} (waited ${timeoutMs / 1000} s)`);
}

/**
 * Starts the stack. Returns the environment for the browser, the speech log, and the
 * process list (stop it with `procs.stopAll()`).
 *
 * @param {import('./processes.mjs').Processes} procs
 * @param {string} dir scratch folder for this run
 */
export async function startStack(procs, dir) {
  const home = path.join(dir, 'home');
  const runtime = path.join(dir, 'run');
  for (const d of [home, runtime, path.join(home, '.config'), path.join(home, '.local/share'), path.join(home, '.cache')]) {
    mkdirSync(d, { recursive: true, mode: 0o700 });
  }
  // libao (speech-dispatcher's audio) refuses to start without a sink: give it the null one.
  writeFileSync(path.join(home, '.libao'), 'default_driver=null\n');
  const env = {
    PATH: process.env.PATH,
    LANG: 'en_GB.UTF-8',
    HOME: home,
    XDG_RUNTIME_DIR: runtime,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local/share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    NO_AT_BRIDGE: '0',
  };

  const xvfb = procs.start('xvfb', 'Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { env, extraFds: 1 });
  env.DISPLAY = await readDisplay(xvfb, 20_000);

  const busPath = path.join(runtime, 'bus');
  env.DBUS_SESSION_BUS_ADDRESS = `unix:path=${busPath}`;
  procs.start('dbus', 'dbus-daemon', ['--session', '--nofork', `--address=${env.DBUS_SESSION_BUS_ADDRESS}`], { env });
  await until(() => existsSync(busPath), 10_000, 'the D-Bus session bus did not start');

  procs.start('at-spi', '/usr/libexec/at-spi-bus-launcher', ['--launch-immediately'], { env });

  const speechdDir = path.join(dir, 'speechd');
  const captureFile = path.join(dir, 'speechd-capture.txt');
  speechdConfig(speechdDir, captureFile);
  procs.start('speech-dispatcher', 'speech-dispatcher', ['-s', '-t', '0', '-C', speechdDir], { env });

  const prefs = path.join(dir, 'orca');
  mkdirSync(prefs, { recursive: true });
  const speechFile = path.join(dir, 'speech.log');
  writeFileSync(speechFile, '');
  writeFileSync(path.join(prefs, 'orca-customizations.py'), customizations(speechFile));
  await noOtherOrca();
  const orca = procs.start('orca', 'orca', ['-u', prefs], { env });
  const speech = new SpeechLog(speechFile);
  await until(
    () => orca.done || speech.all().some((u) => /screen reader on/i.test(u)),
    30_000,
    'Orca did not say "Screen reader on"',
  ).catch((e) => {
    throw new Error(`${e.message}\n${procs.tail(orca)}`);
  });
  if (orca.done) throw new Error(`Orca exited at start:\n${procs.tail(orca)}`);
  return { env, speech, captureFile };
}
