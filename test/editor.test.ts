/**
 * The notice editor (demo/editor.html, dist/editor.js) in a frame, as an author uses it:
 * completion from the schema, problems marked at their line, lint findings inline, the
 * preview following the text, and no axe violations.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { norm, until } from './helpers/a11y.js';
import { openEditor as open, setText } from './helpers/editor.js';

/** The editor with its JSON view shown. */
async function openEditor() {
  const ed = await open();
  ed.tab('JSON');
  return ed;
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('notice editor', () => {
  it('marks a misspelt field at its line, with the field it should be', async () => {
    const ed = await openEditor();
    const text = ed.view.state.doc.toString().replace('"controller"', '"controler"');
    const line = text.slice(0, text.indexOf('"controler"')).split('\n').length;
    setText(ed.view, text);
    await until(() => ed.problems().some((p) => p.includes('controler')), 'the misspelt field to be reported', 10_000);
    const problem = ed.problems().find((p) => p.includes('controler'))!;
    expect(problem).to.match(new RegExp(`^Line ${line}, column \\d+ error`));
    expect(problem).to.include('controller');
    await until(() => /\d+ problems?; the preview shows the last valid notice/.test(ed.status()), 'the status to say so', 5000);
    // The mark in the text itself.
    expect(ed.json().querySelector('.cm-lintRange-error'), 'an error mark in the text').to.exist;
  });

  it('follows an edit in the preview', async () => {
    const ed = await openEditor();
    const value = JSON.parse(ed.view.state.doc.toString());
    value.title = 'Parking permits privacy notice, edited';
    setText(ed.view, JSON.stringify(value, null, 2));
    await until(() => ed.preview().includes('Parking permits privacy notice, edited'), 'the preview to show the new title', 10_000);
    await until(() => /Valid\. .*The preview is up to date/.test(ed.status()), 'the status to say it is valid', 5000);
  });

  it('shows lint findings inline for a valid notice', async () => {
    const ed = await openEditor();
    await until(() => ed.problems().length > 0, 'lint findings', 10_000);
    expect(ed.problems().some((p) => /\(lint: [a-z-]+\)/.test(p))).to.equal(true);
    await until(() => /Valid\. \d+ lint findings?\./.test(ed.status()), 'the status to count the findings', 5000);
  });

  it('offers the fields of the object being written, with their help', async () => {
    const ed = await openEditor();
    setText(ed.view, '{\n  "con\n}');
    ed.view.dispatch({ selection: { anchor: '{\n  "con'.length } });
    ed.view.focus();
    await sendKeys({ type: 't' });
    await until(() => ed.json().querySelector('.cm-tooltip-autocomplete'), 'the completion list', 10_000);
    const offered = [...ed.json().querySelectorAll('.cm-tooltip-autocomplete li')].map((li) => norm(li.textContent));
    expect(offered.some((o) => o.startsWith('controller'))).to.equal(true);
    expect(offered.some((o) => o.startsWith('contact'))).to.equal(true);
  });

  it('moves between the form and the JSON with the arrow keys, as tabs do', async () => {
    const ed = await open();
    const formTab = ed.doc.getElementById('ed-tab-form')!;
    const jsonTab = ed.doc.getElementById('ed-tab-json')!;
    formTab.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(ed.doc.activeElement).to.equal(jsonTab);
    expect(jsonTab.getAttribute('aria-selected')).to.equal('true');
    expect(ed.doc.getElementById('ed-panel-json')!.hidden).to.equal(false);
    expect(ed.doc.getElementById('ed-panel-form')!.hidden).to.equal(true);
    // Only the chosen tab is in the Tab order.
    expect([formTab.tabIndex, jsonTab.tabIndex]).to.deep.equal([-1, 0]);
  });

  it('has no axe violations, with the form or the JSON, and each preview', async () => {
    const ed = await open();
    // axe-core inside the editor's own page, so it checks that document.
    const script = ed.doc.createElement('script');
    script.textContent = await (await fetch('/node_modules/axe-core/axe.min.js')).text();
    ed.doc.head.append(script);
    const violations = async () =>
      (await ed.win.axe!.run(ed.doc, { resultTypes: ['violations'] })).violations.map(
        (v: { id: string; nodes: unknown[] }) => `${v.id} (${v.nodes.length})`,
      );
    expect(await violations(), 'the form and the element').to.deep.equal([]);
    ed.tab('JSON');
    ed.tab('Embed snippet');
    await until(() => ed.doc.getElementById('ed-embed')!.textContent, 'the embed snippet', 20_000);
    expect(await violations(), 'the JSON and the embed').to.deep.equal([]);
  });
});
