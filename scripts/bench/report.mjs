/** The benchmark's markdown: the comparison, preload, scaling and start-up tables and their notes. */
import { fmt, markdownTable, mb, median, ratio } from './lib.mjs';
import { SLOW_4G, THROTTLE, VIEWPORT } from './options.mjs';

/** `{ compareRows, compareMd, scalingMd, startupMd, preloadMd }` from the results of a run. */
export function report(results, { slugs, seeds, largest, scale, build }, options) {
  const chromiumVersion = results.chromium;
  const med = (rows, key) => median(rows.map((r) => r[key]));
  const compareRows = slugs.map((slug) => {
    const a = results.runs.filter((r) => r.slug === slug && r.kind === 'a');
    const b = results.runs.filter((r) => r.slug === slug && r.kind === 'b');
    const c = results.runs.filter((r) => r.slug === slug && r.kind === 'c');
    const m = (rows) =>
      Object.fromEntries(
        ['firstLayer', 'ready', 'fcp', 'lcp', 'tbt', 'longTasks', 'longest', 'heap', 'bytes', 'cpuMs', 'calib'].map((k) => [
          k,
          med(rows, k),
        ]),
      );
    return { slug, n: [a.length, b.length, c.length], sections: seeds[slug].sections, a: m(a), b: m(b), c: m(c) };
  });

  function compareMarkdown() {
    const head = `Chromium ${chromiumVersion} headless, CPU throttled ×${THROTTLE}, viewport ${VIEWPORT.width}×${VIEWPORT.height}; ${options.runs} runs of each page per notice, interleaved a/b, each in a fresh browser context; medians. Script: ${build.iifeBytes} bytes, ${build.iifeGzip} gzip (sha256 ${build.iifeSha}, built ${build.iifeBuilt}; ${build.tree}). Run ${results.date}; load average (1 min) ${fmt(results.load.start[0], 1)} at the start and ${fmt(results.load.end[0], 1)} at the end, on 2 cores.`;
    const t1 = markdownTable(
      ['notice (sections)', 'a: first layer ms', 'b: first layer ms', 'b/a', 'a: LCP ms', 'b: LCP ms', 'b/a', 'b: ln-ready ms'],
      compareRows.map((r) => [
        `${r.slug} (${r.sections})`,
        fmt(r.a.firstLayer),
        fmt(r.b.firstLayer),
        fmt(ratio(r.a.firstLayer, r.b.firstLayer), 2),
        fmt(r.a.lcp),
        fmt(r.b.lcp),
        fmt(ratio(r.a.lcp, r.b.lcp), 2),
        fmt(r.b.ready),
      ]),
    );
    const t2 = markdownTable(
      [
        'notice',
        'a: TBT ms',
        'b: TBT ms',
        'a: long tasks',
        'b: long tasks',
        'a: longest ms',
        'b: longest ms',
        'a: main-thread CPU ms',
        'b: main-thread CPU ms',
        'a: heap MB',
        'b: heap MB',
        'b/a heap',
        'a: bytes',
        'b: bytes',
      ],
      compareRows.map((r) => [
        r.slug,
        fmt(r.a.tbt),
        fmt(r.b.tbt),
        fmt(r.a.longTasks),
        fmt(r.b.longTasks),
        fmt(r.a.longest),
        fmt(r.b.longest),
        fmt(r.a.cpuMs),
        fmt(r.b.cpuMs),
        mb(r.a.heap),
        mb(r.b.heap),
        fmt(ratio(r.a.heap, r.b.heap), 2),
        fmt(r.a.bytes),
        fmt(r.b.bytes),
      ]),
    );
    const t3 = markdownTable(
      [
        'notice',
        'a: first layer ms',
        'a: FCP ms',
        'c: FCP ms (first layer)',
        'c/a',
        'c: LCP ms',
        'c: ln-ready ms',
        'c: TBT ms',
        'c: bytes',
      ],
      compareRows.map((r) => [
        r.slug,
        fmt(r.a.firstLayer),
        fmt(r.a.fcp),
        fmt(r.c.firstLayer),
        fmt(ratio(r.a.firstLayer, r.c.firstLayer), 2),
        fmt(r.c.lcp),
        fmt(r.c.ready),
        fmt(r.c.tbt),
        fmt(r.c.bytes),
      ]),
    );
    const all = (kind, key) => median(compareRows.map((r) => r[kind][key]));
    const calib = `Throttling check: a fixed loop took ${fmt(results.calibBaseline, 1)} ms unthrottled, and a median ${fmt(median(results.runs.filter((r) => r.kind === 'a').map((r) => r.calib)), 1)} ms after the a runs and ${fmt(median(results.runs.filter((r) => r.kind === 'b').map((r) => r.calib)), 1)} ms after the b runs.`;
    const fails = results.failures?.length
      ? `\n\n${results.failures.length} runs failed and are left out: ${results.failures.join('; ')}`
      : '';
    return `${head}\n\n(a) static page from \`layered-notice render\`, (b) the demo page with the element. Times in ms from navigation start; main-thread CPU from CDP Performance.getMetrics ThreadTime over the whole load (the throttling inflates it too, equally for a and b); bytes as sent (gzip).\n\n${t1}\n\n${t2}\n\nMedian over the notices of the medians: first layer a ${fmt(all('a', 'firstLayer'))} ms, b ${fmt(all('b', 'firstLayer'))} ms; TBT a ${fmt(all('a', 'tbt'))} ms, b ${fmt(all('b', 'tbt'))} ms. ${calib}${fails}\n\n(c) the same demo page with the server-rendered embed (\`layered-notice render --embed\`) in place of the element, the script kept: the notice paints from the page itself, in a declarative shadow root, and the element takes over at ln-ready. Its first layer is its first contentful paint, since Element Timing does not see inside shadow roots.\n\n${t3}`;
  }

  function scalingMarkdown() {
    if (!results.scaling.length) return '_scaling not run_';
    const ok = results.scaling.filter((r) => !r.error);
    const cell = (name, rate) => {
      const rs = ok.filter((r) => r.name === name && r.rate === rate);
      if (!rs.length) return null;
      const ms = med(rs, 'ms');
      const cpuMs = med(rs, 'cpuMs');
      return {
        n: rs.length,
        ms,
        readyMs: med(rs, 'readyMs'),
        perSection: ms / scale[name].sections,
        cpuMs,
        cpuPerSection: cpuMs / scale[name].sections,
        layoutCpuMs: med(rs, 'layoutCpuMs'),
        styleCpuMs: med(rs, 'styleCpuMs'),
        longest: Math.max(...rs.map((r) => r.longest)),
        longTasks: med(rs, 'longTasks'),
        heap: med(rs, 'heap'),
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
      ['payload', 'runs', 'render ms', 'of which to ln-ready', 'ms per section', 'long tasks', 'longest task ms (max of runs)'],
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

  function preloadMarkdown() {
    const rows = (results.preload ?? []).filter((r) => !r.error);
    if (!rows.length) return '_preload experiment not run_';
    const without = rows.filter((r) => !r.preload);
    const withIt = rows.filter((r) => r.preload);
    const m = (rs, k) => med(rs, k);
    return [
      `The ${largest} demo page, with and without \`<link rel="preload" href="notices/${largest}.json" as="fetch" crossorigin>\` in its head, ${without.length} + ${withIt.length} runs interleaved, CPU ×${THROTTLE} and DevTools' "Slow 4G" network emulation (${SLOW_4G.latency} ms added to each request, 1.44 Mbit/s down); medians:`,
      '',
      markdownTable(
        ['page', 'first layer ms', 'ln-ready ms', 'LCP ms', 'TBT ms', 'bytes'],
        [
          [
            'without preload',
            fmt(m(without, 'firstLayer')),
            fmt(m(without, 'ready')),
            fmt(m(without, 'lcp')),
            fmt(m(without, 'tbt')),
            fmt(m(without, 'bytes')),
          ],
          [
            'with preload',
            fmt(m(withIt, 'firstLayer')),
            fmt(m(withIt, 'ready')),
            fmt(m(withIt, 'lcp')),
            fmt(m(withIt, 'tbt')),
            fmt(m(withIt, 'bytes')),
          ],
        ],
      ),
      '',
      `The preload saves ${fmt(m(without, 'firstLayer') - m(withIt, 'firstLayer'))} ms of the median first layer (${fmt((1 - m(withIt, 'firstLayer') / m(without, 'firstLayer')) * 100)}%). ${m(withIt, 'bytes') > m(without, 'bytes') * 1.05 ? 'MORE bytes are sent with it: the payload was fetched twice (the preload was not used).' : "The same bytes are sent: the element's fetch used the preloaded response."}`,
    ].join('\n');
  }

  function startupMarkdown() {
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

  const compareMd = results.runs.length ? compareMarkdown() : '_comparison not run_';
  const scalingMd = scalingMarkdown();
  const startupMd = startupMarkdown();
  const preloadMd = preloadMarkdown();
  return { compareRows, compareMd, scalingMd, startupMd, preloadMd };
}
