/**
 * One browser and server for the whole benchmark, and the measurements every
 * experiment shares: fresh throttled pages, CPU and heap figures, one load of a
 * comparison page, and CPU-profile and trace summaries through the script's source map.
 */
// The functions given to page.evaluate() run in the page, with its globals.
import { serve } from './server.mjs';
import { ELEMENT_SETTLED, instrument, launch } from './browser.mjs';
import { textProbe } from './text-probe.mjs';
import { firstScreen } from './lib/first-screen.mjs';
import { profileSelfTime } from './lib/profile.mjs';
import { moduleOf, sourcePositions } from './lib/source-map.mjs';
import { inPage, untilInPage } from './lib/in-page.mjs';
import { totalBlockingTime } from './lib/stats.mjs';
import { summarizeTrace } from './lib/trace.mjs';
import { SETTLE_MS, THROTTLE, VIEWPORT } from './options.mjs';

/** Starts the server over `fixtures.pages` and the browser; `close()` stops both. */
export async function openSession({ root, fixtures }) {
  const { pages, iifeMap } = fixtures;
  const srv = await serve({ root, pages, lifetimeMs: 30 * 60_000 });
  const browser = await launch();
  const chromiumVersion = browser.version();

  /** A fresh context and page at `VIEWPORT`, with the instrumentation and CPU throttling in place on the page's origin. */
  async function freshPage({ rate = THROTTLE, probe = false } = {}) {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.addInitScript(instrument);
    // Only where the first screen is measured: the scaling and start-up pages go without its per-frame cost.
    if (probe) await page.addInitScript(textProbe);
    const cdp = await context.newCDPSession(page);
    // A same-origin blank page first: throttling set before a cross-site navigation was
    // sometimes lost with the renderer process swap; set on the page's own process it holds.
    await page.goto(`${srv.origin}/demo/bench-blank.html`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return { context, page, cdp };
  }

  /** Milliseconds of a fixed loop in the page: ~4× the unthrottled figure shows the throttling held. */
  const calibrate = (page) =>
    page.evaluate(() => {
      const t = performance.now();
      let x = 0;
      for (let i = 0; i < 2e6; i++) x += i % 7;
      return performance.now() - t + (x < 0 ? 1 : 0);
    });

  /** CDP Performance.getMetrics as an object; enable first with timeDomain 'threadTicks' so durations are main-thread CPU time. */
  const metrics = async (cdp) => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  /** Main-thread CPU milliseconds between two metrics snapshots, in all and for layout and style. */
  const cpuBetween = (m0, m1) => ({
    cpuMs: (m1.ThreadTime - m0.ThreadTime) * 1000,
    layoutCpuMs: (m1.LayoutDuration - m0.LayoutDuration) * 1000,
    styleCpuMs: (m1.RecalcStyleDuration - m0.RecalcStyleDuration) * 1000,
    layoutCount: m1.LayoutCount - m0.LayoutCount,
    styleCount: m1.RecalcStyleCount - m0.RecalcStyleCount,
  });

  /** Retained JS heap after a forced GC (CDP, exact: performance.memory is bucketed). */
  async function heapAfterGc(cdp) {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  }

  /**
   * One load of a comparison page. `kind` 'a' (static page: the first layer is the
   * Element Timing renderTime of the at-a-glance heading) or 'b' (widget page:
   * ln-ready, then two animation frames). `preload`: the widget page with a
   * `<link rel="preload" as="fetch" crossorigin>` for its payload; `network`: CDP
   * Network.emulateNetworkConditions parameters; `inline`: the widget page with its
   * payload inline (a `<script type="application/json">` child); `rate`: CPU slow-down;
   * `probe`: count the first screen of text in every frame (text-probe.mjs), in loads of
   * its own, as its per-frame work would otherwise add to the long tasks measured.
   */
  async function loadOnce(kind, slug, { preload = false, inline = false, network = null, rate = THROTTLE, probe = false } = {}) {
    const { context, page, cdp } = await freshPage({ rate, probe });
    try {
      if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      const url =
        kind === 'a'
          ? `/demo/bench-static-${slug}.html`
          : kind === 'c'
            ? `/demo/bench-ssr-${slug}.html`
            : preload
              ? `/demo/bench-preload-${slug}.html`
              : inline
                ? `/demo/bench-inline-${slug}.html`
                : `/demo/${slug}.html`;
      const bytes0 = srv.stats.bytes;
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      const m0 = await metrics(cdp);
      await page.goto(srv.origin + url, { waitUntil: 'load', timeout: 60_000 });
      // Through CDP, so that nothing of the harness runs in the page during the load (lib/in-page.mjs).
      await untilInPage(cdp, kind === 'a' ? "window.__bench.elements.some((e) => e.id === 'ln-first-layer')" : ELEMENT_SETTLED);
      // (c) paints the notice from the HTML itself, inside a declarative shadow root, which
      // Element Timing does not see: its first layer is its first contentful paint (the
      // notice is painted with the page). LCP moves on when the element takes over (new
      // nodes, ln-ready), so it measures the take-over, not the first sight of the notice.
      await page.waitForTimeout(SETTLE_MS);
      const b = await inPage(cdp, 'window.__bench');
      // The settled first screen is measured once more, the frame loop stopped first.
      const text =
        probe &&
        (await inPage(cdp, '(window.__text.stopped = true, { samples: window.__text.samples, final: window.__text.measure().counts })'));
      const fs = text ? firstScreen(text.samples, text.final) : {};
      const { cpuMs } = cpuBetween(m0, await metrics(cdp));
      if (b.errors.length) throw new Error(b.errors.join('; '));
      const bytes = srv.stats.bytes - bytes0;
      const heap = await heapAfterGc(cdp);
      const calib = await calibrate(page);
      const fcp = b.paints.find((p) => p.name === 'first-contentful-paint')?.time;
      const lcp = b.lcp.at(-1)?.time;
      const firstLayer = kind === 'a' ? b.elements.find((e) => e.id === 'ln-first-layer').renderTime : kind === 'c' ? fcp : b.firstLayer;
      const tasks = b.longtasks;
      return {
        kind,
        slug,
        rate,
        probe,
        firstLayer,
        firstScreen: fs.time,
        screenChars: fs.chars,
        probeMs: fs.overheadMs,
        probeMaxMs: fs.overheadMaxMs,
        probeToFirstScreenMs: fs.overheadToTimeMs,
        ready: b.ready ?? undefined,
        fcp,
        lcp,
        tbt: totalBlockingTime(tasks),
        longTasks: tasks.length,
        longest: Math.max(0, ...tasks.map((t) => t.duration)),
        heap,
        bytes,
        cpuMs,
        calib,
      };
    } finally {
      await context.close();
    }
  }

  /** Self time (JavaScript only) by original module and function, through the IIFE's source map, of a CPU profile. */
  function profileByModule(profile) {
    const originalPosition = sourcePositions(JSON.parse(iifeMap));
    const inScript = (f) => f.url?.endsWith('/dist/layered-notice.iife.js');
    const native = (f) =>
      f.url
        ? `other script: ${f.url.replace(srv.origin, '')}`
        : /^\(/.test(f.functionName)
          ? f.functionName
          : `(native ${f.functionName || '?'})`;
    const byModule = profileSelfTime(profile, (f) =>
      inScript(f) ? moduleOf(originalPosition(f.lineNumber, f.columnNumber)?.source) : native(f),
    );
    const byFunction = profileSelfTime(profile, (f) => {
      if (!inScript(f)) return native(f);
      const pos = originalPosition(f.lineNumber, f.columnNumber);
      if (!pos) return '(bundle code with no source mapping)';
      return `${pos.name || f.functionName || '(anonymous)'} (${moduleOf(pos.source)}:${pos.line + 1})`;
    });
    return { byModule, byFunction };
  }

  /** The trace between two user-timing marks (null: from the start), summarised (see summarizeTrace). */
  function traceBetween(events, fromMark, toMark) {
    const ts = (name) => events.find((e) => e.name === name && e.cat?.includes('blink.user_timing'))?.ts;
    const from = fromMark ? (ts(fromMark) ?? -Infinity) : -Infinity;
    const to = ts(toMark) ?? Infinity;
    return summarizeTrace(events, { from, to, origin: srv.origin });
  }

  const close = async () => {
    await browser.close();
    await srv.close();
  };
  return {
    srv,
    browser,
    chromiumVersion,
    freshPage,
    calibrate,
    metrics,
    cpuBetween,
    heapAfterGc,
    loadOnce,
    profileByModule,
    traceBetween,
    close,
  };
}
