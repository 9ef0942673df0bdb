/**
 * What the benchmark serves: the built script and its source map, the seed notices'
 * pages (a static render, the widget page, the server-rendered embed, a preloading
 * variant) and the scaled payloads, all read once at the start and served from memory,
 * so a rebuild or an edit during the run cannot mix two versions into one report.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { embedStatic, scalingPage, startupPage, withInline, withPreload } from './lib/pages.mjs';
import { scaleNotice, stubBodies } from './lib/payloads.mjs';

/** The scaling factors of the largest seed notice. */
export const FACTORS = [1, 10, 100];

/** Reads and renders everything the measured pages load (see scripts/bench/options.mjs for `options`). */
export function prepare(options) {
  const { root, R } = options;
  const git = (args) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', cwd: root }).trim();
    } catch {
      return '?';
    }
  };
  for (const f of ['dist/layered-notice.iife.js', 'dist/layered-notice.iife.js.map', 'dist/cli.js']) {
    if (!existsSync(R(f))) {
      console.error(`${R(f)} is missing: run npm run build first`);
      process.exit(2);
    }
  }
  const iife = readFileSync(R('dist/layered-notice.iife.js'));
  const iifeMap = readFileSync(R('dist/layered-notice.iife.js.map'), 'utf8');
  const build = {
    iifeBytes: iife.length,
    iifeGzip: gzipSync(iife, { level: 9 }).length,
    iifeSha: createHash('sha256').update(iife).digest('hex').slice(0, 12),
    iifeBuilt: statSync(R('dist/layered-notice.iife.js')).mtime.toISOString(),
    tree:
      options.label ??
      (existsSync(R('.git'))
        ? `commit ${git(['rev-parse', '--short', 'HEAD'])}, ${git(['status', '--porcelain', '--', 'src', 'demo']) ? 'with uncommitted changes in src/ or demo/' : 'src/ and demo/ as committed'}`
        : root),
  };

  let slugs = readdirSync(R('demo/notices'))
    .filter((f) => f.endsWith('.json') && existsSync(R(`demo/${f.replace(/\.json$/, '.html')}`)))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
  if (options.only) slugs = slugs.filter((s) => options.only.split(',').includes(s));
  if (!slugs.length) throw new Error('no seed notices selected');

  const pages = new Map([['/demo/bench-blank.html', { body: '<!doctype html><html lang="en"><title>blank</title></html>' }]]);
  // The files the measured pages load, snapshotted (see above).
  pages.set('/dist/layered-notice.iife.js', { body: iife });
  pages.set('/dist/layered-notice.iife.js.map', { body: iifeMap });
  for (const f of ['demo/site.css', 'demo/lang-from-url.js']) if (existsSync(R(f))) pages.set(`/${f}`, { body: readFileSync(R(f)) });
  const seeds = {};
  const rejected = [];
  for (const slug of slugs) {
    const demo = readFileSync(R(`demo/${slug}.html`), 'utf8');
    const json = readFileSync(R(`demo/notices/${slug}.json`), 'utf8');
    let rendered;
    try {
      rendered = execFileSync(process.execPath, [R('dist/cli.js'), 'render', R(`demo/notices/${slug}.json`)], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      rejected.push(`${slug}: ${String(e.stderr).trim().split('\n').at(-1)}`);
      continue;
    }
    const page = embedStatic(rendered, demo);
    pages.set(`/demo/bench-static-${slug}.html`, { body: page });
    pages.set(`/demo/${slug}.html`, { body: demo });
    pages.set(`/demo/bench-preload-${slug}.html`, { body: withPreload(demo, `notices/${slug}.json`) });
    pages.set(`/demo/bench-inline-${slug}.html`, { body: withInline(demo, json) });
    // (c) the server-rendered embed (render --embed) in place of the element, script kept.
    const embed = execFileSync(process.execPath, [R('dist/cli.js'), 'render', R(`demo/notices/${slug}.json`), '--embed', `${slug}.html`], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    pages.set(`/demo/bench-ssr-${slug}.html`, { body: demo.replace(/<layered-notice\b[\s\S]*?<\/layered-notice>/, () => embed.trim()) });
    pages.set(`/demo/notices/${slug}.json`, { body: json });
    const notice = JSON.parse(json);
    seeds[slug] = {
      demo,
      notice,
      // A facts-only notice has no sections: its full text is generated from the facts.
      sections: notice.sections?.length ?? 0,
      jsonBytes: Buffer.byteLength(json),
      staticBytes: Buffer.byteLength(page),
    };
  }
  if (rejected.length) console.warn(`left out, the CLI rejects them:\n  ${rejected.join('\n  ')}`);
  slugs = slugs.filter((s) => seeds[s]);
  if (!slugs.length) throw new Error('no seed notice renders');

  // The largest seed (by bytes) is the base of the scaling payloads.
  // A facts-only notice has no sections to repeat: the largest with sections, if any was selected.
  const withSections = Object.keys(seeds).filter((s) => seeds[s].sections > 0);
  const largest = (withSections.length ? withSections : Object.keys(seeds)).sort((a, b) => seeds[b].jsonBytes - seeds[a].jsonBytes)[0];
  const FACTORS = [1, 10, 100];
  const scale = {};
  pages.set('/demo/bench-scale.html', { body: scalingPage(seeds[largest].demo) });
  pages.set('/demo/bench-startup.html', { body: startupPage(seeds[largest].demo) });
  pages.set('/demo/bench-startup-control.html', { body: startupPage(seeds[largest].demo, { script: false }) });
  for (const k of FACTORS) {
    for (const stub of [false, true]) {
      const n = scaleNotice(stub ? stubBodies(seeds[largest].notice) : seeds[largest].notice, k);
      const body = JSON.stringify(n);
      const name = `${k}${stub ? '-stub' : ''}`;
      pages.set(`/demo/bench-scale-${name}.json`, { body });
      scale[name] = { factor: k, stub, sections: n.sections.length, bytes: Buffer.byteLength(body) };
    }
  }

  return { iifeMap, build, slugs, pages, seeds, rejected, largest, scale };
}
