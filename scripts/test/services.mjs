/**
 * Long-running helpers for the WebKit tests: Xvfb and WebKitWebDriver. Each runs in
 * its own process group (so the browser processes it starts stop with it) and is
 * always stopped by process id, never by name: other test runs may share the machine.
 */
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { PATHS } from '../lib/browsers.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Thrown when a helper would start after SIGINT/SIGTERM/SIGHUP. */
export class Interrupted extends Error {}

/** Signal the process group we created for a helper (or the process alone). */
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const { port: got } = srv.address();
        srv.close(() => resolve(got));
      });
    });
  return tryPort(preferred).then((p) => p ?? tryPort(0));
}

const displayTaken = (n) => existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`);

/**
 * The helpers of one test run. `logDir` holds their output; `interrupted()` says
 * whether the run is stopping, so that nothing new starts.
 */
export function createServices({ logDir, log, interrupted }) {
  const services = [];

  function start(name, cmd, args, env) {
    if (interrupted()) throw new Interrupted(interrupted());
    const logFile = path.join(logDir, `${name}-${services.length}.log`);
    const fd = openSync(logFile, 'w');
    const child = spawn(cmd, args, { env, detached: true, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    const service = { name, pid: child.pid, logFile, exited: false };
    child.on('exit', () => (service.exited = true));
    child.on('error', () => (service.exited = true));
    services.push(service);
    log(`started ${name} (pid ${child.pid})`);
    return service;
  }

  /** Stop one helper by process (group) id: TERM, then KILL after 5 s. */
  async function stop(s) {
    const i = services.indexOf(s);
    if (i >= 0) services.splice(i, 1);
    if (!groupAlive(s.pid)) return;
    killGroup(s.pid, 'SIGTERM');
    for (let n = 0; n < 50 && groupAlive(s.pid); n++) await sleep(100);
    if (groupAlive(s.pid)) {
      log(`${s.name} (pid ${s.pid}) ignored SIGTERM, sending SIGKILL`);
      killGroup(s.pid, 'SIGKILL');
    }
    log(`stopped ${s.name} (pid ${s.pid})`);
  }

  let stopping = null;
  /** Stop all helpers, newest first (WebKitWebDriver and its MiniBrowser before Xvfb). Safe to call concurrently. */
  function stopAll() {
    stopping ??= (async () => {
      while (services.length > 0) await stop(services[services.length - 1]);
    })().finally(() => (stopping = null));
    return stopping;
  }

  /** Last resort on the synchronous exit path, where nothing can be awaited. */
  function killAllNow() {
    for (const s of services) killGroup(s.pid, 'SIGKILL');
  }

  /** Starts Xvfb on the first free display from :99; resolves to the display name. */
  async function startXvfb() {
    for (let n = 99; n < 199; n++) {
      if (displayTaken(n)) continue;
      const xvfb = start('Xvfb', PATHS.xvfb, [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], process.env);
      // Ready when its socket appears.
      for (let i = 0; i < 100 && !xvfb.exited; i++) {
        if (existsSync(`/tmp/.X11-unix/X${n}`)) return `:${n}`;
        await sleep(100);
      }
      const exited = xvfb.exited;
      await stop(xvfb);
      // Another X server took the display meanwhile: try the next one.
      if (exited && displayTaken(n)) continue;
      process.stderr.write(readFileSync(xvfb.logFile, 'utf8'));
      throw new Error(exited ? `Xvfb :${n} exited at start` : `Xvfb :${n} did not start in 10 s`);
    }
    throw new Error('no free X display between :99 and :198');
  }

  /** Starts WebKitWebDriver on `display`; resolves to its port once it answers /status. */
  async function startWebKitDriver(display) {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const port = await freePort(4444);
      const driver = start('WebKitWebDriver', PATHS.webkitDriver, [`--port=${port}`], { ...process.env, DISPLAY: display });
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && !driver.exited) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(2000) });
          if (res.ok) {
            const body = await res.json();
            if (body?.value?.ready !== false) return port;
          }
        } catch {
          /* not listening yet */
        }
        await sleep(200);
      }
      const why = driver.exited ? 'exited' : 'did not answer in 30 s';
      log(`WebKitWebDriver on port ${port} ${why} (attempt ${attempt})`);
      if (existsSync(driver.logFile)) process.stderr.write(readFileSync(driver.logFile, 'utf8'));
      await stop(driver);
    }
    throw new Error('could not start WebKitWebDriver');
  }

  return { stopAll, killAllNow, startXvfb, startWebKitDriver };
}
