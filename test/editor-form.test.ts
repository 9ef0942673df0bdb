/**
 * The notice editor's guided form (demo/editor.html): it shows every demo notice and
 * writes it back unchanged, the facts a notice needs can be written in it alone, its
 * problems are announced with the field they belong to, and a change in it reaches the
 * JSON and the preview while everything it does not show is kept.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { validateNotice } from '../src/schema/validate.js';
import { norm, until } from './helpers/a11y.js';
import { openEditor, setText, type Editor } from './helpers/editor.js';

const DEMO_NOTICES = [
  'children-in-need-looked-after',
  'coventry-family-valued',
  'family-valued-evaluation',
  'no-wrong-door-evaluation',
  'parking-permits',
  'worcestershire-childrens-services',
];

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

const control = (ed: Editor, id: string) => ed.doc.getElementById(id) as HTMLInputElement;

/**
 * Types into a field as a user does: focus, select what is there, type. Returns what the
 * field then holds (WebKit's WebDriver drops some spaces it is asked to type).
 */
async function type(ed: Editor, id: string, text: string): Promise<string> {
  const field = control(ed, id);
  field.focus();
  field.select();
  await sendKeys({ type: text });
  return control(ed, id).value;
}

/** The form's control for a field, found by its visible label as a user finds it. */
const labelled = (ed: Editor, label: string, within: ParentNode = ed.form): HTMLInputElement => {
  const found = [...within.querySelectorAll('label')].find((l) => norm(l.textContent) === label);
  if (!found) throw new Error(`no field labelled "${label}"`);
  return ed.doc.getElementById(found.htmlFor) as HTMLInputElement;
};

/** The text that describes a control (its hint and error message), as a screen reader reads it after the label. */
const description = (ed: Editor, el: Element): string =>
  norm(
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => ed.doc.getElementById(id)?.textContent)
      .join(' '),
  );

