#!/usr/bin/env node
/**
 * One change, measured: `npm run bench:ab -- --before DIR` loads each demo notice's
 * client page (one script tag, `<layered-notice src>`), or with `--page ssr` its
 * server-rendered embed (`render --embed`), from two builds in turn, at CPU ×4,
 * interleaved (before, after, before, after...) so that a slow minute of a shared machine
 * hits both, and prints per notice the medians of the longest task, the total blocking
 * time and the first layer's time (with `--probe`, the first screen of text too), before
 * and after, with after ÷ before.
 *
 * DIR is another checkout with its own `dist/` built (for example
 * `git worktree add /tmp/before HEAD~1 && (cd /tmp/before && npm ci && npm run build)`);
 * the build measured as "after" is this repository's.
 *
 * Options:
 *   --before DIR   the build to compare with (required)
 *   --runs N       loads per notice and build (default 7)
 *   --only a,b     only these demo notices (slugs)
 *   --rate N       CPU slow-down (default 4)
 *   --page ssr     the server-rendered embed, whose first layer is its first contentful paint
 *   --probe        also the first screen of text (90 % of the first viewport's text, see
 *                  text-probe.mjs); the probe's own work in every frame then counts in the tasks
 *
 * Not part of `npm test`: the figures depend on the machine.
 */
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { readOptions, repo } from './options.mjs';
import { prepare } from './fixtures.mjs';
import { openSession } from './session.mjs';
import { fmt, median } from './lib/stats.mjs';
import { markdownTable } from './lib/markdown.mjs';

const { values: opt } = parseArgs({
  options: {
    before: { type: 'string' },
    runs: { type: 'string', default: '7' },
    only: { type: 'string' },
    rate: { type: 'string', default: '4' },
    page: { type: 'string', default: 'client' },
    probe: { type: 'boolean', default: false },
  },
});
const KINDS = { client: 'b', ssr: 'c' };
const kind = Object.hasOwn(KINDS, opt.page) ? KINDS[opt.page] : undefined;
if (!opt.before || !kind) {
  console.error(
    'usage: npm run bench:ab -- --before DIR [--runs N] [--only a,b] [--rate N] [--page client|ssr] [--probe]\n  DIR: another checkout with dist/ built',
  );
  process.exit(2);
}
const rate = Number(opt.rate);
const runs = Number(opt.runs);
const only = opt.only ? ['--only', opt.only] : [];
const builds = {};
for (const [name, root] of [
  ['before', opt.before],
  ['after', repo],
]) {
  const options = readOptions([...only, '--root', root]);
  const fixtures = prepare(options);
  builds[name] = { fixtures, session: await openSession({ root: options.root, fixtures }), rows: [] };
}
const slugs = builds.after.fixtures.slugs;
console.log(
  `before ${builds.before.fixtures.build.iifeSha} (${builds.before.fixtures.build.iifeGzip} B gzip), ` +
    `after ${builds.after.fixtures.build.iifeSha} (${builds.after.fixtures.build.iifeGzip} B gzip); ` +
    `${opt.page} page, CPU ×${rate}, ${runs} loads each${opt.probe ? ', first-screen probe on' : ''}, load average ${loadavg()[0].toFixed(1)}`,
);
try {
  // One discarded load per build first: a browser's first page pays for its own warm-up.
  for (const b of Object.values(builds)) await b.session.loadOnce(kind, slugs[0], { rate, probe: opt.probe });
  for (let i = 0; i < runs; i++)
    for (const slug of slugs)
      for (const b of i % 2 ? [builds.after, builds.before] : [builds.before, builds.after])
        b.rows.push(await b.session.loadOnce(kind, slug, { rate, probe: opt.probe }));
} finally {
  for (const b of Object.values(builds)) await b.session.close();
}

const figures = [
  ['longest task', 'longest'],
  ['TBT', 'tbt'],
  ['first layer', 'firstLayer'],
  ...(opt.probe ? [['first screen', 'firstScreen']] : []),
];
const headers = ['notice', ...figures.flatMap(([f]) => [`${f} before`, 'after', '÷'])];
const rows = slugs.map((slug) => [
  slug,
  ...figures.flatMap(([, key]) => {
    const [a, b] = ['before', 'after'].map((n) => median(builds[n].rows.filter((r) => r.slug === slug).map((r) => r[key])));
    return [fmt(a), fmt(b), fmt(b / a, 2)];
  }),
]);
console.log(`\n${markdownTable(headers, rows)}`);
console.log('\nMilliseconds, medians; ÷ is after ÷ before.');
