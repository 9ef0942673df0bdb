import { expect } from '@open-wc/testing';

/**
 * The classic script as web teams use it: a demo page that embeds
 * dist/layered-notice.iife.js with a script tag, in its own frame so nothing from
 * the ES module build is on the page.
 */
async function openDemo(page: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = `/demo/${page}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow!;
}

const rendered = async (win: Window): Promise<Element> => {
  const el = win.document.querySelector('layered-notice')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part="base"]'); i++) await new Promise((r) => setTimeout(r, 50));
  // The first layer is there; updateComplete waits for the rest of the notice.
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
};

describe('the classic script (dist/layered-notice.iife.js) on a CMS-like page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders the notice from src and hides the fallback link', async () => {
    const win = await openDemo('family-valued-evaluation.html');
    const el = await rendered(win);
    const base = el.shadowRoot!.querySelector('[part="base"]') as HTMLElement;
    expect(base.querySelector('h2')!.textContent).to.equal('Family Valued Privacy Notice');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    const button = el.shadowRoot!.querySelector('[part="section-button"]')!;
    const spoken = button.cloneNode(true) as Element;
    spoken.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    expect(spoken.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Family Valued Privacy Notice , Show this section');
  });

  it('fetches a locale from dist/locales/ next to the script: ?lang=cy reads Welsh', async () => {
    const win = await openDemo('coventry-family-valued.html?lang=cy');
    const el = await rendered(win);
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('cy');
    expect(el.shadowRoot!.querySelector('[part="show-all"]')!.textContent!.trim()).to.equal('Dangos pob adran');
    // Interpolation and Welsh plurals work in the classic script, built without i18next's formatter.
    expect(el.shadowRoot!.querySelector('nav h4')!.textContent).to.equal('Yn yr hysbysiad hwn: 4 adran');
    const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(requests).to.include('/dist/locales/cy.json');
  });

  it('requests the payload as soon as it runs, before setting the element up, and only once', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/pages/early-fetch.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow! as Window & { __calls: string[] };
    const el = await rendered(win);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Family values privacy notice');
    expect(win.__calls).to.deep.equal(['fetch /demo/notices/coventry-family-valued.json', 'define layered-notice']);
  });

  it('does nothing when the page loads the script a second time', async () => {
    const win = await openDemo('coventry-family-valued.html');
    await rendered(win);
    const errors: string[] = [];
    win.addEventListener('error', (e) => errors.push(e.message));
    const again = win.document.createElement('script');
    again.src = '/dist/layered-notice.iife.js';
    await new Promise((resolve, reject) => {
      again.onload = resolve;
      again.onerror = reject;
      win.document.head.append(again);
    });
    expect(errors).to.deep.equal([]);
    expect(win.document.querySelector('layered-notice')!.shadowRoot!.querySelector('[part="base"]')).to.exist;
  });
  for (const kind of ['img', 'form']) {
    it(`reads its locales from beside itself when page markup names an ${kind} "currentScript"`, async () => {
      const frame = document.createElement('iframe');
      frame.src = `/test/fixtures/pages/clobber-${kind}.html`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow!;
      const el = await rendered(win);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('cy');
      expect(el.shadowRoot!.querySelector('[part="show-all"]')!.textContent!.trim()).to.equal('Dangos pob adran');
      const requests = win.performance.getEntriesByType('resource').map((e) => e.name);
      expect(requests.filter((u) => u.endsWith('.json'))).to.deep.equal([
        new URL('/demo/notices/family-valued-evaluation.json', location.href).href,
        new URL('/dist/locales/cy.json', location.href).href,
      ]);
    });
  }
});
