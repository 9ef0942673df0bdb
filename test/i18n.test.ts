import { expect, fixture, html } from '@open-wc/testing';
import en from '../locales/en.json' with { type: 'json' };
import cy from '../locales/cy.json' with { type: 'json' };

/** The Welsh strings the tests compare with (JSON modules are typed as unknown records). */
const welsh = cy as { sections: { showAll: string; hideAll: string }; glance: Record<string, string> };
import { interfaceLanguage } from '../src/i18n/locales.js';
import { translator } from '../src/i18n/i18n.js';
import type { LayeredNotice } from '../src/layered-notice.js';
import { $, $$, loadPayload, openAll, renderNotice, visibleText } from './helpers/notices.js';

/** Every interface string of a locale without placeholders: what a reader could see verbatim. */
const plainStrings = (o: object): string[] =>
  Object.values(o).flatMap((v) => (typeof v === 'string' ? (v.includes('{{') ? [] : [v]) : plainStrings(v)));

const quietly = async <T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[] }> => {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
  try {
    return { result: await run(), warnings };
  } finally {
    console.warn = original;
  }
};

describe('Welsh and other languages', () => {
  it('a Welsh render of the bilingual notice contains no English interface string', async () => {
    const el = await renderNotice(await loadPayload('coventry-family-valued'), 'cy');
    expect($(el, '[part="show-all"]').textContent!.trim()).to.equal(welsh.sections.showAll);
    await openAll(el);
    const shown = visibleText(el);
    const english = plainStrings(en).filter((s) => s.length > 4 && !plainStrings(cy).includes(s));
    expect(english.filter((s) => shown.includes(s))).to.deep.equal([]);
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('cy');
    expect(shown).to.contain(welsh.sections.hideAll);
    await expect(el).to.be.accessible();
  });

  it('switching language updates text and lang in place, without fetching the payload again', async () => {
    const payload = await loadPayload('coventry-family-valued');
    // The bilingual demo gives its title as a map of language to text.
    const titles = payload.title as Record<string, string>;
    expect(titles.cy, 'the payload has a Welsh title').to.be.a('string').and.not.equal('');
    const fetches: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => (fetches.push(String(input)), realFetch(input, init));
    try {
      const el = await fixture<LayeredNotice>(
        html`<layered-notice lang="en" src="/demo/notices/coventry-family-valued.json"></layered-notice>`,
      );
      await new Promise((r) => el.addEventListener('ln-ready', r, { once: true }));
      await el.updateComplete;
      const title = () => $(el, '[part="base"] h2').textContent;
      expect(title()).to.equal('Family values privacy notice');
      const radios = $$<HTMLInputElement>(el, '[part="languages"] input');
      expect(radios.map((r) => [r.parentElement!.getAttribute('lang'), r.parentElement!.textContent!.trim()])).to.deep.equal([
        ['en', 'English'],
        ['cy', 'Cymraeg'],
      ]);
      radios[1].click();
      for (let i = 0; i < 50 && $(el, '[part="base"]').getAttribute('lang') !== 'cy'; i++) await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(el.getAttribute('lang')).to.equal('cy');
      expect($(el, '[part="base"]').getAttribute('lang')).to.equal('cy');
      expect(title()).to.equal(titles.cy);
      // The reader chose it: the status region says the title in Welsh (focus stayed on the radio),
      // shortly after the redraw.
      for (let i = 0; i < 100 && !$(el, '[role="status"]').textContent; i++) await new Promise((r) => setTimeout(r, 20));
      expect($(el, '[role="status"]').textContent).to.equal(titles.cy);
      expect($(el, '[role="status"]').closest('[lang]')!.getAttribute('lang')).to.equal('cy');
      expect($(el, '[part="show-all"]').textContent!.trim()).to.equal(welsh.sections.showAll);
      expect(fetches.filter((f) => f.includes('/notices/'))).to.have.length(1);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('Welsh plural forms are right for 0, 1, 2, 3, 6 and 7', async () => {
    await interfaceLanguage('cy');
    const t = translator('cy');
    const forms = { zero: 0, one: 1, two: 2, few: 3, many: 6, other: 7 };
    for (const [form, count] of Object.entries(forms)) {
      expect(new Intl.PluralRules('cy').select(count)).to.equal(form);
      expect(t('glance.index', { count }), `count ${count}`).to.equal(welsh.glance[`index_${form}`].replace('{{count}}', String(count)));
    }
  });

  it('a right-to-left locale sets dir="rtl" and passes axe', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'), 'ar');
    const base = $(el, '[part="base"]');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(base.getAttribute('lang')).to.equal('ar');
    // The payload is English only: its text is marked so a screen reader switches voice.
    expect($(el, '[part="base"] h2 span[lang="en"]').textContent).to.equal('Family Valued Privacy Notice');
    await expect(el).to.be.accessible();
    await openAll(el);
    await expect(el).to.be.accessible();
  });

  it('a regional tag uses its base language: cy-GB reads Welsh', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'), 'cy-GB');
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('cy');
    expect($(el, '[part="show-all"]').textContent!.trim()).to.equal(welsh.sections.showAll);
  });

  it('a language with no locale shows English, and says so in the console and in an ln-error event', async () => {
    const errors: CustomEvent[] = [];
    const listen = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('ln-error', listen);
    const { result: el, warnings } = await quietly(async () => renderNotice(await loadPayload('family-valued-evaluation'), 'xx'));
    document.removeEventListener('ln-error', listen);
    expect(errors.map((e) => [e.detail.kind, e.detail.message])).to.deep.equal([
      ['locale', 'no interface strings for "xx": English is shown'],
    ]);
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en');
    expect($(el, '[part="show-all"]').textContent!.trim()).to.equal('Show all sections');
    expect(warnings.join()).to.contain('no interface strings for "xx"');
  });
});
