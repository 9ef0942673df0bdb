/**
 * Debian's Chromium, headless, driven by playwright-core (no browser download), and
 * the script every benchmarked page gets before its own (an init script): observers
 * for long tasks, Element Timing, paint and largest-contentful-paint, and listeners
 * for the element's `ln-ready` / `ln-error` events. Results collect in `window.__bench`.
 */
// instrument() runs in the page (an init script), with its globals.
/* global window, document, requestAnimationFrame */
import { existsSync } from 'node:fs';
import { PATHS } from '../lib/browsers.mjs';

export const CHROMIUM = process.env.CHROME_PATH || PATHS.chromium;

/** Headless, no sandbox or GPU, no background traffic; playwright-core adds its own automation defaults (see docs/performance.md). */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set CHROME_PATH)`);
  const { chromium } = await import('playwright-core');
  // headless: false keeps playwright from adding its own --headless; ours is in the flags.
  return chromium.launch({ executablePath: CHROMIUM, headless: false, args: CHROMIUM_FLAGS, timeout: 60_000 });
}

/**
 * Runs in every page before any of its scripts. `performance.now()` values, ms since
 * navigation start. For the element: `ready` when `ln-ready` fires, `firstLayer` in
 * the second animation frame after it (the frame after the one that painted the
 * render), each also a `performance.mark` so a trace can find them; for Element
 * Timing entries, their `renderTime` (the paint's presentation time).
 */
export function instrument() {
  const b = (window.__bench = { longtasks: [], elements: [], lcp: [], paints: [], ready: null, firstLayer: null, errors: [] });
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch (e) {
      b.errors.push(`observer ${type}: ${e.message}`);
    }
  };
  observe('longtask', (e) => b.longtasks.push({ start: e.startTime, duration: e.duration }));
  observe('element', (e) => b.elements.push({ id: e.identifier, renderTime: e.renderTime, loadTime: e.loadTime }));
  observe('largest-contentful-paint', (e) =>
    b.lcp.push({ time: e.renderTime || e.startTime, size: e.size, tag: e.element?.localName ?? null }),
  );
  observe('paint', (e) => b.paints.push({ name: e.name, time: e.startTime }));
  document.addEventListener('ln-ready', () => {
    b.ready = performance.now();
    performance.mark('bench:ready');
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        b.firstLayer = performance.now();
        performance.mark('bench:first-layer');
      }),
    );
  });
  document.addEventListener('ln-error', (e) => b.errors.push(`ln-error ${e.detail?.kind}: ${e.detail?.message}`));
}

/** In the page: the element has shown its first layer (or reported an error), as `instrument` records it. */
export const ELEMENT_SETTLED = 'window.__bench.firstLayer !== null || window.__bench.errors.length > 0';

/** Rasterises an SVG (its own width and height) to a PNG at `path` with the browser. */
export async function svgToPng(browser, svg, path) {
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 900);
  const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 460);
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.setContent(
      `<!doctype html><html style="margin:0;overflow:hidden"><body style="margin:0;overflow:hidden">${svg.replace('<svg ', '<svg style="display:block" ')}</body></html>`,
    );
    await page.screenshot({ path, clip: { x: 0, y: 0, width, height } });
  } finally {
    await context.close();
  }
}
