// Nothing in the payload is invisible in the command line's outputs either: every
// string of every demo payload (apart from ids, codes and `$schema`) is in the text
// of `layered-notice render` and of `render --embed`, in each of its languages.
// The element's own check is test/visible.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'parse5';
import { invisible } from '../helpers/payload-strings.mjs';

/** Text and link targets of an HTML document, declarative shadow roots included; no script or style text. */
function read(html) {
  const text = [];
  const hrefs = [];
  const walk = (node) => {
    if (node.nodeName === 'script' || node.nodeName === 'style') return;
    if (node.nodeName === '#text') text.push(node.value);
    if (node.nodeName === 'a') {
      const href = node.attrs.find((a) => a.name === 'href');
      if (href && /^(https?|mailto|tel):/.test(href.value)) hrefs.push(href.value);
    }
    // Block boundaries read as spaces, as a browser's innerText would.
    if (node.nodeName === 'br' || node.nodeName === 'p' || node.nodeName === 'li' || node.nodeName === 'dd') text.push(' ');
    for (const child of node.content?.childNodes ?? node.childNodes ?? []) walk(child);
    if (node.nodeName !== '#text') text.push(' ');
  };
  walk(parse(html));
  return { text: text.join(''), hrefs };
}

const NOTICES = readdirSync('demo/notices').filter((f) => f.endsWith('.json'));
const render = (file, lang, ...extra) => {
  const run = spawnSync(process.execPath, ['dist/cli.js', 'render', `demo/notices/${file}`, '--lang', lang, ...extra], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return read(run.stdout);
};

for (const file of NOTICES)
  test(`${file}: every payload string is in render and render --embed`, () => {
    const payload = JSON.parse(readFileSync(`demo/notices/${file}`, 'utf8'));
    for (const lang of payload.languages ?? [payload.language ?? 'en'])
      for (const extra of [[], ['--embed', '/privacy']]) {
        const { text, hrefs } = render(file, lang, ...extra);
        assert.deepEqual(invisible(payload, lang, text, hrefs), [], `render ${extra.join(' ')} --lang ${lang}: not shown`);
      }
  });
