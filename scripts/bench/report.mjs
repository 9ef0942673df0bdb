/** The benchmark's markdown: the comparison, first-screen, preload, scaling and start-up tables and their notes, one module each in report/. */
import { acceptanceMarkdown } from './report/acceptance.mjs';
import { compareMarkdown, compareRows as compareRowsOf } from './report/compare.mjs';
import { firstScreenMarkdown } from './report/first-screen.mjs';
import { preloadMarkdown } from './report/preload.mjs';
import { scalingMarkdown } from './report/scaling.mjs';
import { startupMarkdown } from './report/startup.mjs';
import { THROTTLE } from './options.mjs';

/** `{ compareRows, acceptanceMd, compareMd, firstScreenMd, scalingMd, startupMd, preloadMd }` from the results of a run. */
export function report(results, fixtures, options) {
  // Main-thread figures from the loads without the first-screen probe; the first screen from the probed ones.
  const compareRows = compareRowsOf(results, fixtures);
  const screenRowsT = compareRowsOf(results, fixtures, THROTTLE, true);
  const screenRows1 = compareRowsOf(results, fixtures, 1, true);
  const compareMd = results.runs.length ? compareMarkdown(results, fixtures, options, compareRows) : '_comparison not run_';
  const firstScreenMd = results.runs.length ? firstScreenMarkdown(screenRows1, screenRowsT) : '_comparison not run_';
  const acceptanceMd =
    results.runs.length || results.scaling.length
      ? acceptanceMarkdown(results, { screenRows1, screenRowsT, compareRows }, fixtures)
      : '_not run_';
  const scalingMd = scalingMarkdown(results, fixtures);
  const startupMd = startupMarkdown(results, fixtures);
  const preloadMd = preloadMarkdown(results, fixtures);
  return { compareRows, acceptanceMd, compareMd, firstScreenMd, scalingMd, startupMd, preloadMd };
}