describe('notice editor: the form', () => {
  for (const name of DEMO_NOTICES) {
    it(`writes ${name} back unchanged after every field is visited`, async () => {
      const ed = await openEditor();
      const original = await (await fetch(`/demo/notices/${name}.json`)).text();
      const id = (JSON.parse(original) as { id: string }).id;
      setText(ed.view, original);
      await until(() => control(ed, 'f-id')?.value === id, `the form to show ${name}`, 10_000);
      const controls = [...ed.form.querySelectorAll<HTMLInputElement>('input, textarea, select')];
      expect(controls.length, 'controls in the form').to.be.greaterThan(20);
      // Each control says its value again, as leaving a field or ticking a box twice does.
      for (const c of controls) {
        c.dispatchEvent(new Event('input', { bubbles: true }));
        c.dispatchEvent(new Event('change', { bubbles: true }));
      }
      expect(ed.text()).to.equal(original);
    });
  }

  it('writes a notice that validates from its required facts alone', async () => {
    const ed = await openEditor();
    setText(ed.view, '{\n  "version": 1\n}\n');
    await until(() => control(ed, 'f-id')?.value === '' && !ed.form.inert, 'the form to show the new notice', 10_000);
    const title = await type(ed, 'f-title', 'Garden waste collection privacy notice');
    await type(ed, 'f-id', 'garden-waste');
    control(ed, 'f-noticeType-direct').click();
    await type(ed, 'f-controller-name', 'Example Borough Council');
    (ed.doc.getElementById('f-controller-email') as HTMLInputElement).focus();
    await sendKeys({ type: 'dpo@example.gov.uk' });
    labelledButton(ed, 'Add a purpose').click();
    await until(() => control(ed, 'f-purposes-0-description'), 'a purpose to fill in', 5000);
    await type(ed, 'f-purposes-0-description', 'To collect your garden waste and take payment');
    labelled(ed, 'Public task (A6-1-e)').click();
    labelledButton(ed, 'Add a right').click();
    await until(() => control(ed, 'f-rights-0-code'), 'a right to choose', 5000);
    const right = ed.doc.getElementById('f-rights-0-code') as HTMLSelectElement;
    right.value = 'A15';
    right.dispatchEvent(new Event('change', { bubbles: true }));
    const result = validateNotice(JSON.parse(ed.text()));
    expect(result.ok ? [] : result.problems).to.deep.equal([]);
    await until(() => /^Valid\./.test(ed.status()), 'the status to say the notice is valid', 10_000);
    await until(() => ed.preview().includes(title), 'the preview to show it', 10_000);
  });

  it('says what is wrong beside the field, in the words a screen reader reads with it', async () => {
    const ed = await openEditor();
    const name = control(ed, 'f-controller-name');
    name.focus();
    name.select();
    await sendKeys({ press: 'Backspace' });
    await until(() => /missing/.test(description(ed, control(ed, 'f-controller-name'))), 'the error to describe the field', 10_000);
    const field = control(ed, 'f-controller-name');
    expect(description(ed, field)).to.match(/^The organisation's name.* Error: missing \(expected text\)$/);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(ed.doc.activeElement, 'focus stays in the field').to.equal(field);
  });

  it('sums up the problems above the form, each a link that takes focus to its field', async () => {
    const ed = await openEditor();
    setText(ed.view, '{\n  "version": 1,\n  "purposes": [{}]\n}\n');
    const summary = () => ed.doc.querySelector('#ed-form-summary [role="region"]');
    await until(() => summary(), 'the error summary', 10_000);
    expect(norm(summary()!.querySelector('h3')!.textContent)).to.equal('There is a problem');
    const links = [...summary()!.querySelectorAll('a')];
    expect(links.map((a) => norm(a.textContent))).to.include.members([
      'Title: missing (expected text)',
      'Purpose 1: Lawful basis: missing: give this purpose its lawful basis, or give "lawfulBasis" once for the whole notice',
    ]);
    links.find((a) => norm(a.textContent).startsWith('Title:'))!.click();
    expect(ed.doc.activeElement).to.equal(control(ed, 'f-title'));
    links.find((a) => norm(a.textContent).startsWith('Purpose 1: Lawful basis'))!.click();
    expect(ed.doc.activeElement).to.equal(ed.doc.getElementById('f-purposes-0-lawfulBasis-A6-1-a'));
  });

  it('offers lawful bases by their plain names, explained', async () => {
    const ed = await openEditor();
    const basis = labelled(ed, 'Public task (A6-1-e)');
    expect(description(ed, basis)).to.equal('We need it for a task in the public interest or our official duties.');
    const legend = basis.closest('fieldset')!.querySelector('legend')!;
    expect(norm(legend.textContent)).to.equal('Lawful basis');
  });

  it('takes a change to the JSON, the preview and back, keeping what it does not show', async () => {
    const ed = await openEditor();
    const before = JSON.parse(ed.text());
    const title = await type(ed, 'f-title', 'Family Valued privacy notice, edited');
    expect(title).to.match(/^Family Valued ?privacy ?notice, ?edited$/);
    await until(() => ed.preview().includes(title), 'the preview to show the new title', 10_000);
    const after = JSON.parse(ed.text());
    expect(after.title).to.equal(title);
    expect({ ...after, title: before.title }).to.deep.equal(before);
    // And back: a change in the JSON is in the form.
    setText(ed.view, ed.text().replace(title, 'Written in the JSON'));
    await until(() => control(ed, 'f-title').value === 'Written in the JSON', 'the form to follow the JSON', 10_000);
  });

  it('marks a text missing in one of the notice’s languages', async () => {
    const ed = await openEditor();
    const original = await (await fetch('/demo/notices/coventry-family-valued.json')).text();
    const value = JSON.parse(original);
    value.controller.name = { en: 'Coventry City Council' };
    setText(ed.view, JSON.stringify(value, null, 2));
    await until(() => control(ed, 'f-controller-name-cy'), 'the Welsh field', 10_000);
    const welsh = labelled(ed, 'Name (Welsh)', ed.doc.getElementById('f-controller')!);
    expect(welsh.lang).to.equal('cy');
    expect(description(ed, welsh)).to.include('Missing in Welsh');
  });
});

const labelledButton = (ed: Editor, text: string): HTMLButtonElement =>
  [...ed.form.querySelectorAll('button')].find((b) => norm(b.textContent) === text)!;
