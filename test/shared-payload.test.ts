/**
 * Two elements given one payload object (a page showing a notice twice, or a script
 * reusing `notice`) are two notices: each section button acts on its own element. The
 * element keeps section templates between renders, so this guards against one element
 * reusing the other's.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LayeredNotice } from '../src/layered-notice.js';
import { $$, loadPayload } from './helpers/notices.js';

describe('one payload object in two elements', () => {
  it("each section button opens its own element's section, at the same heading level", async () => {
    const payload = await loadPayload('coventry-family-valued');
    const box = await fixture<HTMLElement>(
      html`<div><layered-notice .notice=${payload}></layered-notice><layered-notice .notice=${payload}></layered-notice></div>`,
    );
    const [a, b] = [...box.querySelectorAll<LayeredNotice>('layered-notice')];
    await a!.updateComplete;
    await b!.updateComplete;
    $$<HTMLButtonElement>(b!, '[part="section-button"]')[1]!.click();
    await b!.updateComplete;
    await a!.updateComplete;
    const expanded = (el: LayeredNotice) => $$(el, '[part="section-button"]').map((x) => x.getAttribute('aria-expanded'));
    expect(expanded(b!)).to.deep.equal(['false', 'true', 'false', 'false']);
    expect(expanded(a!)).to.deep.equal(['false', 'false', 'false', 'false']);
    // And again: b's button, rendered for b, now closes b's section.
    $$<HTMLButtonElement>(b!, '[part="section-button"]')[1]!.click();
    await b!.updateComplete;
    expect(expanded(b!)).to.deep.equal(['false', 'false', 'false', 'false']);
  });
});
