// The demo gallery shows each notice's lint findings beside it: written into the pages by
// scripts/demo-findings.mjs from the built CLI, so they must match what lint says now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const slugs = readdirSync('demo/notices')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace('.json', ''));

test('every demo notice page lists its lint findings beside the notice, as lint reports them', () => {
  for (const slug of slugs) {
    const page = readFileSync(`demo/${slug}.html`, 'utf8');
    const aside = page.match(
      /<aside class="lint-findings" aria-labelledby="lint-findings-heading" data-today="([\d-]+)">([\s\S]*?)<\/aside>/,
    );
    assert.ok(aside, `demo/${slug}.html has no lint findings`);
    assert.ok(page.indexOf('</layered-notice>') < page.indexOf('<aside class="lint-findings"'), `${slug}: the findings follow the notice`);
    const run = spawnSync(process.execPath, ['dist/cli.js', 'lint', '--format', 'json', '--today', aside[1], `demo/notices/${slug}.json`], {
      encoding: 'utf8',
    });
    const { findings } = JSON.parse(run.stdout);
    const shown = [...aside[2].matchAll(/<li class="(\w+)"><strong>\w+<\/strong> <a href="\.\.\/docs\/lint\/([\w-]+)\.md">/g)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    assert.deepEqual(
      shown,
      findings.map((f) => `${f.severity} ${f.rule}`),
      slug,
    );
  }
  const index = readFileSync('demo/index.html', 'utf8');
  assert.match(
    index,
    /coventry-family-valued\.html">[^<]*<\/a> <span>\(Coventry City Council\)<\/span> <span class="lint-count">lint: \d+ errors?, \d+ warnings?, \d+ info<\/span>/,
  );
});

test('the notices that leave residents unable to act say so on their demo page', () => {
  const coventry = readFileSync('demo/coventry-family-valued.html', 'utf8');
  assert.match(
    coventry,
    /<strong>error<\/strong> <a href="\.\.\/docs\/lint\/rights-channel\.md">rights-channel<\/a> <code>rightsAction<\/code>/,
  );
  const cheshire = readFileSync('demo/children-in-need-looked-after.html', 'utf8');
  assert.match(cheshire, /<a href="\.\.\/docs\/lint\/retired-number\.md">retired-number<\/a> <code>complaint\.regulator\.phone<\/code>/);
});

test('scripts/demo-findings.mjs --check finds the pages up to date', () => {
  const r = spawnSync(process.execPath, ['scripts/demo-findings.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});
