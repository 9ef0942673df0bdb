/**
 * The embed snippet in the README reserves the first screen for the notice while it
 * loads (`layered-notice { display: block; min-height: 100vh }`), so nothing below it
 * moves when the notice replaces its fallback. Once the notice is shown, or has failed
 * and its fallback stays, the element must be its own height again: no screen of blank
 * space under a fallback link or a short notice.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LayeredNotice } from '../src/layered-notice.js';
import { loadPayload, settled } from './helpers/notices.js';

const reserve = document.createElement('style');
reserve.textContent = 'layered-notice { display: block; min-height: 100vh }';
before(() => document.head.append(reserve));
after(() => reserve.remove());

describe('space reserved by the page while the notice loads', () => {
  it('is given back when the payload fails: the fallback link keeps its own height', async () => {
    const logged = console.error;
    console.error = () => {};
    try {
      const el = await fixture<LayeredNotice>(
        html`<layered-notice src="/no-such-notice.json"><a href="/privacy">Read our privacy notice</a></layered-notice>`,
      );
      expect(el.getBoundingClientRect().height, 'reserved while loading').to.be.at.least(innerHeight - 1);
      expect((await settled(el)).type).to.equal('ln-error');
      expect(el.getBoundingClientRect().height).to.be.below(100);
    } finally {
      console.error = logged;
    }
  });

  it('is given back when a short notice is shown (the just-in-time variant)', async () => {
    const payload = await loadPayload('parking-permits');
    const el = await fixture<LayeredNotice>(html`<layered-notice purpose=${payload.purposes[0]!.id!} .notice=${payload}></layered-notice>`);
    await el.updateComplete;
    const jit = el.shadowRoot!.querySelector<HTMLElement>('[part="jit"]')!;
    expect(jit).to.exist;
    expect(el.getBoundingClientRect().height).to.be.closeTo(jit.getBoundingClientRect().height, 40);
  });
});
