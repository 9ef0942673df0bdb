/**
 * The notice editor under the strict Content Security Policy the demo recommends
 * (SECURITY.md; web-test-runner.config.mjs serves /demo/editor.html?policy=strict with
 * it): no inline script, no eval, no inline style, Trusted Types required. The form, the
 * JSON view and every preview work, and nothing the editor does is refused.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { norm, until } from './helpers/a11y.js';
import { openEditor } from './helpers/editor.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('notice editor: under a strict Content Security Policy', function () {
  this.timeout(60_000);

  it('is served with the policy', async () => {
    const response = await fetch('/demo/editor.html?policy=strict');
    expect(response.headers.get('content-security-policy')).to.match(/^default-src 'none'; script-src 'self'; style-src 'self';/);
  });

  it('edits in the form and shows every preview, with no violation', async () => {
    const ed = await openEditor('/demo/editor.html?policy=strict');
    const violations: string[] = [];
    ed.doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`), true);
    // The JSON view has its styles (CodeMirror adopts them rather than writing a <style>).
    ed.tab('JSON');
    expect(getComputedStyle(ed.view.dom).display).to.equal('flex');
    ed.tab('Form');
    const title = ed.doc.getElementById('f-title') as HTMLInputElement;
    title.focus();
    title.select();
    await sendKeys({ type: 'Under a strict policy' });
    // What the field holds: WebKit's WebDriver drops some spaces it is asked to type.
    const typed = title.value;
    await until(() => ed.preview().includes(typed), 'the element to follow the form', 10_000);
    ed.tab('Static page');
    const page = ed.doc.getElementById('ed-page') as HTMLIFrameElement;
    await until(() => norm(page.contentDocument?.querySelector('h1')?.textContent) === typed, 'the static page', 20_000);
    // The page's own style reaches it (its body is 46rem wide at most), though the policy refuses inline <style>.
    await until(() => getComputedStyle(page.contentDocument!.body).maxWidth === '736px', 'the static page to be styled', 5000);
    ed.tab('Embed snippet');
    await until(() => ed.doc.getElementById('ed-embed')!.textContent!.includes(typed), 'the embed', 20_000);
    ed.tab('Just in time');
    await until(
      () => norm(ed.doc.getElementById('ed-jit')!.shadowRoot?.textContent).includes('What we use this for'),
      'the just-in-time notice',
      20_000,
    );
    expect(violations).to.deep.equal([]);
  });
});
