// The preload experiment's markdown: the widget page with and without a preload of its payload.
import { markdownTable } from '../lib/markdown.mjs';
import { fmt, medianOf } from '../lib/stats.mjs';
import { SLOW_4G, THROTTLE } from '../options.mjs';

/** The preload table and whether the preloaded response was used. */
export function preloadMarkdown(results, { largest }) {
  const rows = (results.preload ?? []).filter((r) => !r.error);
  if (!rows.length) return '_preload experiment not run_';
  const without = rows.filter((r) => !r.preload);
  const withIt = rows.filter((r) => r.preload);
  const m = medianOf;
  return [
    `The ${largest} demo page, with and without \`<link rel="preload" href="notices/${largest}.json" as="fetch" crossorigin>\` in its head, ${without.length} + ${withIt.length} runs interleaved, CPU ×${THROTTLE} and DevTools' "Slow 4G" network emulation (${SLOW_4G.latency} ms added to each request, 1.44 Mbit/s down); medians:`,
    '',
    markdownTable(
      ['page', 'first layer ms', 'ln-ready ms', 'LCP ms', 'TBT ms', 'bytes'],
      [
        ['without preload', without],
        ['with preload', withIt],
      ].map(([page, rs]) => [page, ...['firstLayer', 'ready', 'lcp', 'tbt', 'bytes'].map((k) => fmt(m(rs, k)))]),
    ),
    '',
    `The preload saves ${fmt(m(without, 'firstLayer') - m(withIt, 'firstLayer'))} ms of the median first layer (${fmt((1 - m(withIt, 'firstLayer') / m(without, 'firstLayer')) * 100)}%). ${m(withIt, 'bytes') > m(without, 'bytes') * 1.05 ? 'MORE bytes are sent with it: the payload was fetched twice (the preload was not used).' : "The same bytes are sent: the element's fetch used the preloaded response."}`,
  ].join('\n');
}
