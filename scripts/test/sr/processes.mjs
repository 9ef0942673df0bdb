/**
 * The screen-reader layer's helper processes (Xvfb, D-Bus, AT-SPI, speech-dispatcher,
 * Orca, a browser). Each is a direct child of this Node process, in its own process
 * group, and is stopped by its own id: TERM to the process, then to its group, then
 * KILL. Waiting for each exit matters: on machines whose PID 1 does not reap orphans,
 * a process that is not waited for stays behind as a zombie.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Send a signal to a process group, or to the process alone when it has no group. */
function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    try {
      process.kill(pid, signal);
      return true;
    } catch {
      return false;
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

export class Processes {
  /** @param {string} logDir where each process's output goes, one file per process */
  constructor(logDir) {
    this.logDir = logDir;
    /** @type {{name: string, child: import('node:child_process').ChildProcess, exited: Promise<void>, done: boolean, logFile: string}[]} */
    this.list = [];
  }

  /**
   * Start `cmd` with its output in a log file. `extraFds` adds pipes after stdio
   * (Xvfb writes its display number to fd 3).
   */
  start(name, cmd, args, { env, extraFds = 0 } = {}) {
    const logFile = path.join(this.logDir, `${name}.log`);
    const fd = openSync(logFile, 'a');
    const stdio = ['ignore', fd, fd, ...Array(extraFds).fill('pipe')];
    const child = spawn(cmd, args, { env, detached: true, stdio });
    closeSync(fd);
    const entry = { name, child, logFile, done: false, exited: null };
    entry.exited = new Promise((resolve) => {
      child.once('exit', () => ((entry.done = true), resolve()));
      child.once('error', (err) => {
        entry.done = true;
        entry.error = err;
        resolve();
      });
    });
    this.list.push(entry);
    return entry;
  }

  /** The last lines a process wrote, for error messages. */
  tail(entry, lines = 15) {
    try {
      return readFileSync(entry.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  /** Stop one process: TERM, then its whole group, then KILL after `graceMs`. */
  async stop(entry, graceMs = 4000) {
    const i = this.list.indexOf(entry);
    if (i >= 0) this.list.splice(i, 1);
    const pid = entry.child.pid;
    if (!pid) return;
    if (!entry.done) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await Promise.race([entry.exited, sleep(graceMs)]);
    }
    // Whatever it started (a browser's content processes) goes with its group.
    if (groupAlive(pid)) {
      signalGroup(pid, 'SIGTERM');
      for (let n = 0; n < graceMs / 100 && groupAlive(pid); n++) await sleep(100);
      if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
    }
    if (!entry.done) {
      signalGroup(pid, 'SIGKILL');
      await entry.exited;
    }
  }

  /** Stop everything, newest first (the browser before Orca before the X server). */
  async stopAll() {
    while (this.list.length > 0) await this.stop(this.list[this.list.length - 1]);
  }

  /** Synchronous last resort for process exit, where nothing can be awaited. */
  killAllNow() {
    for (const e of this.list) signalGroup(e.child.pid, 'SIGKILL');
  }
}
