import { expect, fixture, html } from '@open-wc/testing';
import type { LayeredNotice } from '../src/layered-notice.js';
import { $, loadPayload, settled } from './helpers/notices.js';

/** Page states and attribute changes that once threw uncaught errors from the element. */
describe('edge cases that must not throw', () => {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason?.message ?? e.reason));
  let hash: string;
  beforeEach(() => {
    uncaught.length = 0;
    hash = location.hash;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    history.replaceState(null, '', hash || location.pathname + location.search);
  });

  it('a page opened at a malformed fragment (#%) shows the notice and throws nothing', async () => {
    history.replaceState(null, '', '#%');
    const el = await fixture<LayeredNotice>(
      html`<layered-notice .notice=${await loadPayload('family-valued-evaluation')}></layered-notice>`,
    );
    await new Promise((r) => setTimeout(r, 100));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await new Promise((r) => setTimeout(r, 100));
    expect($(el, '[part="base"]')).to.exist;
    expect(uncaught).to.deep.equal([]);
  });

  it('src and a purpose the new payload lacks, set together, leave the fallback and throw nothing', async () => {
    const payload = await loadPayload('family-valued-evaluation');
    const el = await fixture<LayeredNotice>(
      html`<layered-notice .notice=${payload}><a href="/privacy">Read our privacy notice</a></layered-notice>`,
    );
    await el.updateComplete;
    const logged = console.error;
    console.error = () => {};
    try {
      const done = settled(el);
      el.src = '/demo/notices/coventry-family-valued.json';
      el.purpose = 'no-such-purpose';
      await el.updateComplete.catch((e: Error) => uncaught.push(e.message));
      const event = (await done) as CustomEvent;
      expect(event.type).to.equal('ln-error');
      await new Promise((r) => setTimeout(r, 50));
      expect(uncaught).to.deep.equal([]);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      console.error = logged;
    }
  });
});
