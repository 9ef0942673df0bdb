// `layered-notice diff old.json new.json`, run as a user runs it (the built dist/cli.js):
// each kind of change in plain words, in English and Welsh, as "changes" entries, and
// the same exit codes as the other commands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateNotice } from '../../dist/schema.js';

const cli = (...args) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'layered-notice-diff-'));
let files = 0;
const payloadFile = (value) => {
  const file = join(tmp, `payload-${++files}.json`);
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
};
const complete = () => JSON.parse(readFileSync('test/fixtures/cli/complete.json', 'utf8'));
/** The lines `diff` writes for the change `edit` makes to the complete payload. */
const lines = (edit, ...options) => {
  const before = complete();
  const after = complete();
  edit(after, before);
  const r = cli('diff', ...options, payloadFile(before), payloadFile(after));
  assert.equal(r.code, 0, r.err);
  return r.out.trim().split('\n');
};

test('a changed retention period is written in plain words, with the date of the new version', () => {
  const out = lines((after, before) => {
    before.retention = [{ data: 'Case records', period: '6 years' }];
    after.retention = [{ data: 'Case records', period: '25 years' }];
    after.lastUpdated = '2026-11-30';
  });
  assert.deepEqual(out, ['2026-11-30: How long we keep case records changed from 6 years to 25 years.']);
});

test('each kind of structured change has its sentence', () => {
  const out = lines(
    (n) => {
      n.recipients.push({ description: 'the Department for Education' });
      n.purposes.splice(1, 1);
      n.dataCategories.push({ description: 'Your email address' });
      n.transfers = {
        outsideUK: true,
        details: [{ country: 'the United States', safeguard: 'UK Extension to the EU-US Data Privacy Framework' }],
      };
      n.automatedDecisions = { used: true, details: 'We sort renewal reminders automatically.' };
      n.rights = n.rights.filter((r) => r.code !== 'A20');
      n.purposes[0].lawfulBasis = ['A6-1-c'];
      n.purposes[0].retention = '2 years after your last loan';
    },
    '--date',
    '2026-12-01',
  );
  assert.deepEqual(out, [
    '2026-12-01: We no longer use your information for this purpose: To send the newsletter you asked for.',
    '2026-12-01: The lawful basis for "To run your library membership and loans" changed from Public task, Substantial public interest to Legal obligation, Substantial public interest.',
    '2026-12-01: How long we keep information for "To run your library membership and loans" changed from not stated to 2 years after your last loan.',
    '2026-12-01: We now use this information about you: Your email address.',
    '2026-12-01: We now share information with the Department for Education.',
    '2026-12-01: We now transfer information outside the UK.',
    '2026-12-01: We now transfer information to the United States.',
    '2026-12-01: We now make some decisions about you by automated means.',
    '2026-12-01: This right is no longer listed: Right to data portability.',
  ]);
});

test('--lang cy writes the same changes in Welsh, from the Welsh locale files', () => {
  const edit = (after, before) => {
    before.retention = [{ data: 'Case records', period: '6 years' }];
    after.retention = [{ data: 'Case records', period: '25 years' }];
    after.rights.push({ code: 'A22' });
  };
  const out = lines(edit, '--lang', 'cy', '--date', '2026-11-30');
  assert.equal(out[0], '2026-11-30: Newidiodd pa mor hir rydym yn cadw case records o 6 years i 25 years.');
  const cy = JSON.parse(readFileSync('locales/cy.json', 'utf8'));
  assert.equal(out[1], `2026-11-30: Mae eich hawliau bellach yn cynnwys: ${cy.rights.A22.name}.`);
});

test('--format json writes "changes" entries, in every language of a bilingual notice, that the notice accepts', () => {
  const before = complete();
  const after = complete();
  after.recipients.push({ description: { en: 'the Welsh Government', cy: 'Llywodraeth Cymru' } });
  after.lastUpdated = '2026-11-30';
  const r = cli('diff', '--format', 'json', payloadFile(before), payloadFile(after));
  assert.equal(r.code, 0, r.err);
  const entries = JSON.parse(r.out);
  assert.deepEqual(entries, [
    {
      date: '2026-11-30',
      description: {
        en: 'We now share information with the Welsh Government.',
        cy: 'Rydym bellach yn rhannu gwybodaeth â Llywodraeth Cymru.',
      },
    },
  ]);
  assert.ok(validateNotice({ ...after, changes: entries }).ok, 'the entries are valid "changes"');
});

test('diff says when nothing in the facts changed, and leaves prose to the author', () => {
  const out = lines((n) => (n.sections[0].body[0].text.en = 'Reworded.'), '--date', '2026-11-30');
  assert.deepEqual(out, ['2026-11-30: No change to the facts of the notice.']);
});

test('diff: --help, clear errors and the exit codes of the other commands', () => {
  assert.equal(cli('diff', '--help').code, 0);
  assert.match(cli('diff', '--help').out, /^Usage: layered-notice diff <old\.json> <new\.json>/);
  assert.match(cli('--help').out, /diff +write "changes" entries/);
  const file = 'test/fixtures/cli/complete.json';
  const one = cli('diff', file);
  assert.equal(one.code, 2);
  assert.match(one.err, /expected two files, the old version and the new, got 1/);
  assert.equal(cli('diff', file, file, file).code, 2);
  assert.match(cli('diff', '--date', '30/11/2026', file, file).err, /--date must be a date written YYYY-MM-DD, got "30\/11\/2026"/);
  assert.match(cli('diff', '--lang', 'not a tag', file, file).err, /--lang must be a language tag/);
  assert.match(cli('diff', 'no-such-file.json', file).err, /cannot read no-such-file\.json/);
  const invalid = cli('diff', file, 'test/fixtures/cli/invalid.json');
  assert.equal(invalid.code, 1);
  assert.match(
    invalid.err,
    /invalid\.json:5:17: noticeType: expected a notice type[\s\S]*invalid\.json is not a valid notice: nothing compared/,
  );
  assert.equal(cli('diff', file, file).code, 0);
});
