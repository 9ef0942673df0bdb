/**
 * The notice editor's form for the full notice's text: each section's blocks as fields of
 * plain text (a paragraph, a heading, a list's items), never HTML; sections and blocks
 * added, moved and removed with buttons a keyboard reaches, focus following the change.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { norm, until } from './helpers/a11y.js';
import { openEditor, type Editor } from './helpers/editor.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

const control = (ed: Editor, id: string) => ed.doc.getElementById(id) as HTMLInputElement | null;
const sections = (ed: Editor) => (JSON.parse(ed.text()) as { sections: { id: string; heading: string; body: unknown[] }[] }).sections;

/** Presses a button with the keyboard, as a user who tabbed to it does. */
async function press(ed: Editor, id: string) {
  control(ed, id)!.focus();
  await sendKeys({ press: 'Enter' });
}

describe('notice editor: sections as blocks', function () {
  this.timeout(60_000);

  it('shows each block as a labelled field of its kind and writes a change back to that block alone', async () => {
    const ed = await openEditor();
    const before = JSON.parse(ed.text());
    const block = ed.doc.getElementById('f-sections-0-body-0-block')!;
    expect(norm(block.querySelector('legend')!.textContent)).to.equal('Block 1: Paragraph');
    const text = block.querySelector('textarea')!;
    expect(text.value).to.equal(before.sections[0].body[0]);
    expect(norm(text.labels![0].textContent)).to.equal('Paragraph');
    text.focus();
    text.select();
    await sendKeys({ type: 'Written in the form.' });
    const typed = text.value;
    await until(() => sections(ed)[0].body[0] === typed, 'the JSON to follow the form', 10_000);
    const after = JSON.parse(ed.text());
    after.sections[0].body[0] = before.sections[0].body[0];
    expect(after).to.deep.equal(before);
  });

  it('adds a section with a paragraph and a list by keyboard, and its text is never read as HTML', async () => {
    const ed = await openEditor();
    const n = sections(ed).length;
    await press(ed, 'f-sections-add');
    await until(() => ed.doc.activeElement === control(ed, `f-sections-${n}-id`), 'focus in the new section', 5000);
    await sendKeys({ type: 'garden' });
    control(ed, `f-sections-${n}-heading`)!.focus();
    await sendKeys({ type: 'Garden' });
    await press(ed, `f-sections-${n}-body-add-paragraph`);
    const paragraph = `f-sections-${n}-body-0-text`;
    await until(() => ed.doc.activeElement === control(ed, paragraph), 'focus in the new paragraph', 5000);
    await sendKeys({ type: '<b>Bold</b>?' });
    await press(ed, `f-sections-${n}-body-add-list`);
    const items = `f-sections-${n}-body-1-items`;
    await until(() => ed.doc.activeElement === control(ed, items), 'focus in the new list', 5000);
    await sendKeys({ type: 'Bins' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Bags' });
    await sendKeys({ press: 'Tab' });
    await until(
      () => sections(ed)[n]?.body.length === 2 && !!(sections(ed)[n].body[1] as { items: string[] }).items.length,
      'the list',
      5000,
    );
    expect(sections(ed)[n]).to.deep.equal({
      id: 'garden',
      heading: 'Garden',
      body: [
        { type: 'paragraph', text: '<b>Bold</b>?' },
        { type: 'list', items: ['Bins', 'Bags'] },
      ],
    });
    // The static page shows the characters typed, not a bold element.
    ed.tab('Static page');
    const page = ed.doc.getElementById('ed-page') as HTMLIFrameElement;
    const section = () => page.contentDocument?.querySelector('[id$="garden-content"]') ?? null;
    await until(() => norm(section()?.textContent).includes('<b>Bold</b>?'), 'the page to show the section', 20_000);
    // The page follows the list too (WebKit may draw it once before the items are written), and
    // the preview may be reloaded in between, when the section is briefly not there.
    const listed = () => [...(section()?.querySelectorAll('li') ?? [])].map((li) => norm(li.textContent));
    await until(() => listed().length === 2, 'the page to show the list', 10_000);
    const shown = section();
    expect(shown !== null && shown.querySelector('b') === null, 'the section shown, with no bold element').to.equal(true);
    expect(listed()).to.deep.equal(['Bins', 'Bags']);
  });

  it('moves a section up and removes a block, focus following the change', async () => {
    const ed = await openEditor();
    const ids = sections(ed).map((s) => s.id);
    const up = control(ed, 'f-sections-1-up')!;
    expect(norm(up.textContent)).to.equal('Move section 2 up');
    await press(ed, 'f-sections-1-up');
    await until(() => sections(ed)[0].id === ids[1], 'the section to move', 5000);
    expect(sections(ed).map((s) => s.id)).to.deep.equal([ids[1], ids[0], ...ids.slice(2)]);
    expect(ed.doc.activeElement, 'focus on the moved section').to.equal(control(ed, 'f-sections-0-down'));
    const body = sections(ed)[0].body;
    expect(norm(control(ed, 'f-sections-0-body-0-remove')!.textContent)).to.equal('Remove block 1');
    await press(ed, 'f-sections-0-body-0-remove');
    await until(() => sections(ed)[0].body.length === body.length - 1, 'the block to go', 5000);
    expect(sections(ed)[0].body).to.deep.equal(body.slice(1));
    expect(ed.doc.activeElement, 'focus on the block now first').to.equal(control(ed, 'f-sections-0-body-0-remove'));
  });
});
