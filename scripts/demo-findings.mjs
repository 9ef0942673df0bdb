#!/usr/bin/env node
/**
 * Writes each demo notice's lint findings into its demo page, beside the notice, and
 * their counts into the gallery (demo/index.html), so the examples show what the real
 * notices they reproduce leave out. It runs the built CLI (dist/cli.js) as a user
 * would, and writes static HTML: the findings cost the page nothing at run time.
 *
 *   node scripts/demo-findings.mjs           write the pages
 *   node scripts/demo-findings.mjs --check   exit 1 if a page is out of date
 *
 * The date lint judges `lastUpdated` by is written into the block (data-today) and
 * reused by --check, so the pages do not go stale just because a year passes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';

const CLI = 'dist/cli.js';
const check = process.argv.includes('--check');
if (!existsSync(CLI)) {
  console.error(`demo-findings: ${CLI} is missing: run npm run build first`);
  process.exit(2);
}

const START = '<!-- lint-findings: written by scripts/demo-findings.mjs, do not edit -->';
const END = '<!-- /lint-findings -->';
const block = new RegExp(`[ \\t]*${START.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[\\s\\S]*?${END}\\n?`);
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const plural = (n, word) => `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
const counted = (c) => `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'info')}`;

const lint = (slug, today) => {
  const run = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', '--today', today, `demo/notices/${slug}.json`], {
    encoding: 'utf8',
  });
  if (run.status === 2 || !run.stdout) throw new Error(`lint failed on ${slug}: ${run.stderr}`);
  return JSON.parse(run.stdout);
};

/** The aside for one notice page. */
const aside = (slug, report, today) => {
  const items = report.findings.map(
    (f) =>
      `        <li class="${f.severity}"><strong>${f.severity}</strong> <a href="../docs/lint/${f.rule}.md">${f.rule}</a> <code>${esc(f.path)}</code> (line ${f.line})<br />${esc(f.message)}</li>`,
  );
  return [
    `    ${START}`,
    `    <aside class="lint-findings" aria-labelledby="lint-findings-heading" data-today="${today}">`,
    `      <h2 id="lint-findings-heading">What lint finds in this notice</h2>`,
    `      <p><code>layered-notice lint demo/notices/${slug}.json</code>: ${counted(report.counts)}. The payload reproduces the council's published notice as it is, so these are gaps in the real notice; each rule's page says what the law asks and how to fix it.</p>`,
    ...(items.length ? ['      <ul>', ...items, '      </ul>'] : ['      <p>No findings.</p>']),
    '    </aside>',
    `    ${END}`,
    '',
  ].join('\n');
};

const slugs = readdirSync('demo/notices')
  .filter((f) => f.endsWith('.json') && existsSync(`demo/${f.replace(/\.json$/, '.html')}`))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();
const stale = [];
/** Writes `text` to `file`, or notes it as stale under --check. */
const put = (file, text) => {
  if (readFileSync(file, 'utf8') === text) return;
  if (check) stale.push(file);
  else writeFileSync(file, text);
};

const counts = {};
for (const slug of slugs) {
  const file = `demo/${slug}.html`;
  const page = readFileSync(file, 'utf8');
  const today = (check && page.match(/data-today="(\d{4}-\d\d-\d\d)"/)?.[1]) || new Date().toISOString().slice(0, 10);
  const report = lint(slug, today);
  counts[slug] = report.counts;
  const html = aside(slug, report, today);
  put(file, block.test(page) ? page.replace(block, html) : page.replace('  </main>', `${html}  </main>`));
}

// The gallery: each notice's counts after its link.
const index = readFileSync('demo/index.html', 'utf8').replace(
  /(<li><a href="([a-z0-9-]+)\.html">[^<]*<\/a> <span>\([^)]*\)<\/span>)(?: <span class="lint-count">[^<]*<\/span>)?/g,
  (all, head, slug) => (counts[slug] ? `${head} <span class="lint-count">lint: ${counted(counts[slug])}</span>` : all),
);
put('demo/index.html', index);

if (check && stale.length) {
  console.error(`demo-findings: out of date: ${stale.join(', ')}: run node scripts/demo-findings.mjs`);
  process.exit(1);
}
console.log(`demo-findings: ${check ? 'checked' : 'wrote'} ${slugs.length} notice pages and the gallery`);
