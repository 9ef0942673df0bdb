// The command line against hostile or careless files: each case once crashed a command
// (exit 3), hung it, or let a payload through that the element then refused or broke on.
// Every command must answer with a clear message and exit 0, 1 or 2, quickly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateNotice } from '../../dist/schema.js';

const tmp = mkdtempSync(join(tmpdir(), 'layered-notice-hardening-'));
let files = 0;
const file = (value) => {
  const f = join(tmp, `payload-${++files}.json`);
  writeFileSync(f, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return f;
};
/** Runs the built command; `ms` is how long it took. */
const cli = (...args) => {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: Date.now() - started };
};
const complete = () => JSON.parse(readFileSync('test/fixtures/cli/complete.json', 'utf8'));

test('language tags that Intl refuses (en-GB-GB, cy-12) fail validate and lint with a clear message, and render exits 1, not 3', () => {
  for (const [where, set] of [
    ['language', (n) => (n.language = 'en-GB-GB')],
    ['languages[1]', (n) => (n.languages = ['en', 'cy-12'])],
    ['title["cy-12"]', (n) => (n.title = { en: 'Privacy notice', 'cy-12': 'Hysbysiad preifatrwydd' })],
  ]) {
    const payload = complete();
    set(payload);
    const f = file(payload);
    const v = cli('validate', f);
    assert.equal(v.code, 1, `validate ${where}: ${v.out}${v.err}`);
    assert.match(v.out, new RegExp(`${where.replace(/[[\]]/g, '\\$&')}: .*not a valid language tag \\(BCP 47\\)`), where);
    const l = cli('lint', f);
    assert.equal(l.code, 1, `lint ${where}`);
    assert.match(l.out, /not a valid language tag/);
    for (const extra of [[], ['--embed', 'https://example.org/privacy']]) {
      const r = cli('render', f, ...extra);
      assert.equal(r.code, 1, `render ${extra.join(' ')} ${where}: ${r.err}`);
    }
  }
});

test('8,000 nested brackets: validate, lint and render say it is nested too deep, exit 1 (no stack overflow)', () => {
  const f = file('['.repeat(8000) + ']'.repeat(8000));
  for (const command of ['validate', 'lint', 'render']) {
    const r = cli(command, f);
    assert.equal(r.code, 1, `${command}: ${r.err.slice(0, 300)}`);
    assert.match(r.out + r.err, /nested more than \d+ levels deep/, command);
  }
});

test('a 1 MB file with hundreds of thousands of problems is reported in under 5 s, the first problems listed and the rest counted', () => {
  // 1 MB of sections, each wrong in several fields.
  const payload = complete();
  const bad = { id: 'X', heading: 5, body: [{ type: 'nope' }, 7, null] };
  payload.sections = Array.from({ length: 16000 }, () => bad);
  const text = JSON.stringify(payload);
  assert.ok(text.length < 1024 * 1024, `${text.length} bytes`);
  const f = file(payload);
  for (const command of ['validate', 'lint']) {
    const r = cli(command, f);
    assert.equal(r.code, 1, command);
    assert.ok(r.ms < 5000, `${command} took ${r.ms} ms`);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.length <= 1002, `${command}: ${lines.length} lines`);
    assert.match(r.out, /only the first \d+ problems are listed/, command);
  }
});

test('only own enumerable fields count: an object that inherits a valid notice is not valid', () => {
  assert.equal(validateNotice(complete()).ok, true);
  const inherited = validateNotice(Object.create(complete()));
  assert.equal(inherited.ok, false);
  assert.match(inherited.problems.map((p) => `${p.path}: ${p.message}`).join('\n'), /^version: missing/m);
  const hidden = complete();
  Object.defineProperty(hidden, 'title', { value: hidden.title, enumerable: false });
  assert.equal(validateNotice(hidden).ok, false);
});

test('an object shared 22 levels deep is checked in linear time, problems and all', () => {
  for (const text of ['ok', 5]) {
    let shared = text;
    for (let i = 0; i < 22; i++) shared = { text: 'x', items: [shared, shared] };
    const payload = complete();
    payload.sections[0].body = [{ type: 'list', items: [shared] }];
    const started = Date.now();
    const result = validateNotice(payload);
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
    assert.equal(result.ok, text === 'ok', JSON.stringify(result.problems?.slice(0, 3)));
  }
});

test('render --embed refuses a payload the element would refuse as too large (exit 1), and writes one it accepts', () => {
  const payload = complete();
  payload.sections[0].body = Array.from({ length: 1300 }, (_, i) => ({
    type: 'paragraph',
    text: `Paragraph ${i}: ${'words '.repeat(80)}`,
  }));
  const f = file(payload);
  assert.ok(JSON.stringify(payload).length > 512 * 1024);
  const r = cli('render', f, '--embed', 'https://example.org/privacy');
  assert.equal(r.code, 1, r.err.slice(0, 300));
  assert.match(r.err, /over the element's limit of 524288/);
  assert.equal(r.out, '');
  const ok = cli('render', file(complete()), '--embed', 'https://example.org/privacy');
  assert.equal(ok.code, 0, ok.err);
});

test('an email field takes a plain address only: "dpo@council.gov.uk?bcc=..." is refused', () => {
  for (const email of [
    'dpo@council.gov.uk?bcc=all@example.org',
    'dpo@council.gov.uk&cc=x@example.org',
    'dpo@council.gov.uk#x',
    'dpo@council.gov.uk/x',
  ]) {
    const payload = complete();
    payload.controller.email = email;
    const result = validateNotice(payload);
    assert.equal(result.ok, false, email);
    assert.match(result.problems[0].message, /^expected an email address, got "dpo@/, email);
  }
  const payload = complete();
  payload.controller.email = "o'brien.dpo+notices@council.gov.uk";
  assert.equal(validateNotice(payload).ok, true);
});

test('render --embed takes only an http(s) or relative page address for the fallback link', () => {
  const f = file(complete());
  for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x']) {
    const r = cli('render', f, '--embed', url);
    assert.equal(r.code, 2, `${url}: ${r.err}`);
    assert.match(r.err, /--embed must be/);
  }
  for (const url of ['https://example.org/privacy', '/privacy/full']) assert.equal(cli('render', f, '--embed', url).code, 0, url);
});

test('render --out never overwrites its own input, and never writes through a symbolic link', async () => {
  const { symlinkSync, existsSync } = await import('node:fs');
  const f = file(complete());
  const before = readFileSync(f, 'utf8');
  const same = cli('render', f, '--out', f);
  assert.equal(same.code, 2, same.err);
  assert.match(same.err, /would overwrite the payload/);
  assert.equal(readFileSync(f, 'utf8'), before);
  const target = join(tmp, 'elsewhere.txt');
  writeFileSync(target, 'keep me');
  const link = join(tmp, 'link.html');
  symlinkSync(target, link);
  const linked = cli('render', f, '--out', link);
  assert.equal(linked.code, 2, linked.err);
  assert.match(linked.err, /symbolic link/);
  assert.equal(readFileSync(target, 'utf8'), 'keep me');
  const fresh = join(tmp, 'fresh.html');
  assert.equal(cli('render', f, '--out', fresh).code, 0);
  assert.ok(existsSync(fresh));
});
