// The start-up experiment's markdown: the script on a page without the element, and layouts in the render path.
import { markdownTable } from '../lib/markdown.mjs';
import { fmt, mb, median } from '../lib/stats.mjs';
import { THROTTLE } from '../options.mjs';

/** What the script does at start-up, and the layouts and style recalcs of the first render. */
export function startupMarkdown(results, { slugs, largest }) {
  const s = results.startup;
  if (!s) return '_start-up not run_';
  const withScript = s.runs.filter((r) => r.path === '/demo/bench-startup.html');
  const control = s.runs.filter((r) => r.path !== '/demo/bench-startup.html');
  const traced = withScript.find((r) => r.evaluateMs !== undefined);
  const reqs = [...new Set(withScript.flatMap((r) => r.requests))];
  const list = (rs, key, d = 0) => rs.map((r) => fmt(r[key], d)).join(', ');
  const lines = [
    `The ${largest} demo page less its \`<layered-notice>\`, with the classic script (${withScript.length} loads) and without it (control, ${control.length} loads), CPU ×${THROTTLE}, each watched for 1.5 s after load:`,
    '',
    `- \`customElements.get('layered-notice')\` defined: ${withScript.every((r) => r.defined) ? 'yes, in every load' : 'NO in some loads'}.`,
    `- Requests: ${reqs.map((r) => `\`${r}\``).join(', ')}: ${reqs.some((r) => /\.json$/.test(r)) ? 'a JSON request WAS made' : 'no payload or locale fetch'}.`,
    `- Long tasks with the script: ${list(withScript, 'longTasks')} (longest ${list(withScript, 'longest')} ms); control without it: ${list(control, 'longTasks')} (longest ${list(control, 'longest')} ms).`,
    traced
      ? `- The script's own work (traced load): compile ${fmt(traced.compileMs, 1)} ms on the main thread${traced.streamed ? ' (streamed: parsed off the main thread while downloading)' : ''}, evaluation ${fmt(traced.evaluateMs, 1)} ms; then ${traced.callsAfter} calls of its functions (${fmt(traced.callsAfterMs, 1)} ms${traced.callsAfterNames.length ? `: ${traced.callsAfterNames.join(', ')}` : ''}) in the next 1.5 s.`
      : null,
    `- Heap after GC: ${mb(median(withScript.map((r) => r.heap)))} MB with the script, ${mb(median(control.map((r) => r.heap)))} MB without.`,
    s.evalProfile
      ? `- What the evaluation runs (JavaScript self time, unthrottled, mean of 3 profiled loads, through the source map): ${s.evalProfile.byModule
          .filter((r) => r.key.startsWith('src/') || !/^[(]|^other script/.test(r.key))
          .slice(0, 6)
          .map((r) => `${r.key} ${fmt(r.ms, 1)} ms`)
          .join(', ')}; busiest functions: ${s.evalProfile.byFunction
          .filter((r) => !/^[(]|^other script/.test(r.key))
          .slice(0, 5)
          .map((r) => `${r.key.replace(/\|/g, '\\|')} ${fmt(r.ms, 1)} ms`)
          .join(', ')}.`
      : null,
    '',
    'Layouts and style recalcs during the first render (one traced load of each page at CPU ×' +
      THROTTLE +
      ': b from navigation to the second frame after `ln-ready`, a to 300 ms after its load event), and those forced by script (a Layout or UpdateLayoutTree event inside a script event or carrying a JS stack: a forced synchronous layout); main-thread time of b by kind:',
    '',
    markdownTable(
      [
        'notice',
        'a: layouts / styles',
        'a: forced',
        'b: layouts / styles',
        'b: forced',
        'b: script ms',
        'b: style ms',
        'b: layout ms',
        'b: paint ms',
      ],
      slugs.map((slug) => {
        const a = s.layouts.find((l) => l.slug === slug && l.kind === 'a');
        const b = s.layouts.find((l) => l.slug === slug && l.kind === 'b');
        return [
          slug,
          a ? `${a.layouts} / ${a.styles}` : '–',
          a?.forced ?? '–',
          b ? `${b.layouts} / ${b.styles}` : '–',
          b ? `${b.forced}${b.forcedIn.length ? ` (${b.forcedIn.join('; ')})` : ''}` : '–',
          fmt(b?.byCategory.script),
          fmt(b?.byCategory.style),
          fmt(b?.byCategory.layout),
          fmt(b?.byCategory.paint),
        ];
      }),
    ),
  ];
  return lines.filter((l) => l !== null).join('\n');
}
