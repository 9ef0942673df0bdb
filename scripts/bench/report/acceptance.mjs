// One table against the product owner's goals: per demo notice the first-screen ratios and
// the client path's main thread at ×THROTTLE, then the 10× and 100× notices' main thread.
import { markdownTable } from '../lib/markdown.mjs';
import { fmt, medianOf, ratio } from '../lib/stats.mjs';
import { THROTTLE } from '../options.mjs';
import { GOALS } from './first-screen.mjs';

/** Goals for the main thread at ×THROTTLE: no long task over 50 ms (so none at all), TBT at most 50 ms. */
export const MAIN_THREAD = { longest: 50, tbt: 50 };

const mark = (x, goal, digits = 0) => (Number.isFinite(x) ? (x <= goal ? fmt(x, digits) : `**${fmt(x, digits)}**`) : '–');

/** The acceptance table: first screen from the probed loads (×1, ×THROTTLE), main thread from the loads without the probe and the scaling runs, at ×THROTTLE. */
export function acceptanceMarkdown(results, { screenRows1, screenRowsT, compareRows }, { scale = {} } = {}) {
  const bySlug = (rows) => new Map(rows.map((r) => [r.slug, r]));
  const [by1, byT] = [bySlug(screenRows1), bySlug(screenRowsT)];
  const notices = compareRows.map((r) => {
    const u = by1.get(r.slug);
    const t = byT.get(r.slug);
    return [
      r.slug,
      mark(ratio(u?.a.firstScreen, u?.b.firstScreen), GOALS.b, 2),
      mark(ratio(t?.a.firstScreen, t?.b.firstScreen), GOALS.b, 2),
      mark(ratio(u?.a.firstScreen, u?.c.firstScreen), GOALS.c, 2),
      mark(ratio(t?.a.firstScreen, t?.c.firstScreen), GOALS.c, 2),
      mark(r.b.longest, MAIN_THREAD.longest),
      mark(r.b.tbt, MAIN_THREAD.tbt),
      fmt(r.b.longTasks),
    ];
  });
  // The scaled notices are rendered by the client path only (through the `notice` property).
  const scaled = ['10', '100']
    .map((name) => [name, (results.scaling ?? []).filter((r) => !r.error && r.name === name && r.rate === THROTTLE)])
    .filter(([, rs]) => rs.length)
    .map(([name, rs]) => [
      `${scale[name]?.factor ?? name}× (${scale[name]?.sections ?? '?'} sections, ${rs.length} runs)`,
      '',
      '',
      '',
      '',
      mark(Math.max(...rs.map((r) => r.longest)), MAIN_THREAD.longest),
      mark(medianOf(rs, 'tbt'), MAIN_THREAD.tbt),
      fmt(medianOf(rs, 'longTasks')),
    ]);
  return [
    `\`${results.command}\`, run ${results.date}. Medians per notice; figures over a goal in bold. First screen of text: b/a at most ${GOALS.b}, c/a at most ${GOALS.c}, each unthrottled and at CPU ×${THROTTLE}. Main thread of the client path (b, and the scaled notices rendered by the element) at CPU ×${THROTTLE}: no long task over ${MAIN_THREAD.longest} ms, TBT at most ${MAIN_THREAD.tbt} ms. The main-thread figures come from loads without the first-screen probe; for the scaled notices the longest task is the largest of the runs.`,
    '',
    markdownTable(
      [
        'notice',
        'b/a first screen ×1',
        `b/a ×${THROTTLE}`,
        'c/a first screen ×1',
        `c/a ×${THROTTLE}`,
        `b: longest task ms ×${THROTTLE}`,
        `b: TBT ms ×${THROTTLE}`,
        'b: long tasks',
      ],
      [...notices, ...scaled],
    ),
  ].join('\n');
}
