// Long tasks and CPU-profile samples from one Chromium trace, on the trace's own clock.

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The top-level tasks of the `threads` (as "pid:tid") longer than `ms`, as `{ts, dur}`
 * in trace µs, in time order. A task inside another (a nested run loop) is not listed again.
 */
export function tasksOver(events, threads, ms) {
  const tasks = events
    .filter((e) => e.ph === 'X' && TASK_NAMES.has(e.name) && threads.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const top = [];
  for (const t of tasks) {
    const last = top.at(-1);
    if (last && last.pid === t.pid && t.ts < last.ts + last.dur) continue;
    top.push(t);
  }
  return top.filter((t) => t.dur > ms * 1000).map(({ ts, dur }) => ({ ts, dur }));
}

/**
 * The CPU profile a trace holds (category `disabled-by-default-v8.cpu_profiler`: one
 * `Profile` event and its `ProfileChunk`s per profiled thread) for the `threads`, as
 * samples `{ts, ms, frame}` on the trace clock: `frame` is the sampled function's call
 * frame (its own code: self time), `ms` the time the sample stands for. `within(from, to)`
 * gives those in a span; `navigationTs` is the page's navigation start, or the first sample.
 */
export function profileSamplesFromTrace(events, threads) {
  const pids = new Set([...threads].map((t) => Number(t.split(':')[0])));
  const tids = new Set([...threads].map((t) => Number(t.split(':')[1])));
  const profiles = events.filter((e) => e.name === 'Profile' && pids.has(e.pid) && tids.size > 0);
  const samples = [];
  for (const profile of profiles) {
    const nodes = new Map();
    let ts = profile.args?.data?.startTime ?? profile.ts;
    const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === profile.pid);
    const thread = [];
    for (const chunk of chunks) {
      const data = chunk.args?.data ?? {};
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const ids = data.cpuProfile?.samples ?? [];
      const deltas = data.timeDeltas ?? [];
      for (let i = 0; i < ids.length; i++) {
        ts += deltas[i] ?? 0;
        thread.push({ ts, id: ids[i] });
      }
    }
    // A profile of another thread (a worker) has none of the main thread's frames; keep it anyway: its samples fall outside main-thread tasks.
    for (let i = 0; i < thread.length; i++) {
      const frame = nodes.get(thread[i].id)?.callFrame ?? { functionName: '(unknown)' };
      if (frame.functionName === '(idle)') continue;
      const next = thread[i + 1]?.ts ?? thread[i].ts;
      samples.push({ ts: thread[i].ts, ms: (next - thread[i].ts) / 1000, frame });
    }
  }
  samples.sort((a, b) => a.ts - b.ts);
  const nav = events
    .filter((e) => e.name === 'navigationStart' && threads.has(`${e.pid}:${e.tid}`))
    .map((e) => e.ts)
    .sort((a, b) => a - b)[0];
  return {
    samples,
    navigationTs: nav ?? samples[0]?.ts ?? 0,
    within: (from, to) => samples.filter((s) => s.ts >= from && s.ts < to),
  };
}
