// Cumulative Layout Shift from Layout Instability API entries, as web.dev defines it:
// the largest session window of shifts (each under 1 s after the previous one, the
// window at most 5 s long), leaving out shifts within 500 ms of input.

/** CLS of `entries` (`{ startTime, value, hadRecentInput }`, in time order). */
export function cumulativeLayoutShift(entries) {
  let best = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const e of entries) {
    if (e.hadRecentInput) continue;
    if (e.startTime - last < 1000 && e.startTime - first < 5000) current += e.value;
    else {
      current = e.value;
      first = e.startTime;
    }
    last = e.startTime;
    best = Math.max(best, current);
  }
  return best;
}
