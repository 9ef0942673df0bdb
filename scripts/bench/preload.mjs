/**
 * The fast-embed experiment: the largest seed's widget page as it is, with a preload of
 * its payload, and with the payload inline, beside the static page (a) and the
 * server-rendered embed (c) for reference; unthrottled, at CPU ×THROTTLE, and at
 * ×THROTTLE on slow 4G, where a preload's gain shows. Interleaved.
 */
import { SLOW_4G, THROTTLE } from './options.mjs';

/** The pages compared: [name, kind, loadOnce options]. */
export const EMBEDS = [
  ['static HTML (a)', 'a', {}],
  ['as is', 'b', {}],
  ['with a preload', 'b', { preload: true }],
  ['payload inline', 'b', { inline: true }],
  ['server-rendered embed (c)', 'c', {}],
];

/** The conditions: [name, loadOnce options]. */
export const CONDITIONS = [
  ['unthrottled', { rate: 1 }],
  [`CPU ×${THROTTLE}`, { rate: THROTTLE }],
  [`CPU ×${THROTTLE}, slow 4G`, { rate: THROTTLE, network: SLOW_4G }],
];

/** One row per load: `{ embed, condition, ...figures }` or `{ embed, condition, error }`. */
export async function preload({ loadOnce }, { largest }, options, log) {
  const rows = [];
  for (let i = 0; i < options.preloadRuns; i++) {
    for (const [condition, how] of CONDITIONS) {
      for (const [embed, kind, variant] of EMBEDS) {
        try {
          rows.push({ embed, condition, ...(await loadOnce(kind, largest, { ...how, ...variant, probe: true })) });
        } catch (e) {
          rows.push({ embed, condition, error: e.message });
        }
      }
    }
    log(`fast-embed round ${i + 1}/${options.preloadRuns} done`);
  }
  return rows;
}
