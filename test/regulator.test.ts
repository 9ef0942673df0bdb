/**
 * The regulator in the reader's language: a Welsh reader of a notice that names the ICO
 * in English only reads "Cwyno i Swyddfa'r Comisiynydd Gwybodaeth", not "Cwyno i
 * Information Commissioner's Office"; the postal address and phone come from the locale
 * when the payload gives none; a name the payload gives in Welsh, and any other
 * regulator, are shown as the payload has them.
 */
import { expect } from '@open-wc/testing';
import { $, loadPayload, renderNotice } from './helpers/notices.js';

const complaint = (el: Element): HTMLElement => $(el, '[data-right="A77"]').closest('li')!;
const norm = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

describe('the regulator named in the reading language', () => {
  it('Welsh: an English-only ICO is named from the Welsh locale, in the heading line and the website link', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'), 'cy');
    const li = complaint(el);
    expect(norm(li.querySelector('strong')!.textContent)).to.equal("Cwyno i Swyddfa'r Comisiynydd Gwybodaeth");
    expect(norm(li.querySelector('[data-channel="form"]')!.textContent)).to.equal("Gwefan Swyddfa'r Comisiynydd Gwybodaeth");
    expect(li.textContent).not.to.contain('Information Commissioner');
  });

  it('English: the same payload reads as before', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'), 'en');
    expect(norm(complaint(el).querySelector('strong')!.textContent)).to.equal("Complain to Information Commissioner's Office");
  });

  it('the address and phone come from the locale when the payload gives only the website', async () => {
    const payload = await loadPayload('family-valued-evaluation');
    payload.complaint!.regulator = { name: 'ICO', url: 'https://ico.org.uk/make-a-complaint/' };
    const el = await renderNotice(payload, 'cy');
    const li = complaint(el);
    expect(li.querySelector('[data-channel="phone"]')!.getAttribute('href')).to.equal('tel:03031231113');
    const address = li.querySelector('address')!;
    expect(address.innerText.split('\n').map((l) => l.trim())).to.deep.equal([
      'Wycliffe House',
      'Water Lane',
      'Wilmslow',
      'Swydd Gaer',
      'SK9 5AF',
    ]);
    expect(address.querySelector('[lang]'), 'locale lines are in the page language, not marked as English').to.equal(null);
  });

  it('a Welsh name in the payload, and another regulator, are kept as the payload has them', async () => {
    const payload = await loadPayload('family-valued-evaluation');
    payload.complaint!.regulator.name = { en: "Information Commissioner's Office", cy: 'Swyddfa’r Comisiynydd Gwybodaeth (ICO)' };
    let el = await renderNotice(payload, 'cy');
    expect(norm(complaint(el).querySelector('strong')!.textContent)).to.equal('Cwyno i Swyddfa’r Comisiynydd Gwybodaeth (ICO)');
    payload.complaint!.regulator = {
      name: 'Scottish Information Commissioner',
      url: 'https://www.itspublicknowledge.info/',
      phone: '01334 464610',
    };
    el = await renderNotice(payload, 'cy');
    const li = complaint(el);
    expect(norm(li.querySelector('strong')!.textContent)).to.equal('Cwyno i Scottish Information Commissioner');
    expect(li.querySelector('address')).to.equal(null);
  });
});
