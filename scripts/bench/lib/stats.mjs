// Statistics of the benchmark runs, and how their numbers are written in tables.

/** The q-quantile (0..1) of the finite numbers in `xs`, linearly interpolated; NaN when there are none. */
export function quantile(xs, q) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (xs) => quantile(xs, 0.5);

/** The median of one figure (`key`) over rows of results. */
export const medianOf = (rows, key) => median(rows.map((r) => r[key]));

/** Total blocking time: the part of each long task over 50 ms, added up. */
export const totalBlockingTime = (tasks) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);

/** Long tasks (`{start, duration}`) that start inside [from, to]. */
export const tasksBetween = (tasks, from, to) => tasks.filter((t) => t.start >= from && t.start <= to);

/** `b / a`, or NaN when either side is missing or a is 0. */
export const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && a !== 0 ? b / a : NaN);

/** A number for a table: fixed digits, '–' for NaN/undefined. */
export const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/** Bytes as MB with two decimals. */
export const mb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1e6).toFixed(2) : '–');
