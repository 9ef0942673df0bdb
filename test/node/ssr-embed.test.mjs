// `layered-notice render --embed` output, written into pages the browser tests open
// (test/ssr.test.ts): the server-rendered upgrade path, measured for layout shift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const page = (embed, withScript) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Server-rendered embed</title>
<link rel="stylesheet" href="/demo/site.css">
${withScript ? '<script src="/dist/layered-notice.iife.js" defer></script>' : ''}
</head><body><main><h1>Privacy</h1>
${embed}
<p id="after">Text after the notice.</p></main></body></html>
`;

test('render --embed writes the element with a declarative shadow root, the payload inline and a fallback link', () => {
  const run = spawnSync(
    process.execPath,
    ['dist/cli.js', 'render', 'demo/notices/family-valued-evaluation.json', '--embed', '/demo/family-valued-evaluation.html'],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  const embed = run.stdout;
  assert.match(embed, /^<layered-notice lang="en" heading-level="2">\n<template shadowrootmode="open"><style>/);
  assert.match(embed, /<script type="application\/json">\{"\$schema"/);
  assert.match(embed, /<a href="\/demo\/family-valued-evaluation.html">Read the full privacy notice<\/a>\n<\/layered-notice>\n$/);
  assert.ok(!/<script(?! type="application\/json")/.test(embed), 'no executable script in the embed');
  // Lit's hydration markers serve no purpose here: the element replaces the server's nodes with its own
  // first render. They were a third of the largest demo notice's embed (some 1,800 comments to parse).
  assert.doesNotMatch(embed, /<!--\/?lit-(part|node)|<\?>/, 'no Lit hydration markers');
  assert.match(embed, /<h2 id="[^"]+">/, 'the markup itself is still there');
  mkdirSync('dist/ssr', { recursive: true });
  writeFileSync('dist/ssr/with-script.html', page(embed, true));
  writeFileSync('dist/ssr/no-script.html', page(embed, false));
});

/** Records violations and errors from the first script on (test/csp/listen.js), before anything else in <head>. */
const listening = (html) => html.replace(/<head>\n?/, '<head>\n<script src="/test/csp/listen.js"></script>\n');

test('render and render --embed print the style-src hash of their inline <style>, and write the pages test/ssr-csp.test.ts opens under the strict policy', () => {
  mkdirSync('dist/ssr/csp', { recursive: true });
  const hashes = {};
  for (const [name, extra] of [
    ['static', []],
    ['embed', ['--embed', '/demo/family-valued-evaluation.html']],
  ]) {
    const run = spawnSync(process.execPath, ['dist/cli.js', 'render', 'demo/notices/family-valued-evaluation.json', ...extra], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const printed = /style-src ('sha256-[A-Za-z0-9+/]+=*')/.exec(run.stderr);
    assert.ok(printed, `a hash on standard error: ${run.stderr}`);
    const css = /<style>([\s\S]*?)<\/style>/.exec(run.stdout)[1];
    assert.equal(printed[1], `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    hashes[name] = printed[1].slice(1, -1);
    const html = name === 'static' ? listening(run.stdout) : listening(page(run.stdout, true));
    writeFileSync(`dist/ssr/csp/${name}.html`, html);
  }
  writeFileSync('dist/ssr/csp/hashes.json', JSON.stringify(hashes));
});
