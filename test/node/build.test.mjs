// `layered-notice build`: a folder of payloads becomes a site (a page and an embed per
// notice, an index, a register and an Atom feed), and one bad payload is reported with
// its path without stopping the rest. Run on the built dist/cli.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const demos = readdirSync('demo/notices').filter((f) => f.endsWith('.json'));

test('build writes a page and an embed per notice, an index, a register and a feed; a bad payload is left out with its path', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'layered-notice-build-'));
  const src = join(tmp, 'notices');
  mkdirSync(join(src, 'more'), { recursive: true });
  cpSync('demo/notices', src, { recursive: true });
  // A notice with changes for the feed, one that is not valid, and one reusing an id.
  const withChanges = {
    ...JSON.parse(readFileSync('test/fixtures/cli/complete.json', 'utf8')),
    id: 'with-changes',
    changes: [{ date: '2025-06-01', description: 'We now share data with the <NHS> & schools.' }],
  };
  writeFileSync(join(src, 'more', 'with-changes.json'), JSON.stringify(withChanges));
  writeFileSync(join(src, 'more', 'broken.json'), '{"version": 1, "id": "broken"');
  writeFileSync(join(src, 'more', 'twin.json'), JSON.stringify({ ...withChanges }));
  const site = join(tmp, 'site');
  const r = cli('build', src, '--out', site, '--base-url', 'https://council.example/privacy/');
  assert.equal(r.code, 1, r.err);
  const ids = [...demos.map((f) => f.replace('.json', '')), 'with-changes'];
  for (const id of ids) {
    assert.match(readFileSync(join(site, `${id}.html`), 'utf8'), /^<!doctype html>/, id);
    assert.match(
      readFileSync(join(site, `${id}.embed.html`), 'utf8'),
      /^<layered-notice[\s\S]*<a href="https:\/\/council\.example\/privacy\/[a-z-]+\.html">/,
      id,
    );
  }
  // Each bad payload is named with its path and why, and the rest are built.
  assert.match(r.err, /more\/broken\.json: left out:\n {2}.*broken\.json:1:\d+: \(JSON syntax\)/);
  assert.match(r.err, /more\/with-changes\.json: left out:\n {2}its id "with-changes" is already used by .*twin\.json/);
  const total = demos.length + 3;
  assert.match(r.out, new RegExp(`${demos.length + 1} of ${total} notice\\(s\\) built`));
  // Plain progress lines when standard error is not a terminal.
  assert.match(r.err, new RegExp(`^built .*children-in-need-looked-after\\.json \\(\\d+/${total}\\)$`, 'm'));
  assert.match(r.err, new RegExp(`^FAILED .*broken\\.json \\(\\d+/${total}\\)$`, 'm'));

  const index = readFileSync(join(site, 'index.html'), 'utf8');
  assert.equal((index.match(/<tr><td><a href="[a-z-]+\.html">/g) ?? []).length, demos.length + 1);
  assert.match(
    index,
    /<a href="worcestershire-childrens-services\.html">Childrens Service Privacy Notice<\/a><\/td><td>Worcestershire County Council<\/td><td><time datetime="2019-02-01">2019-02-01<\/time><\/td><td>\d+ error\(s\)<\/td>/,
  );
  assert.match(index, /<h2>Not built<\/h2>[\s\S]*broken\.json/);

  const reg = JSON.parse(readFileSync(join(site, 'notices.json'), 'utf8'));
  assert.deepEqual(reg.notices.map((n) => n.id).sort(), ids.sort());
  assert.equal(reg.notices.find((n) => n.id === 'with-changes').page, 'https://council.example/privacy/with-changes.html');
  assert.deepEqual(reg.failed.map((f) => f.file.replace(/^.*notices\//, '')).sort(), ['more/broken.json', 'more/with-changes.json']);

  const atom = readFileSync(join(site, 'feed.xml'), 'utf8');
  assert.match(atom, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
  // Newest first; payload text escaped.
  const entries = [...atom.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
  assert.ok(entries.length >= 2);
  const updated = entries.map((e) => /<updated>([^<]+)<\/updated>/.exec(e)[1]);
  assert.deepEqual(updated, [...updated].sort().reverse(), 'newest first');
  const ours = entries.find((e) => e.includes('with-changes.html'));
  assert.match(ours, /<updated>2025-06-01T00:00:00Z<\/updated>/);
  assert.match(ours, /<summary>We now share data with the &lt;NHS&gt; &amp; schools\.<\/summary>/);
  assert.match(ours, /<link rel="alternate" href="https:\/\/council\.example\/privacy\/with-changes\.html"\/>/);
});

test('build: a usage error for a missing --out or folder', () => {
  assert.equal(cli('build', 'demo/notices').code, 2);
  assert.equal(cli('build', 'no/such/folder', '--out', join(tmpdir(), 'x')).code, 2);
  assert.equal(cli('build', 'demo/notices', '--out', join(tmpdir(), 'x'), '--base-url', 'javascript:alert(1)/').code, 2);
});

test('build: a page that cannot be written leaves its notice out, named with the reason, and the rest are built', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'layered-notice-build-'));
  const site = join(tmp, 'site');
  // A folder where the parking permits page should go: writing the page there fails.
  mkdirSync(join(site, 'parking-permits.html'), { recursive: true });
  const r = cli('build', 'demo/notices', '--out', site);
  assert.equal(r.code, 1, r.err);
  assert.match(r.err, /parking-permits\.json: left out:\n {2}could not be written \(.*EISDIR/);
  const register = JSON.parse(readFileSync(join(site, 'notices.json'), 'utf8'));
  assert.ok(!register.notices.some((n) => n.id === 'parking-permits'), 'not in the register');
  assert.equal(register.notices.length, demos.length - 1);
  assert.match(readFileSync(join(site, 'worcestershire-childrens-services.html'), 'utf8'), /^<!doctype html>/);
});

test('build of enough notices to render in worker threads: each page and embed is what render writes for it, in file order', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'layered-notice-build-'));
  const src = join(tmp, 'notices');
  mkdirSync(src);
  const payloads = demos.map((f) => JSON.parse(readFileSync(join('demo/notices', f), 'utf8')));
  const files = [];
  for (let i = 0; i < 60; i++) {
    const d = payloads[i % payloads.length];
    const file = join(src, `n${String(i).padStart(2, '0')}.json`);
    writeFileSync(file, JSON.stringify({ ...d, id: `${d.id}-${i}` }));
    files.push(file);
  }
  // A payload that is not valid and one reusing an id: left out, the rest built.
  writeFileSync(join(src, 'n60.json'), '{');
  writeFileSync(join(src, 'n61.json'), JSON.stringify({ ...payloads[0], id: `${payloads[0].id}-0` }));
  const site = join(tmp, 'site');
  const r = cli('build', src, '--out', site);
  assert.equal(r.code, 1, r.err);
  assert.match(r.err, /n60\.json: left out/);
  assert.match(r.err, /n61\.json: left out:\n {2}its id "[a-z-]+-0" is already used by .*n00\.json/);
  const register = JSON.parse(readFileSync(join(site, 'notices.json'), 'utf8'));
  assert.deepEqual(
    register.notices.map((n) => n.id),
    files.map((_, i) => `${payloads[i % payloads.length].id}-${i}`),
  );
  for (const i of [0, 1, 2, 3, 4, 5, 59]) {
    const id = `${payloads[i % payloads.length].id}-${i}`;
    assert.equal(readFileSync(join(site, `${id}.html`), 'utf8'), cli('render', files[i]).out, id);
    assert.equal(readFileSync(join(site, `${id}.embed.html`), 'utf8'), cli('render', files[i], '--embed', `${id}.html`).out, `${id} embed`);
  }
});
