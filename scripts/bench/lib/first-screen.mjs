// The "first screen of text" metric's pure part: how much of the settled first screen's
// text each frame shows, and when that first reaches a fraction (90 %) of it.
// The samples come from the in-page probe (scripts/bench/text-probe.mjs).
import { median } from './stats.mjs';

/** `[id, chars]` pairs as a Map, adding up repeated ids (the same string in two places). */
export function toCounts(pairs) {
  const m = new Map();
  for (const [id, chars] of pairs) m.set(id, (m.get(id) ?? 0) + chars);
  return m;
}

/**
 * The share (0..1) of the final first screen's text that `counts` shows: per string, the
 * characters on screen now, up to as many as the final screen has. Text that is on screen
 * now but not in the final screen (a fallback link, content pushed down later) adds nothing.
 */
export function completeness(counts, final) {
  let total = 0;
  let seen = 0;
  for (const [id, f] of final) {
    total += f;
    seen += Math.min(counts.get(id) ?? 0, f);
  }
  return total > 0 ? seen / total : NaN;
}

/**
 * When the text on the first screen first reaches `fraction` of its final amount:
 * `{ time, chars, frames, overheadMs, overheadMaxMs, overheadToTimeMs }`, `time` the
 * sample's frame time (ms from navigation start), or NaN when it never does;
 * `overhead*` what the probe cost per frame (median, max) and in all up to `time`.
 */
export function firstScreen(samples, finalPairs, fraction = 0.9) {
  const final = toCounts(finalPairs);
  let time = NaN;
  for (const s of samples) {
    // A hair of tolerance: partly visible lines are counted by area, in floating point.
    if (completeness(toCounts(s.counts), final) >= fraction - 1e-9) {
      time = s.t;
      break;
    }
  }
  const costs = samples.map((s) => s.ms);
  return {
    time,
    chars: [...final.values()].reduce((a, b) => a + b, 0),
    frames: samples.length,
    overheadMs: median(costs),
    overheadMaxMs: costs.length ? Math.max(...costs) : NaN,
    overheadToTimeMs: samples.filter((s) => !(s.t > time)).reduce((a, s) => a + s.ms, 0),
  };
}
