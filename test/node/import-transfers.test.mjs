// `layered-notice import` drafting `transfers` and `automatedDecisions` only from a
// plain "no" on the page (a sentence that says so, or a question heading answered
// "No."), and asking the author otherwise. Run on the built dist/cli.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'layered-notice-import-transfers-'));
let n = 0;
const importHtml = (body, lang = 'en') => {
  const file = join(tmp, `page-${++n}.html`);
  writeFileSync(
    file,
    `<!doctype html><html lang="${lang}"><title>Notice</title><main><h1>Notice</h1><p>Example Council is the data controller.</p>${body}</main></html>`,
  );
  const r = spawnSync(process.execPath, ['dist/cli.js', 'import', file], { encoding: 'utf8' });
  return { err: r.stderr, draft: JSON.parse(r.stdout) };
};

test('import drafts "no transfers" and "no automated decisions" from sentences that say so', () => {
  const { draft, err } = importHtml(
    '<h2>Where your data is kept</h2><p>Your personal data will never be transferred outside the UK.</p><p>Any personal data is not subject to any automated decision-making.</p>',
  );
  assert.deepEqual(draft.transfers, { outsideUK: false });
  assert.deepEqual(draft.automatedDecisions, { used: false });
  assert.doesNotMatch(err, /is the data sent outside|are decisions made/);
  assert.match(err, /transfers: .*check it/);
  assert.match(err, /automatedDecisions: .*check it/);
});

test('import drafts them from question headings answered "No."', () => {
  const { draft } = importHtml(
    '<h2>Will this information be used to take automated decisions about me?</h2><p>No.</p><h2>Will my data be transferred abroad and why?</h2><p>No.</p>',
  );
  assert.deepEqual(draft.transfers, { outsideUK: false });
  assert.deepEqual(draft.automatedDecisions, { used: false });
});

test('import drafts them from Welsh wording', () => {
  const { draft } = importHtml(
    "<p>Ni fydd eich data yn cael ei drosglwyddo y tu allan i'r DU.</p><p>Ni fyddwn yn gwneud penderfyniadau awtomataidd amdanoch.</p>",
    'cy',
  );
  assert.deepEqual(draft.transfers, { outsideUK: false });
  assert.deepEqual(draft.automatedDecisions, { used: false });
});

test('import drafts neither from a right, a "no ... unless", or a page that uses them: it asks instead', () => {
  const { draft, err } = importHtml(
    '<h2>Your rights</h2><ul><li>You have the right not to be subject to a decision based solely on automated processing.</li></ul><p>We will not transfer your data outside the UK unless the law allows it.</p>',
  );
  assert.equal(draft.transfers, undefined);
  assert.equal(draft.automatedDecisions, undefined);
  // Asked among the questions, not listed as something read from the page.
  const questions = err.slice(0, err.indexOf('for a person to check'));
  assert.match(questions, /\n {2}transfers: is the data sent outside the UK/);
  assert.match(questions, /\n {2}automatedDecisions: are decisions made by automated means/);
  const uses = importHtml('<p>We use automated decision-making to check your address.</p><p>We store your data overseas.</p>');
  assert.equal(uses.draft.transfers, undefined);
  assert.equal(uses.draft.automatedDecisions, undefined);
});
