/**
 * The notice editor's previews (demo/editor.html): the static page and the embed as the
 * `render` command writes them, made in the browser, the embed ready to copy, and the
 * just-in-time variant; each follows a change made in the form.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { norm, until } from './helpers/a11y.js';
import { openEditor, type Editor } from './helpers/editor.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

/** Retitles the notice in the form, as a user types; returns the title the field then holds (WebKit's WebDriver drops some spaces). */
async function retitle(ed: Editor, title: string): Promise<string> {
  const field = ed.doc.getElementById('f-title') as HTMLInputElement;
  field.focus();
  field.select();
  await sendKeys({ type: title });
  return field.value;
}

describe('notice editor: previews', () => {
  it('shows the static page render writes, and follows the form', async () => {
    const ed = await openEditor();
    ed.tab('Static page');
    const frame = ed.doc.getElementById('ed-page') as HTMLIFrameElement;
    const h1 = () => norm(frame.contentDocument?.querySelector('h1')?.textContent);
    await until(() => h1() === 'Family Valued Privacy Notice', 'the page to show the notice', 20_000);
    // Every section shown, as on the page render writes: no buttons, no script.
    expect(frame.contentDocument!.querySelectorAll('script, button').length).to.equal(0);
    expect(frame.contentDocument!.querySelectorAll('h3').length).to.be.greaterThan(3);
    const title = await retitle(ed, 'Family Valued, as a page');
    await until(() => h1() === title, 'the page to follow the form', 10_000);
  });

  it('gives the server-rendered embed, ready to copy', async () => {
    const ed = await openEditor();
    let copied = '';
    Object.defineProperty(ed.win.navigator, 'clipboard', { value: { writeText: async (t: string) => void (copied = t) } });
    ed.tab('Embed snippet');
    const snippet = () => ed.doc.getElementById('ed-embed')!.textContent ?? '';
    await until(() => snippet().startsWith('<layered-notice'), 'the embed snippet', 20_000);
    expect(snippet()).to.include('<template shadowrootmode="open">');
    expect(snippet()).to.include('<script type="application/json">');
    expect(norm(ed.doc.getElementById('ed-embed-csp')!.textContent)).to.match(/^style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
    const title = await retitle(ed, 'Family Valued, embedded');
    await until(() => snippet().includes(title), 'the embed to follow the form', 10_000);
    const copy = [...ed.doc.querySelectorAll('button')].find((b) => norm(b.textContent) === 'Copy embed snippet')!;
    copy.click();
    await until(() => ed.status() === 'Embed snippet copied.', 'the copy to be announced', 5000);
    expect(copied).to.equal(snippet());
  });

  it('shows one purpose just in time', async () => {
    const ed = await openEditor();
    ed.tab('Just in time');
    const jit = ed.doc.getElementById('ed-jit')!;
    await until(() => norm(jit.shadowRoot?.textContent).includes('What we use this for'), 'the just-in-time notice', 20_000);
    const purpose = ed.doc.getElementById('ed-jit-purpose') as HTMLSelectElement;
    expect(purpose.value).to.equal('evaluation');
    expect(norm(ed.doc.getElementById('ed-jit-snippet')!.textContent)).to.equal(
      '<layered-notice src="notices/family-valued-evaluation.json" purpose="evaluation"></layered-notice>',
    );
  });
});
