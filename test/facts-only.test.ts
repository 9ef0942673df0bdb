import { expect } from '@open-wc/testing';
import { $, $$, loadPayload, openAll, renderNotice } from './helpers/notices.js';

/**
 * A notice written once, as facts: demo/notices/parking-permits.json has no
 * `sections`, and renders a complete notice whose full text is generated under
 * standard, translated headings, with its changes behind the last-updated date.
 */
describe('a facts-only notice (no sections)', () => {
  it('generates the full text under standard headings, in English', async () => {
    const payload = await loadPayload('parking-permits');
    expect(payload.sections).to.equal(undefined);
    const el = await renderNotice(payload, 'en');
    const headings = $$(el, '[part="section-button"] .heading').map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal([
      'Information we use',
      'Why we use your information',
      'Where it comes from',
      'Who we share it with',
      'How long we keep it',
      'Decisions made by computer',
      'Do you have to give it to us?',
    ]);
    expect($$(el, '[part="sections"] nav a').map((a) => a.textContent!.trim())).to.deep.equal(headings);
    await openAll(el);
    const text = $(el, '[part="sections"]').innerText;
    expect(text).to.contain('Legal obligation: The law requires it.');
    expect(text).to.contain('Payment records: 6 years after the end of the financial year');
    expect(text).to.contain('The Traffic Penalty Tribunal, if you appeal against a penalty charge');
    await expect(el).to.be.accessible();
  });

  it('reads in Welsh, headings and dates included', async () => {
    const el = await renderNotice(await loadPayload('parking-permits'), 'cy');
    expect($$(el, '[part="section-button"] .heading')[0].textContent!.trim()).to.equal('Pa fath o wybodaeth yr ydym yn ei defnyddio?');
    expect($(el, '[part="base"] > .meta').textContent).to.equal('Diweddarwyd ddiwethaf 1 Medi 2026');
    expect($(el, '[part="base"]').innerText).not.to.match(/September|April/);
    await openAll(el);
    await expect(el).to.be.accessible();
  });

  it('shows the changes newest first behind the last-updated date', async () => {
    const el = await renderNotice(await loadPayload('parking-permits'), 'en');
    expect($(el, '[part="base"] > .meta').textContent).to.equal('Last updated 1 September 2026');
    const details = $<HTMLDetailsElement>(el, 'details.changes');
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.equal('See all updates');
    const items = [...details.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.match(/^1 September 2026: We now check your address/);
    expect(items[1]).to.equal('1 April 2025: First published.');
  });
});

describe('a paragraph in another language', () => {
  it('written as a map with only that language, it is shown to every reader and marked with its lang', async () => {
    const payload = await loadPayload('family-valued-evaluation');
    payload.sections[0].body.push({ cy: 'Mae croeso i chi ysgrifennu atom yn Gymraeg.' });
    const el = await renderNotice(payload, 'en');
    await openAll(el);
    const span = $$(el, '[part="content"] span[lang="cy"]').find((s) => s.textContent === 'Mae croeso i chi ysgrifennu atom yn Gymraeg.');
    expect(span, 'the Welsh paragraph, marked lang="cy"').to.exist;
  });
});

describe('intro: the text before the first heading', () => {
  it('is shown at the top of the full notice, before the index and the sections, with no heading of its own', async () => {
    const payload = await loadPayload('parking-permits');
    payload.intro = ['This notice explains how Afonwen County Council uses your information when you apply for a parking permit.'];
    const el = await renderNotice(payload, 'en');
    const layer = $(el, '[part="sections"]');
    const first = layer.querySelector(':scope > p')!;
    expect(first.textContent).to.equal(payload.intro[0]);
    expect(first.previousElementSibling!.localName).to.equal('h3');
    expect(first.compareDocumentPosition(layer.querySelector('nav')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($$(el, '[part="section"]')).to.have.length(7);
  });
});
