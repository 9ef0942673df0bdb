// `layered-notice import` on pages made to break it: long repeated words that make a
// careless regular expression backtrack, huge definition lists, markup nested deeper
// than any browser keeps, broken percent-encoding and emergency numbers in links.
// Each must finish quickly with exit code 0, 1 or 2 and a message saying what was
// wrong, never 3 (a crash) and never a hang. Run on the built dist/cli.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateNotice } from '../../dist/schema.js';

const tmp = mkdtempSync(join(tmpdir(), 'layered-notice-import-hostile-'));
/** CPU seconds a command may take on a page of 1 MB or less. */
const LIMIT = 5;
/** Wall-clock seconds before a run counts as a hang; generous, as test machines are shared. */
const HANG = 90;

/**
 * CPU seconds used so far by this process's finished children (Linux: /proc/self/stat
 * cutime + cstime, in clock ticks of 1/100 s), which a busy machine does not inflate
 * as it does wall-clock time.
 */
const childCpu = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8')
    .replace(/^.*\) /s, '')
    .split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
};

const importPage = (name, html) => {
  const file = join(tmp, `${name}.html`);
  writeFileSync(file, html);
  const before = childCpu();
  const r = spawnSync(process.execPath, ['dist/cli.js', 'import', file], {
    encoding: 'utf8',
    timeout: HANG * 1000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, out: r.stdout, err: r.stderr, seconds: childCpu() - before };
};

const page = (body) =>
  `<!doctype html><html lang="en"><title>Hostile</title><main><h1>Hostile</h1><p>Example Council is the data controller.</p><h2>Your rights</h2>${body}</main></html>`;

const CASES = [
  ['a repeated word that a rights pattern backtracks on', page(`<p>${'change '.repeat(40_000)}</p>`)],
  ['an email-like run of labels', page(`<p>a@${'a.'.repeat(40_000)}</p>`)],
  ['a repeated registration prefix', page(`<p>${'regist'.repeat(40_000)}</p>`)],
  ['a definition list of 40,000 pairs', page(`<dl>${'<dt>term</dt><dd>description</dd>'.repeat(40_000)}</dl>`)],
  ['a list of 40,000 items', page(`<ul>${'<li>item</li>'.repeat(40_000)}</ul>`)],
  ['4,000 nested <div>s', page(`${'<div>'.repeat(4000)}deep${'</div>'.repeat(4000)}`)],
  ['4,000 nested lists', page(`${'<ul><li>'.repeat(4000)}deep${'</li></ul>'.repeat(4000)}`)],
];

for (const [what, html] of CASES)
  test(`import on ${what}: a quick, clear answer, never a crash`, () => {
    const r = importPage(what.replace(/\W+/g, '-'), html);
    assert.ok(r.code !== null, `killed after ${HANG} s: a hang`);
    assert.ok([0, 1, 2].includes(r.code), `exit ${r.code}: ${r.err.slice(0, 600)}`);
    assert.ok(r.seconds < LIMIT, `${r.seconds.toFixed(1)} s of CPU time`);
    assert.doesNotMatch(r.err, /internal error|RangeError|Maximum call stack/);
    if (r.code === 0) assert.ok(validateNotice(JSON.parse(r.out)).ok);
  });

/** The draft's validation problems other than the empty purposes and rights that these one-line pages cannot fill. */
const onlyMissingLists = (draft) => {
  const v = validateNotice(draft);
  return v.ok ? [] : v.problems.filter((p) => !['purposes', 'rights'].includes(p.path));
};

test('import refuses a page nested deeper than a browser keeps, saying so', () => {
  const r = importPage('deep', page(`${'<div>'.repeat(4000)}deep${'</div>'.repeat(4000)}`));
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /nested more than \d+ elements deep/);
});

test('import keeps a mailto: link with broken percent-encoding as a link, without crashing', () => {
  const r = importPage('mailto', page('<p>Write to <a href="mailto:%E0%A4%A">our team</a>.</p>'));
  // Exit 1: the page lists no purposes or rights, which validate then asks for; nothing else is wrong.
  assert.equal(r.code, 1, r.err);
  assert.deepEqual(onlyMissingLists(JSON.parse(r.out)), []);
  assert.doesNotMatch(r.err, /internal error|URIError/);
});

test('import does not take an emergency or short number for a contact phone number', () => {
  const r = importPage('tel', page('<h2>Contact us</h2><p>In an emergency <a href="tel:999">call 999</a>.</p>'));
  assert.equal(r.code, 1, r.err);
  const draft = JSON.parse(r.out);
  assert.deepEqual(onlyMissingLists(draft), []);
  assert.equal(draft.controller.phone, undefined);
  // The link itself stays, as the page wrote it.
  assert.match(r.out, /"href": "tel:999"/);
});

test('import refuses a page over 8 MB unread, saying what to do', () => {
  const r = importPage('huge', page(`<p>${'word '.repeat(1_800_000)}</p>`));
  assert.equal(r.code, 2, r.err);
  assert.match(r.err, /larger than 8 MB/);
  assert.ok(r.seconds < LIMIT, `${r.seconds.toFixed(1)} s of CPU time`);
});
