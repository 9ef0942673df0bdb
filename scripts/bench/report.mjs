/** The benchmark's markdown: the comparison, preload, scaling and start-up tables and their notes, one module each in report/. */
import { compareMarkdown, compareRows as compareRowsOf } from './report/compare.mjs';
import { preloadMarkdown } from './report/preload.mjs';
import { scalingMarkdown } from './report/scaling.mjs';
import { startupMarkdown } from './report/startup.mjs';

/** `{ compareRows, compareMd, scalingMd, startupMd, preloadMd }` from the results of a run. */
export function report(results, fixtures, options) {
  const compareRows = compareRowsOf(results, fixtures);
  const compareMd = results.runs.length ? compareMarkdown(results, fixtures, options, compareRows) : '_comparison not run_';
  const scalingMd = scalingMarkdown(results, fixtures);
  const startupMd = startupMarkdown(results, fixtures);
  const preloadMd = preloadMarkdown(results, fixtures);
  return { compareRows, compareMd, scalingMd, startupMd, preloadMd };
}
