/**
 * The notice editor's "Import a privacy notice page": a page saved from a website drafted
 * in the browser by the code of `layered-notice import`, read as data (its scripts never
 * run), the draft shown in the form, and what to check listed and announced.
 */
import { expect } from '@open-wc/testing';
import { norm, until } from './helpers/a11y.js';
import { openEditor } from './helpers/editor.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

const PAGE = `<!doctype html><html lang="en"><head><title>Garden waste privacy notice | Example Borough Council</title></head>
<body><main><h1>Garden waste privacy notice</h1>
<script>window.parent.imported = 'script ran'</script><img src="x" onerror="window.parent.imported = 'handler ran'">
<h2>Why we use your information</h2><p>We use your name and address to collect your garden waste.</p>
<h2>Your rights</h2><p>You have the right to ask for a copy of your information.</p></main></body></html>`;

describe('notice editor: import a page', function () {
  this.timeout(60_000);

  it('drafts a notice from a chosen .html file, in the browser, and says what to check', async () => {
    const ed = await openEditor();
    const input = ed.doc.getElementById('ed-import') as HTMLInputElement;
    expect(norm(input.labels![0].textContent)).to.equal('Import a privacy notice page');
    const files = new DataTransfer();
    files.items.add(new File([PAGE], 'garden-waste.html', { type: 'text/html' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(
      () => /^Drafted garden-waste\.json from garden-waste\.html: \d+ things? to check/.test(ed.status()),
      'the draft to be announced',
      20_000,
    );
    const draft = JSON.parse(ed.text());
    expect(draft.title).to.equal('Garden waste privacy notice');
    await until(() => (ed.doc.getElementById('f-title') as HTMLInputElement).value === draft.title, 'the form to show the draft', 10_000);
    const notes = ed.doc.getElementById('ed-import-notes')!;
    expect(notes.closest('section')!.hidden).to.equal(false);
    expect(notes.children.length).to.be.greaterThan(0);
    expect((ed.win as unknown as { imported?: string }).imported, 'the page ran nothing').to.equal(undefined);
    expect(ed.text()).not.to.include('<script');
  });
});
