/**
 * (a) vs (b) vs (c): each seed notice as a static page, as the widget page, and as the
 * server-rendered embed, interleaved, each load in a fresh context (session.loadOnce).
 */
import { median } from './lib/stats.mjs';
import { THROTTLE } from './options.mjs';

/** The unthrottled calibration loop's median, to show the throttling held. */
export async function calibrationBaseline({ freshPage, calibrate }) {
  const { context, page } = await freshPage({ rate: 1 });
  const times = [];
  for (let i = 0; i < 5; i++) times.push(await calibrate(page));
  await context.close();
  return median(times);
}

/** Every load's figures (`runs`) and the loads that failed. */
export async function compare({ loadOnce }, { slugs }, options, log) {
  const runs = [];
  // One discarded pair first: the browser's first page pays for its own warm-up.
  await loadOnce('a', slugs[0]);
  await loadOnce('b', slugs[0]);
  const failures = [];
  for (let i = 0; i < options.runs; i++) {
    for (const slug of slugs) {
      // At ×THROTTLE without and with the first-screen probe (its per-frame work would add
      // to the long tasks), and unthrottled with it, in the same round: a slow minute hits all.
      for (const [rate, probe] of [
        [THROTTLE, false],
        [THROTTLE, true],
        [1, true],
      ]) {
        for (const kind of ['a', 'b', 'c']) {
          try {
            runs.push({ run: i, ...(await loadOnce(kind, slug, { rate, probe })) });
          } catch (e) {
            failures.push(`${slug} ${kind} ×${rate}${probe ? ' probed' : ''} run ${i}: ${e.message}`);
          }
        }
      }
    }
    log(`comparison round ${i + 1}/${options.runs} done`);
  }
  if (failures.length) console.warn(`${failures.length} failed runs:\n  ${failures.join('\n  ')}`);
  return { runs, failures };
}
