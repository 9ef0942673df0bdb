/**
 * The benchmark's command-line options (listed in scripts/bench.mjs) and its fixed
 * settings. Read once; the experiments receive them and never change them.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** This repository: the reports go to its docs/. */
export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** CPU slow-down of every measured page (CDP Emulation.setCPUThrottlingRate). */
export const THROTTLE = 4;
/** Wall time waited after the first layer, for trailing long tasks, before the page's figures are read. */
export const SETTLE_MS = 500;
/** A phone-sized viewport (Lighthouse's mobile one), at device scale factor 1. */
export const VIEWPORT = { width: 412, height: 823 };
export const OUT = 'docs/bench';
/** Trace categories: the DevTools timeline, V8 execution and user-timing marks. */
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
/**
 * DevTools' "Slow 4G" preset for the preload experiment: Lighthouse's mobile link (150 ms
 * round trip, 1.6 Mbit/s down, 750 kbit/s up) adapted by DevTools for request-level
 * throttling (latency ×3.75, bandwidth ×0.9).
 */
export const SLOW_4G = { latency: 562.5, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

/** The options of this run, frozen. */
export function readOptions(args = process.argv.slice(2)) {
  const { values: opt } = parseArgs({
    args,
    options: {
      runs: { type: 'string', default: '20' },
      'scale-runs': { type: 'string', default: '6' },
      'scale-100-runs': { type: 'string', default: '3' },
      'preload-runs': { type: 'string', default: '10' },
      only: { type: 'string' },
      skip: { type: 'string', default: '' },
      root: { type: 'string' },
      label: { type: 'string' },
      'no-docs': { type: 'boolean', default: false },
    },
  });
  /** The tree whose dist/ and demo/ are measured. */
  const root = resolve(opt.root ?? repo);
  return Object.freeze({
    runs: Number(opt.runs),
    scaleRuns: Number(opt['scale-runs']),
    scale100Runs: Number(opt['scale-100-runs']),
    preloadRuns: Number(opt['preload-runs']),
    only: opt.only,
    label: opt.label,
    skip: new Set(opt.skip.split(',').filter(Boolean)),
    write: !opt['no-docs'],
    root,
    R: (p) => join(root, p),
  });
}
