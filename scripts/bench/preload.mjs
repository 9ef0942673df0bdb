/** The widget page with and without a preload of its payload, on slow 4G. */
import { SLOW_4G } from './options.mjs';

/** One row per load: `{ preload, ...figures }` or `{ preload, error }`. */
export async function preload({ loadOnce }, { largest }, options, log) {
  // The README's advice, measured: the widget page with and without a preload of its
  // payload, on slow 4G as well as CPU ×THROTTLE, interleaved.
  const rows = [];
  for (let i = 0; i < options.preloadRuns; i++) {
    for (const preload of [false, true]) {
      try {
        rows.push({ preload, ...(await loadOnce('b', largest, { preload, network: SLOW_4G })) });
      } catch (e) {
        rows.push({ preload, error: e.message });
      }
    }
  }
  log('preload experiment done');
  return rows;
}
