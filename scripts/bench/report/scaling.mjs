// The scaling experiment's markdown: render cost of 1×, 10× and 100× notices, traced and profiled.
import { markdownTable } from '../lib/markdown.mjs';
import { fmt, mb, medianOf, ratio } from '../lib/stats.mjs';
import { THROTTLE } from '../options.mjs';

/** The scaling tables, the linearity and long-task verdicts, and the trace and profile summaries. */
export function scalingMarkdown(results, { seeds, largest, scale }) {
  if (!results.scaling.length) return '_scaling not run_';
  const ok = results.scaling.filter((r) => !r.error);
  const cell = (name, rate) => {
    const rs = ok.filter((r) => r.name === name && r.rate === rate);
    if (!rs.length) return null;
    const ms = medianOf(rs, 'ms');
    const cpuMs = medianOf(rs, 'cpuMs');
    return {
      n: rs.length,
      ms,
      readyMs: medianOf(rs, 'readyMs'),
      perSection: ms / scale[name].sections,
      cpuMs,
      cpuPerSection: cpuMs / scale[name].sections,
      layoutCpuMs: medianOf(rs, 'layoutCpuMs'),
      styleCpuMs: medianOf(rs, 'styleCpuMs'),
      longest: Math.max(...rs.map((r) => r.longest)),
      longTasks: medianOf(rs, 'longTasks'),
      tbt: medianOf(rs, 'tbt'),
      heap: medianOf(rs, 'heap'),
    };
  };
  const names = Object.keys(scale);
  const one = Object.fromEntries(names.map((n) => [n, cell(n, 1)]));
  const phone = Object.fromEntries(names.map((n) => [n, cell(n, THROTTLE)]));
  const label = (n) => `${scale[n].factor}×${scale[n].stub ? ', bodies stubbed' : ''}`;
  const table1 = markdownTable(
    [
      'payload',
      'sections',
      'JSON bytes',
      'runs',
      'render ms',
      'of which to ln-ready',
      'main-thread CPU ms',
      'of which layout / style',
      'CPU ms per section',
      'longest task ms',
      'heap MB',
    ],
    names
      .filter((n) => one[n])
      .map((n) => [
        label(n),
        scale[n].sections,
        scale[n].bytes,
        one[n].n,
        fmt(one[n].ms),
        fmt(one[n].readyMs),
        fmt(one[n].cpuMs),
        `${fmt(one[n].layoutCpuMs)} / ${fmt(one[n].styleCpuMs)}`,
        fmt(one[n].cpuPerSection, 2),
        fmt(one[n].longest),
        mb(one[n].heap),
      ]),
  );
  const table4 = markdownTable(
    ['payload', 'runs', 'render ms', 'of which to ln-ready', 'ms per section', 'long tasks', 'longest task ms (max of runs)', 'TBT ms'],
    names
      .filter((n) => phone[n])
      .map((n) => [
        label(n),
        phone[n].n,
        fmt(phone[n].ms),
        fmt(phone[n].readyMs),
        fmt(phone[n].perSection, 2),
        fmt(phone[n].longTasks),
        fmt(phone[n].longest),
        fmt(phone[n].tbt),
      ]),
  );
  const growth = ratio(one['10']?.cpuPerSection, one['100']?.cpuPerSection);
  const growthWall = ratio(one['10']?.perSection, one['100']?.perSection);
  const marginal = (k1, k2) => (one[k2].cpuMs - one[k1].cpuMs) / (scale[k2].sections - scale[k1].sections);
  const marginalRatio = ratio(marginal('1', '10'), marginal('10', '100'));
  // Linear: the cost of an added section stays within a factor of 2 from 10× to 100×, and the
  // per-section cost does not grow by more than 2 (a fall is fixed costs being spread).
  const linear = growth <= 2 && marginalRatio >= 0.5 && marginalRatio <= 2;
  const saved = (k, key = 'cpuMs', table = one) => 1 - table[`${k}-stub`][key] / table[k][key];
  const over200 = names.filter((n) => phone[n]?.longest > 200 || one[n]?.longest > 200);
  const lines = [
    `Base: ${largest} (${seeds[largest].sections} sections, ${seeds[largest].jsonBytes} bytes as authored), its sections repeated with new ids. Set through the \`notice\` property (the 100× payload is over the element's 512 KB limit for \`src\`). "render ms": wall time from appending the element to the second animation frame after \`ln-ready\`; "to ln-ready": validation, template rendering and DOM insertion; the rest is style, layout and paint. "main-thread CPU ms": CDP Performance.getMetrics ThreadTime over the same span plus 0.5 s (the renderer's main thread only, so not stretched when the busy machine takes the core away, which wall time is); layout and style are that CPU time's LayoutDuration and RecalcStyleDuration. "bodies stubbed": every section body cut to one short paragraph, what the element would render up front if closed sections rendered their content only when opened.`,
    '',
    'Unthrottled (CPU ×1), for the shape of the cost:',
    '',
    table1,
    '',
    `At CPU ×${THROTTLE} (cheap phone):`,
    '',
    table4,
    '',
    `- Linearity (unthrottled main-thread CPU): per section, 100× / 10× = ${fmt(growth, 2)} (wall time ${fmt(growthWall, 2)}); per added section (marginal), ${fmt(marginal('1', '10'), 2)} ms from 1× to 10× and ${fmt(marginal('10', '100'), 2)} ms from 10× to 100×, a ratio of ${fmt(marginalRatio, 2)}. ${linear ? `Within a factor of 2: the cost grows about linearly (the per-section figure falls with size because the fixed cost of a render, most of the 1× figure of ${fmt(one['1'].cpuMs)} ms, is spread over more sections).` : 'NOT within a factor of 2: the cost does not grow linearly.'}`,
    `- Longest long task at 100×: ${fmt(phone['100']?.longest)} ms at CPU ×${THROTTLE}, ${fmt(one['100']?.longest)} ms unthrottled. ${over200.length ? `Long tasks over 200 ms: ${over200.map(label).join('; ')}.` : 'No long task over 200 ms.'}`,
    `- Stubbing the bodies (an estimate of lazy rendering of closed sections): main-thread CPU ${fmt(saved('10') * 100)}% less at 10× and ${fmt(saved('100') * 100)}% less at 100× unthrottled (${fmt(one['100'].cpuMs)} → ${fmt(one['100-stub'].cpuMs)} ms; wall time to ln-ready ${fmt(saved('100', 'readyMs') * 100)}% shorter)${phone['100-stub'] ? `; at CPU ×${THROTTLE} the 100× longest task (max of ${phone['100'].n} runs) goes from ${fmt(phone['100'].longest)} to ${fmt(phone['100-stub'].longest)} ms` : ''}.`,
  ];
  if (results.trace100) {
    const cat = (t) => ['script', 'gc', 'style', 'layout', 'paint', 'other'].map((c) => `${c} ${fmt(t.byCategory[c])}`).join(', ');
    lines.push('', 'Main-thread time by kind in one traced 100× render, unthrottled (ms; gc is also counted inside script):', '');
    for (const [name, t] of Object.entries(results.trace100))
      lines.push(
        `- ${label(name)}: ${fmt(t.ms)} ms in all: ${cat(t)}; ${t.layouts} layout${t.layouts === 1 ? '' : 's'} and ${t.styles} style recalc${t.styles === 1 ? '' : 's'}, ${t.forced} of them forced by script.`,
      );
  }
  const profileTables = (p, what) => {
    const js = p.byModule.rows.filter((r) => !/^\((program|idle)\)$/.test(r.key));
    const jsTotal = js.reduce((sum, r) => sum + r.ms, 0);
    return [
      `${what} JavaScript self time by module, through the script's source map (\`(program)\`, native time such as style and layout, left out; \`(garbage collector)\` kept):`,
      '',
      markdownTable(
        ['module', 'self ms', 'share of JS'],
        js.slice(0, 10).map((r) => [r.key, fmt(r.ms, 1), `${fmt((r.ms / jsTotal) * 100)}%`]),
      ),
      '',
      'Top functions:',
      '',
      markdownTable(
        ['function (module:line)', 'self ms'],
        p.byFunction.rows
          .filter((r) => !/^\((program|idle)\)$/.test(r.key))
          .slice(0, 12)
          .map((r) => [r.key.replace(/\|/g, '\\|'), fmt(r.ms, 1)]),
      ),
    ];
  };
  if (results.profile1)
    lines.push(
      '',
      ...profileTables(results.profile1, `CPU profile of the 1× render (the seed itself), unthrottled, mean of 5 profiled renders.`),
    );
  if (results.profile100)
    lines.push(
      '',
      ...profileTables(
        results.profile100,
        `CPU profile of one 100× render, unthrottled (${fmt(results.profile100.ms)} ms with the profiler on).`,
      ),
    );
  return lines.join('\n');
}
