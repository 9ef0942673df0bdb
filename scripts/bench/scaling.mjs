/**
 * Scaling: the largest seed notice at 1×, 10× and 100× (and with its bodies stubbed),
 * rendered by the element through its `notice` property; profiled and traced at 100×.
 */
// The functions given to page.evaluate() run in the page, with its globals.
/* global window, document, customElements */
import { fmt, totalBlockingTime } from './lib/stats.mjs';
import { THROTTLE, TRACE_CATEGORIES } from './options.mjs';
import { FACTORS } from './fixtures.mjs';

/** `{ scaling, profile100, profile1, trace100 }`: every render's figures and the profile and trace summaries. */
export async function scalingExperiment(session, { largest, seeds, scale }, options, log) {
  const { srv, browser, freshPage, metrics, cpuBetween, heapAfterGc, profileByModule, traceBetween } = session;
  /**
   * Renders one scaling payload at CPU ×`rate`: the page fetches and parses the JSON
   * first (not timed), then in a task of its own creates a <layered-notice>, sets
   * `notice` and appends it. Timed from there to ln-ready and to the second frame after it.
   */
  async function renderScaled(name, { rate = THROTTLE, profile = false, trace = false } = {}) {
    const { context, page, cdp } = await freshPage({ rate });
    try {
      await page.goto(`${srv.origin}/demo/bench-scale.html`, { waitUntil: 'load' });
      await page.evaluate(() => customElements.whenDefined('layered-notice'));
      await page.evaluate(async (url) => {
        window.__payload = await (await fetch(url)).json();
      }, `/demo/bench-scale-${name}.json`);
      await page.waitForTimeout(300);
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      if (trace) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const m0 = await metrics(cdp);
      const t = await page.evaluate(
        () =>
          new Promise((done, fail) => {
            const b = window.__bench;
            setTimeout(() => {
              performance.mark('bench:t0');
              const t0 = performance.now();
              const el = document.createElement('layered-notice');
              el.notice = window.__payload;
              document.getElementById('bench-host').append(el);
              const wait = () =>
                b.firstLayer !== null
                  ? setTimeout(
                      () => done({ t0, ready: b.ready, firstLayer: b.firstLayer, longtasks: b.longtasks.filter((l) => l.start >= t0 - 1) }),
                      500,
                    )
                  : b.errors.length
                    ? fail(new Error(b.errors.join('; ')))
                    : setTimeout(wait, 20);
              wait();
            }, 0);
          }),
      );
      const cpu = cpuBetween(m0, await metrics(cdp));
      const out = {
        name,
        rate,
        ...scale[name],
        ...cpu,
        ms: t.firstLayer - t.t0,
        readyMs: t.ready - t.t0,
        longTasks: t.longtasks.length,
        longest: Math.max(0, ...t.longtasks.map((l) => l.duration)),
        tbt: totalBlockingTime(t.longtasks),
        heap: await heapAfterGc(cdp),
      };
      if (profile) out.profile = (await cdp.send('Profiler.stop')).profile;
      if (trace) out.trace = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
      return out;
    } finally {
      await context.close();
    }
  }

  const scaling = [];
  log(`scaling: ${largest} (${seeds[largest].sections} sections) ×${FACTORS.join(', ×')}`);
  await renderScaled('1', { rate: 1 }); // warm-up, discarded
  // Unthrottled for the shape of the cost (CPU throttling adds noise of its own), then at ×THROTTLE for the phone's long tasks.
  const plan = [];
  for (let i = 0; i < options.scaleRuns; i++) for (const name of ['1', '10', '1-stub', '10-stub']) plan.push([name, 1]);
  for (let i = 0; i < options.scale100Runs; i++) plan.push(['100', 1], ['100-stub', 1]);
  for (let i = 0; i < options.scale100Runs; i++) plan.push(['10', THROTTLE], ['100', THROTTLE], ['100-stub', THROTTLE]);
  for (const [name, rate] of plan) {
    try {
      const r = await renderScaled(name, { rate });
      scaling.push(r);
      if (r.factor === 100)
        log(`scaling ${name} ×${rate}: ${fmt(r.ms)} ms (ln-ready ${fmt(r.readyMs)}), longest task ${fmt(r.longest)} ms`);
    } catch (e) {
      scaling.push({ name, rate, error: e.message });
      log(`scaling ${name} ×${rate} failed: ${e.message}`);
    }
  }
  // One profiled and one traced 100× render, unthrottled (each instrument slows the other, so apart), and a traced stubbed one.
  const profiled = await renderScaled('100', { rate: 1, profile: true });
  const profile100 = { ms: profiled.ms, ...profileByModule(profiled.profile) };
  // The seed itself (1×), five profiled renders added up: where a real notice's render task goes.
  const ones = [];
  for (let i = 0; i < 5; i++) ones.push(profileByModule((await renderScaled('1', { rate: 1, profile: true })).profile));
  const sum = (pick) => {
    const acc = new Map();
    for (const p of ones) for (const r of pick(p).rows) acc.set(r.key, (acc.get(r.key) ?? 0) + r.ms / ones.length);
    const rows = [...acc].map(([key, ms]) => ({ key, ms })).sort((a, b) => b.ms - a.ms);
    return { rows, total: rows.reduce((t, r) => t + r.ms, 0) };
  };
  const profile1 = { byModule: sum((p) => p.byModule), byFunction: sum((p) => p.byFunction) };
  const trace100 = {};
  for (const name of ['100', '100-stub']) {
    const traced = await renderScaled(name, { rate: 1, trace: true });
    const t = traceBetween(traced.trace, 'bench:t0', 'bench:first-layer');
    trace100[name] = { ms: traced.ms, byCategory: t.byCategory, layouts: t.layouts, styles: t.styles, forced: t.forced.length };
  }
  log('scaling done');
  return { scaling, profile100, profile1, trace100 };
}
