/**
 * The notice editor opens and saves notices on this computer only (demo/editor.html): a demo
 * notice, a local file, a new empty notice; a save as a file; and a warning before unsaved
 * changes are lost.
 */
import { expect } from '@open-wc/testing';
import { norm, until } from './helpers/a11y.js';
import { openEditor, setText, type Editor } from './helpers/editor.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

/** Chooses a demo notice from the menu, as a user does. */
const choose = (ed: Editor, value: string) => {
  const select = ed.doc.getElementById('ed-example') as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};

/** The confirm dialogue, answered `answer`; returns the questions asked. */
const answerConfirm = (ed: Editor, answer: boolean): string[] => {
  const asked: string[] = [];
  (ed.win as Window).confirm = (q?: string) => (asked.push(q ?? ''), answer);
  return asked;
};

describe('notice editor: open and save', () => {
  it('opens a file from this computer', async () => {
    const ed = await openEditor();
    const text = await (await fetch('/demo/notices/parking-permits.json')).text();
    const input = ed.doc.getElementById('ed-file') as HTMLInputElement;
    const win = ed.win as Window & typeof globalThis;
    const files = new win.DataTransfer();
    files.items.add(new win.File([text], 'permits.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => ed.text() === text, 'the file to open', 10_000);
    await until(() => ed.status().startsWith('Opened permits.json.'), 'the opening to be announced', 10_000);
    await until(() => ed.preview().includes('Parking permits privacy notice'), 'the preview of the file', 10_000);
  });

  it('starts a new notice, and the form asks for what it must give', async () => {
    const ed = await openEditor();
    choose(ed, 'new');
    await until(() => ed.text() === '{\n  "version": 1\n}\n', 'the new notice', 10_000);
    await until(() => ed.doc.getElementById('f-title-error'), 'the form to say the title is missing', 10_000);
    expect(norm(ed.doc.getElementById('f-title-error')!.textContent)).to.equal('Error: missing (expected text)');
  });

  it('saves the notice as a file, and then no longer warns', async () => {
    const ed = await openEditor();
    setText(ed.view, ed.text().replace('Family Valued Privacy Notice', 'Saved title'));
    let saved: Blob | undefined;
    const { URL } = ed.win as Window & typeof globalThis;
    URL.createObjectURL = (blob: Blob) => ((saved = blob), 'blob:saved');
    URL.revokeObjectURL = () => {};
    ed.doc.getElementById('ed-save')!.click();
    await until(() => saved, 'the file to be saved', 5000);
    expect(await saved!.text()).to.equal(ed.text());
    await until(() => ed.status() === 'Saved as family-valued-evaluation.json.', 'the save to be announced', 5000);
    const asked = answerConfirm(ed, false);
    choose(ed, 'parking-permits');
    await until(() => ed.text().includes('Parking permits privacy notice'), 'the next notice to open without a question', 10_000);
    expect(asked).to.deep.equal([]);
  });

  it('asks before unsaved changes are lost, and keeps them when told to', async () => {
    const ed = await openEditor();
    const edited = ed.text().replace('Family Valued Privacy Notice', 'Unsaved title');
    setText(ed.view, edited);
    const asked = answerConfirm(ed, false);
    choose(ed, 'parking-permits');
    expect(asked).to.deep.equal(['Your changes to this notice are not saved. Open another and lose them?']);
    await new Promise((r) => setTimeout(r, 500));
    expect(ed.text()).to.equal(edited);
    expect((ed.doc.getElementById('ed-example') as HTMLSelectElement).value, 'the menu names the notice still open').to.equal(
      'family-valued-evaluation',
    );
    // Leaving the page asks too.
    const leaving = new Event('beforeunload', { cancelable: true });
    ed.win.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).to.equal(true);
  });
});
