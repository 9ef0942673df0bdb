import { expect, fixture, html } from '@open-wc/testing';
import cy from '../locales/cy.json' with { type: 'json' };
import type { LayeredNotice } from '../src/layered-notice.js';
import { $, loadPayload } from './helpers/notices.js';

/** The just-in-time variant of one purpose, as a form page would embed it. */
async function jit(purpose: string, lang = 'en', full = '/privacy/family-valued'): Promise<{ el: LayeredNotice; event: Event }> {
  let done!: (e: Event) => void;
  const settled = new Promise<Event>((r) => (done = r));
  const el = await fixture<LayeredNotice>(
    html`<layered-notice
      lang=${lang}
      purpose=${purpose}
      full=${full}
      .notice=${await loadPayload('family-valued-evaluation')}
      @ln-ready=${done}
      @ln-error=${done}
      ><a href="/privacy">How we use your information</a></layered-notice
    >`,
  );
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

describe('just-in-time notice (purpose attribute)', () => {
  it('shows what it is for, the lawful basis, the legitimate interest, how long it is kept and a link to the full notice', async () => {
    const { el } = await jit('evaluation');
    const box = $(el, '[part="jit"]');
    const rows = [...box.querySelectorAll('dt')].map((dt) => [
      dt.textContent!.trim(),
      dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim(),
    ]);
    expect(rows.map((r) => r[0])).to.deep.equal([
      'What we use this for',
      'Our lawful basis',
      'Condition for sensitive information',
      'Our legitimate interests',
      'How long we keep it',
      'What the lawful bases mean',
    ]);
    expect(rows[0][1]).to.contain('impact of the Family Valued model');
    expect(rows[1][1]).to.equal('Legitimate interests');
    expect(rows[2][1]).to.equal('Archiving, research or statistics');
    expect(rows[3][1]).to.contain('Balancing test: We believe that evaluating');
    expect(rows[4][1]).to.contain('Five years after our final reporting is complete');
    expect(rows[5][1]).to.equal('Legitimate interests: We have a legitimate reason that does not override your rights.');
    const link = box.querySelector('a')!;
    expect(link.textContent).to.equal('Read the full privacy notice');
    expect(link.getAttribute('href')).to.equal(new URL('/privacy/family-valued', location.href).href);
    // Only the one purpose: none of the full notice's layers.
    expect($(el, '[part="sections"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is translated with the rest of the interface', async () => {
    const { el } = await jit('evaluation', 'cy');
    expect($(el, '[part="jit"] dt').textContent).to.equal(cy.jit.use);
    expect($(el, '[part="jit"] a').textContent).to.equal(cy.jit.more);
    await expect(el).to.be.accessible();
  });

  it('an unknown purpose keeps the fallback and says which id is missing', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const { el, event } = await jit('no-such-purpose');
      expect(event.type).to.equal('ln-error');
      expect((event as CustomEvent).detail.message).to.equal('no purpose has the id "no-such-purpose"');
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
    } finally {
      console.error = original;
    }
  });
});
