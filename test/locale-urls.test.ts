import { expect, fixture, html } from '@open-wc/testing';
import type { LayeredNotice } from '../src/layered-notice.js';
import { $, loadPayload } from './helpers/notices.js';

/**
 * The reading language comes from page markup (the element's `lang`, an ancestor's, the
 * document's), which a CMS editor or a query string may set. A language tag goes into a
 * locale URL only when it is a well-formed BCP 47 tag (RFC 5646) that ships with the
 * element or that the payload lists, so `lang="//host/x"` cannot make the notice fetch
 * from another origin, or `lang="/evil/x"` from another folder.
 */

/** Renders a payload with a reading language and a locales folder, and returns what it fetched. */
async function fetchedFor(lang: string, payload: unknown, locales = '/locales/'): Promise<{ el: LayeredNotice; fetched: string[] }> {
  const fetched: string[] = [];
  const realFetch = window.fetch;
  const realWarn = console.warn;
  window.fetch = (input, init) => {
    fetched.push(new URL(String(input instanceof Request ? input.url : input), location.href).href);
    return realFetch(input, init);
  };
  console.warn = () => {};
  try {
    const el = await fixture<LayeredNotice>(
      html`<layered-notice lang=${lang} locales=${locales} .notice=${payload}
        ><a href="/privacy">Read our privacy notice</a></layered-notice
      >`,
    );
    await new Promise((resolve) => {
      el.addEventListener('ln-ready', resolve, { once: true });
      setTimeout(resolve, 3000);
    });
    await el.updateComplete;
    return { el, fetched };
  } finally {
    window.fetch = realFetch;
    console.warn = realWarn;
  }
}

describe('language tags in locale URLs', () => {
  let payload: any;
  before(async () => {
    payload = await loadPayload('family-valued-evaluation');
  });

  for (const lang of [
    '/evil/x',
    '//example.invalid/track',
    '../../x',
    'https://example.invalid/x',
    'cy/../../x',
    'cy?x=1',
    'cy#x',
    '%2F%2Fexample.invalid',
  ]) {
    it(`lang=${JSON.stringify(lang)} fetches nothing, and the notice shows in English`, async () => {
      const { el, fetched } = await fetchedFor(lang, payload);
      expect(fetched).to.deep.equal([]);
      expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en');
      expect($(el, '[part="show-all"]').textContent!.trim()).to.equal('Show all sections');
    });
  }

  it('a shipped language in any case reads its file from the locales folder: cy-gb reads /locales/cy.json', async () => {
    const { el, fetched } = await fetchedFor('cy-gb', payload);
    expect(fetched.map((u) => new URL(u).pathname)).to.deep.equal(['/locales/cy.json']);
    expect($(el, '[part="base"]').getAttribute('lang')).to.equal('cy');
  });

  it('a language neither shipped nor listed by the payload is not fetched; one the payload lists is', async () => {
    const unlisted = await fetchedFor('so', payload, '/test/fixtures/locales/');
    expect(unlisted.fetched).to.deep.equal([]);
    const listed = await fetchedFor('so', { ...payload, languages: ['en', 'so'] }, '/test/fixtures/locales/');
    expect(listed.fetched.map((u) => new URL(u).pathname)).to.deep.equal(['/test/fixtures/locales/so.json']);
  });

  it('language tags Intl refuses in the payload (en-GB-GB, cy-12) still show the notice, not only the fallback', async () => {
    const odd = {
      ...payload,
      language: 'en-GB-GB',
      languages: ['en-GB-GB', 'cy-12'],
      title: { 'en-GB-GB': 'Family Valued Privacy Notice', 'cy-12': 'Hysbysiad' },
    };
    const errors: string[] = [];
    const realError = console.error;
    console.error = (...a: unknown[]) => errors.push(a.join(' '));
    try {
      const { el } = await fetchedFor('cy-12', odd);
      expect($(el, '[part="base"]'), errors.join('\n')).to.exist;
      expect($(el, '[part="base"] h2').textContent).to.contain('Hysbysiad');
    } finally {
      console.error = realError;
    }
  });
});
