// The fast-embed experiment's markdown: the widget page as is, with a preload, with the payload inline.
import { markdownTable } from '../lib/markdown.mjs';
import { fmt, medianOf, ratio } from '../lib/stats.mjs';
import { SLOW_4G } from '../options.mjs';
import { CONDITIONS, EMBEDS } from '../preload.mjs';

/** One table per condition: first screen, its ratio to static, the gain over the page as it is, TBT and bytes. */
export function preloadMarkdown(results, { largest }) {
  const rows = (results.preload ?? []).filter((r) => !r.error);
  if (!rows.length) return '_fast-embed experiment not run_';
  const lines = [
    `The ${largest} demo page as it is, with \`<link rel="preload" href="notices/${largest}.json" as="fetch" crossorigin>\` in its head, and with the payload inline (a \`<script type="application/json">\` first child of the element, no \`src\`); the static page (a) and the server-rendered embed (c) for reference. Interleaved, ${rows.filter((r) => r.embed === 'as is' && r.condition === CONDITIONS[0][0]).length} runs of each page per condition; medians. "Slow 4G": DevTools' preset (${SLOW_4G.latency} ms added to each request, 1.44 Mbit/s down). First screen: the time to 90 % of the first viewport's text (see Results).`,
  ];
  for (const [condition] of CONDITIONS) {
    const at = rows.filter((r) => r.condition === condition);
    const of = (embed) => at.filter((r) => r.embed === embed);
    const staticFs = medianOf(of(EMBEDS[0][0]), 'firstScreen');
    const asIs = medianOf(of('as is'), 'firstScreen');
    lines.push(
      '',
      `${condition}:`,
      '',
      markdownTable(
        ['page', 'first screen ms', '/ static', 'gain over as is ms', 'LCP ms', 'TBT ms', 'bytes'],
        EMBEDS.map(([embed]) => {
          const rs = of(embed);
          const fs = medianOf(rs, 'firstScreen');
          return [
            embed,
            fmt(fs),
            fmt(ratio(staticFs, fs), 2),
            embed.endsWith(')') || embed === 'as is' ? '' : `${fmt(asIs - fs)} (${fmt((1 - fs / asIs) * 100)}%)`,
            fmt(medianOf(rs, 'lcp')),
            fmt(medianOf(rs, 'tbt')),
            fmt(medianOf(rs, 'bytes')),
          ];
        }),
      ),
    );
  }
  const pre = rows.filter((r) => r.embed === 'with a preload');
  const asIs = rows.filter((r) => r.embed === 'as is');
  lines.push(
    '',
    medianOf(pre, 'bytes') > medianOf(asIs, 'bytes') * 1.05
      ? 'MORE bytes are sent with the preload: the payload was fetched twice (the preload was not used).'
      : "The preload sends the same bytes as the page as it is: the element's fetch used the preloaded response.",
  );
  return lines.join('\n');
}
