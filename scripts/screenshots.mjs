#!/usr/bin/env node
/**
 * `npm run screenshots`: pictures of a demo notice for docs/accessibility.md, taken in
 * Debian's Chromium through playwright-core. Run `npm run build` first (the demo page
 * loads dist/layered-notice.iife.js).
 *
 * Serves the repository on a free loopback port (node:http, read-only, no listing),
 * opens demo/coventry-family-valued.html and writes
 *   docs/screenshots/<notice>-<lang>-<width>-<theme>.png
 * for widths 320 and 1280, languages en and ar (right to left), and themes light,
 * dark (the --ln-* custom properties set to the dark palette below, with a dark page)
 * and forced (forced colours emulated, as Windows High Contrast). Each picture shows
 * the first section open and keyboard focus on the second section's button, and is
 * clipped to the first 1600 CSS px of the page.
 *
 * Environment: CHROMIUM=/path/to/chromium (default /usr/bin/chromium).
 */
// The functions given to page.evaluate() run in the page, with its globals.
/* global document, scrollTo */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PATHS } from './lib/browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs', 'screenshots');
const NOTICE = 'coventry-family-valued';
const WIDTHS = [320, 1280];
const LANGS = ['en', 'ar'];
const THEMES = ['light', 'dark', 'forced'];
const MAX_HEIGHT = 1600;

/** A dark palette for the notice's custom properties; every text colour is at least 4.5:1 on the page. */
const DARK = `
  html, body { background: #0b0c0c; color: #f3f2f1; }
  main a { color: #8ec5ff; }
  footer.site { border-color: #6f777b; }
  layered-notice {
    --ln-color-text: #f3f2f1;
    --ln-color-muted: #c4c8ca;
    --ln-color-link: #8ec5ff;
    --ln-color-link-hover: #c9e3ff;
    --ln-color-border: #8a9296;
    --ln-color-surface: #1f2223;
    --ln-color-focus: #ffdd00;
    --ln-color-focus-text: #0b0c0c;
  }`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** Serves files under the repository root to loopback only; resolves to the base URL. */
function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${server.address().port}` }));
  });
}

if (!existsSync(path.join(root, 'dist', 'layered-notice.iife.js'))) {
  console.error('screenshots: dist/layered-notice.iife.js is missing; run `npm run build` first');
  process.exit(1);
}
mkdirSync(out, { recursive: true });

const { server, base } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || PATHS.chromium,
  // Headless through the flag rather than playwright's option, so it is the new headless mode.
  // --hide-scrollbars: otherwise a classic scrollbar takes 15px, and "320px" would lay out at 305px.
  headless: false,
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--hide-scrollbars',
  ],
});

let written = 0;
try {
  for (const width of WIDTHS)
    for (const lang of LANGS)
      for (const theme of THEMES) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          deviceScaleFactor: 1,
          colorScheme: theme === 'dark' ? 'dark' : 'light',
          forcedColors: theme === 'forced' ? 'active' : 'none',
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        page.on('pageerror', (e) => console.error(`screenshots: page error: ${e.message}`));
        await page.goto(`${base}/demo/${NOTICE}.html?lang=${lang}`, { waitUntil: 'load' });
        if (theme === 'dark') await page.addStyleTag({ content: DARK });
        await page.waitForFunction(() => document.querySelector('layered-notice')?.shadowRoot?.querySelector('[part="base"]'), null, {
          timeout: 15_000,
        });
        await page.evaluate(async () => {
          const el = document.querySelector('layered-notice');
          const buttons = el.shadowRoot.querySelectorAll('[part="section-button"]');
          buttons[0].click();
          await el.updateComplete;
          buttons[1].focus({ preventScroll: true });
          await document.fonts.ready;
          scrollTo(0, 0);
        });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = path.join(out, `${NOTICE}-${lang}-${width}-${theme}.png`);
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) },
          animations: 'disabled',
          caret: 'hide',
        });
        console.log(`screenshots: ${path.relative(root, file)} (${Math.round(statSync(file).size / 1024)} KB)`);
        written++;
        await context.close();
      }
} finally {
  await browser.close();
  server.close();
}
console.log(`screenshots: ${written} written to ${path.relative(root, out)}/`);
