// The first screen of text, a vs b vs c, unthrottled and at ×THROTTLE: the product owner's ratio goals.
import { markdownTable } from '../lib/markdown.mjs';
import { fmt, ratio } from '../lib/stats.mjs';
import { THROTTLE, VIEWPORT } from '../options.mjs';

/** Goals: client-rendered at most 1.2× static, server-rendered embed at most 1.0×. */
export const GOALS = { b: 1.2, c: 1.0 };

/** The first-screen table from the per-rate medians (`rows1` unthrottled, `rowsT` at ×THROTTLE, from compareRows). */
export function firstScreenMarkdown(rows1, rowsT) {
  if (!rowsT.some((r) => Number.isFinite(r.a.firstScreen))) return '_first screen not measured_';
  const pass = (x, goal) => (Number.isFinite(x) ? (x <= goal ? `${fmt(x, 2)}` : `**${fmt(x, 2)}**`) : '–');
  const lines = [];
  for (const [label, rows] of [
    ['unthrottled (CPU ×1)', rows1],
    [`CPU ×${THROTTLE}`, rowsT],
  ]) {
    lines.push(`${label}:`, '');
    lines.push(
      markdownTable(
        ['notice', 'a: static ms', 'b: client ms', 'c: embed ms', 'b/a', 'c/a', 'chars on the first screen (a / b / c)'],
        rows.map((r) => [
          r.slug,
          fmt(r.a.firstScreen),
          fmt(r.b.firstScreen),
          fmt(r.c.firstScreen),
          pass(ratio(r.a.firstScreen, r.b.firstScreen), GOALS.b),
          pass(ratio(r.a.firstScreen, r.c.firstScreen), GOALS.c),
          `${fmt(r.a.screenChars)} / ${fmt(r.b.screenChars)} / ${fmt(r.c.screenChars)}`,
        ]),
      ),
      '',
    );
  }
  const probe = (rows, k, key) => Math.max(...rows.map((r) => r[k][key]).filter(Number.isFinite));
  lines.push(
    `The time from navigation start at which the text visible in the first viewport (${VIEWPORT.width}×${VIEWPORT.height}) first reaches 90 % of the amount the settled page shows there (medians; ratios over the goals, b/a ${GOALS.b} and c/a ${GOALS.c}, in bold). Measured the same way on every side by an init script (scripts/bench/text-probe.mjs), in loads of their own (the main-thread figures elsewhere come from loads without it): in every animation frame it walks the composed tree (open and declarative shadow roots, slotted nodes), keeps text that is rendered and seen (\`checkVisibility\` with visibility and opacity, so \`display:none\` and \`hidden=until-found\` content are out; 1 px clipped boxes out) and counts each text node's non-blank characters inside the viewport by the share of its \`Range.getClientRects()\` area there. A frame's amount counts, per string, at most as many characters as the settled screen has, so text that leaves the first screen (a fallback link, content pushed down) does not count towards it, and text re-rendered into new nodes still does. Its cost, per frame: median ${fmt(probe(rowsT, 'b', 'probeMs'), 2)} ms for b at CPU ×${THROTTLE} (the largest of the notices' medians; a ${fmt(probe(rowsT, 'a', 'probeMs'), 2)} ms, c ${fmt(probe(rowsT, 'c', 'probeMs'), 2)} ms), ${fmt(probe(rows1, 'b', 'probeMs'), 2)} ms unthrottled; the longest single frame's count ${fmt(probe(rowsT, 'b', 'probeMaxMs'), 1)} ms at ×${THROTTLE}.`,
  );
  return lines.join('\n');
}
