#!/usr/bin/env node
/**
 * Layout shift of a demo page when the element replaces its fallback, and what page-side
 * CSS (no change to the element) does to it. Each variant is the demo page, less its
 * own reservation rule, with one `<style>` added to its head; every load records the Layout Instability API's
 * `layout-shift` entries with their sources (which node moved, from where to where).
 * Viewport and CPU as the bench (412×823, ×4). Writes docs/bench/cls.md.
 *
 *   node scripts/bench/cls.mjs [--runs 3] [--only slug,slug] [--no-docs]
 */
// The functions given to addInitScript / evaluate run in the page, with its globals.
/* global window, document */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launch } from './browser.mjs';
import { cumulativeLayoutShift } from './lib/cls.mjs';
import { markdownTable } from './lib/markdown.mjs';
import { fmt, median } from './lib/stats.mjs';
import { OUT, THROTTLE, VIEWPORT, repo } from './options.mjs';
import { serve } from './server.mjs';

/** The page-side rules tried: each is what a page would put in its own stylesheet. */
export const VARIANTS = {
  'no rule': '',
  "the element's line-height": 'layered-notice{display:block;line-height:1.5}',
  'reserve until defined': 'layered-notice:not(:defined){display:block;min-height:100vh}',
  'reserve the first screen': 'layered-notice{display:block;min-height:100vh}',
};
/** The demo pages' own reservation rule, taken out so that every variant starts from no rule. */
const DEMO_RULE = /[ \t]*<style>layered-notice\{[^<]*<\/style>\n/;

process.chdir(repo);
const { values: opt } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, only: { type: 'string' }, 'no-docs': { type: 'boolean', default: false } },
});
let slugs = readdirSync('demo/notices')
  .map((f) => f.replace(/\.json$/, ''))
  .filter((s) => existsSync(`demo/${s}.html`))
  .sort();
if (opt.only) slugs = slugs.filter((s) => opt.only.split(',').includes(s));

const pages = new Map([['/demo/bench-blank.html', { body: '<!doctype html><html lang="en"><title>blank</title></html>' }]]);
for (const slug of slugs) {
  const demo = readFileSync(`demo/${slug}.html`, 'utf8').replace(DEMO_RULE, '');
  Object.values(VARIANTS).forEach((css, i) =>
    pages.set(`/demo/bench-cls-${i}-${slug}.html`, { body: css ? demo.replace('</head>', `  <style>${css}</style>\n</head>`) : demo }),
  );
}
const srv = await serve({ root: repo, pages, lifetimeMs: 15 * 60_000 });
const browser = await launch();

/** Runs in the page: every layout shift, with the moved nodes described. */
function recordShifts() {
  const shifts = (window.__shifts = []);
  const describe = (n) => {
    if (!n) return '(gone)';
    const el = n.nodeType === 1 ? n : n.parentElement;
    const name = el ? el.localName + (el.id ? `#${el.id}` : '') + (el.classList?.length ? `.${[...el.classList].join('.')}` : '') : '#text';
    return n.nodeType === 1 ? name : `text in ${name}`;
  };
  const rect = (r) => [Math.round(r.y), Math.round(r.height)];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      shifts.push({
        startTime: e.startTime,
        value: e.value,
        hadRecentInput: e.hadRecentInput,
        sources: (e.sources ?? []).map((s) => ({ node: describe(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })),
      });
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('ln-ready', () => (window.__ready = true));
}

async function load(url) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordShifts);
    const cdp = await context.newCDPSession(page);
    await page.goto(`${srv.origin}/demo/bench-blank.html`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await page.goto(srv.origin + url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 30_000 });
    await page.waitForTimeout(1000);
    const shifts = await page.evaluate(() => window.__shifts);
    return { cls: cumulativeLayoutShift(shifts), shifts };
  } finally {
    await context.close();
  }
}

const rows = [];
const names = Object.keys(VARIANTS);
for (let i = 0; i < Number(opt.runs); i++)
  for (const slug of slugs)
    for (const [v, name] of names.entries()) rows.push({ slug, variant: name, ...(await load(`/demo/bench-cls-${v}-${slug}.html`)) });
await browser.close();
await srv.close();

const table = markdownTable(
  ['notice', ...names.map((n) => `${n}: CLS`)],
  slugs.map((slug) => [
    slug,
    ...names.map((n) => fmt(median(rows.filter((r) => r.slug === slug && r.variant === n).map((r) => r.cls)), 3)),
  ]),
);
// What moved, in the first run of each notice as it is.
const sources = slugs.map((slug) => {
  const r = rows.find((x) => x.slug === slug && x.variant === 'no rule');
  const list = r.shifts.map(
    (s) =>
      `${fmt(s.value, 4)} at ${fmt(s.startTime)} ms: ${s.sources.map((x) => `${x.node} y ${x.from[0]}→${x.to[0]} (height ${x.from[1]}→${x.to[1]})`).join('; ')}`,
  );
  return `- ${slug}: ${list.length ? list.join(' / ') : 'no shift'}`;
});
const css = names.filter((n) => VARIANTS[n]).map((n) => `- ${n}: \`${VARIANTS[n]}\``);
const md = `Layout shift (Layout Instability API, CLS as web.dev defines it: the largest session window) of each demo page at ${VIEWPORT.width}×${VIEWPORT.height}, CPU ×${THROTTLE}, watched until 1 s after \`ln-ready\`; median of ${opt.runs} loads per page and variant. Each variant adds one rule to the page's head:\n\n${css.join('\n')}\n\n${table}\n\nWhat moves (no rule, first load; y and height in CSS px, before → after):\n\n${sources.join('\n')}`;
console.log(md);
if (!opt['no-docs']) {
  writeFileSync(
    `${OUT}/cls.md`,
    `<!-- Written by \`node scripts/bench/cls.mjs\`; edit that, not this. -->\n# Layout shift\n\nCommand: \`node scripts/bench/cls.mjs --runs ${opt.runs}${opt.only ? ` --only ${opt.only}` : ''}\`\n\n${md}\n`,
  );
  console.log(`wrote ${OUT}/cls.md`);
}
