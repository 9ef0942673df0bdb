// Self time per function or module from a CPU profile.

/**
 * Self time in ms per key from a CDP `Profiler.Profile` (`nodes`, `samples`,
 * `timeDeltas` in µs). `keyOf(callFrame)` names the bucket; '(idle)' is dropped.
 * Returns `[{key, ms}]` sorted by time, and the total sampled.
 */
export function profileSelfTime(profile, keyOf = (f) => f.functionName || '(anonymous)') {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const perNode = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i++) {
    // The delta before sample i+1 is the time sample i stood for.
    const dt = (timeDeltas[i + 1] ?? 0) / 1000;
    perNode.set(samples[i], (perNode.get(samples[i]) ?? 0) + dt);
  }
  const buckets = new Map();
  let total = 0;
  for (const [id, ms] of perNode) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    const key = keyOf(frame);
    buckets.set(key, (buckets.get(key) ?? 0) + ms);
    total += ms;
  }
  const rows = [...buckets].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);
  return { rows, total };
}
