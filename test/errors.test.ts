import { expect, fixture, html } from '@open-wc/testing';
import type { LayeredNotice } from '../src/layered-notice.js';
import type { ErrorDetail } from '../src/events.js';
import { loadPayload, settled } from './helpers/notices.js';

/** Renders an element with a fallback link, lets `setup` give it a payload, and returns what failed. */
async function failWith(setup: (el: LayeredNotice) => void): Promise<{ el: LayeredNotice; detail: ErrorDetail; logged: string }> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.join(' '));
  try {
    const el = await fixture<LayeredNotice>(html`<layered-notice><a href="/privacy/children">Read our privacy notice</a></layered-notice>`);
    const event = new Promise<CustomEvent<ErrorDetail>>((resolve) =>
      el.addEventListener('ln-error', (e) => resolve(e as CustomEvent<ErrorDetail>), { once: true }),
    );
    setup(el);
    const { detail } = await event;
    await el.updateComplete;
    return { el, detail, logged: logged.join('\n') };
  } finally {
    console.error = original;
  }
}

/** The fallback link is what a resident sees: it must be rendered (slotted) and visible. */
const expectFallbackVisible = (el: LayeredNotice) => {
  const slot = el.shadowRoot!.querySelector('slot');
  expect(slot, 'the shadow root shows its slot').to.exist;
  const link = el.querySelector('a')!;
  expect(link.assignedSlot).to.equal(slot);
  expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
  expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
};

describe('bad input keeps the fallback and says what, where and how to fix', () => {
  it('schema errors: every problem with its path', async () => {
    const payload = await loadPayload('family-valued-evaluation');
    // Deliberately outside the Notice type: a number in a list and a misspelt field.
    const broken = payload as unknown as { sections: { body: unknown[] }[]; controller: Record<string, unknown> };
    broken.sections[3].body[2] = { type: 'list', items: ['fine', 42] };
    broken.controller.emial = 'x@example.org';
    const { el, detail, logged } = await failWith((el) => (el.notice = payload));
    expectFallbackVisible(el);
    expect(detail.kind).to.equal('schema');
    expect(detail.problems).to.deep.include({
      path: 'sections[3].body[2].items[1]',
      message: 'expected text or {"text", "items"}, got number 42',
    });
    expect(detail.problems).to.deep.include({
      path: 'controller.emial',
      message: 'unknown field "emial": remove it or check its spelling',
    });
    expect(logged).to.contain('sections[3].body[2].items[1]');
    expect(logged).to.contain('fix:');
  });

  it('an unsupported version', async () => {
    const payload = { ...(await loadPayload('family-valued-evaluation')), version: 2 };
    const { el, detail } = await failWith((el) => (el.notice = payload));
    expectFallbackVisible(el);
    expect(detail.kind).to.equal('version');
    expect(detail.message).to.equal('unsupported payload version 2: this release reads version 1');
  });

  it('a missing file (404)', async () => {
    const { el, detail } = await failWith((el) => (el.src = '/demo/notices/no-such-notice.json'));
    expectFallbackVisible(el);
    expect(detail.kind).to.equal('http');
    expect(detail.where).to.equal('/demo/notices/no-such-notice.json');
    expect(detail.message).to.contain('404');
  });

  it('a page that is not JSON', async () => {
    const { el, detail } = await failWith((el) => (el.src = '/demo/index.html'));
    expectFallbackVisible(el);
    expect(detail.kind).to.equal('not-json');
  });

  it('JSON with a syntax error, with its line and column where the engine reports one', async () => {
    const el = document.createElement('layered-notice') as LayeredNotice;
    el.innerHTML =
      '<a href="/p">Read our privacy notice</a><script type="application/json">{\n  "version": 1,\n  "id": "x"\n  "title": "T"\n}</script>';
    const event = new Promise<CustomEvent<ErrorDetail>>((resolve) =>
      el.addEventListener('ln-error', (e) => resolve(e as CustomEvent<ErrorDetail>), { once: true }),
    );
    const original = console.error;
    console.error = () => {};
    document.body.append(el);
    const { detail } = await event;
    console.error = original;
    await el.updateComplete;
    expect(detail.kind).to.equal('syntax');
    expect(detail.message).to.match(/not valid JSON/);
    // Chromium and Firefox say where in their own message; WebKit's has no position.
    if (!navigator.userAgent.includes('AppleWebKit') || navigator.userAgent.includes('Chrome'))
      expect(detail.message).to.match(/line 4 column 3/);
    expectFallbackVisible(el);
    el.remove();
  });

  it('no payload at all', async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (...a: unknown[]) => logged.push(a.join(' '));
    const el = await fixture<LayeredNotice>(html`<layered-notice><a href="/p">Read our privacy notice</a></layered-notice>`);
    console.error = original;
    expectFallbackVisible(el);
    expect(logged.join()).to.contain('no payload was given');
  });

  it('never a blank box: with no fallback content, a short message shows', async () => {
    const el = await fixture<LayeredNotice>(html`<layered-notice src="/nowhere.json"></layered-notice>`);
    await settled(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('This privacy notice could not be shown');
  });

  it('no payload string becomes markup or a script URL', async () => {
    const payload = await loadPayload('family-valued-evaluation');
    payload.title = '<img src=x onerror="window.__xss=1">';
    payload.sections[0].body = [
      { type: 'paragraph', text: [{ text: 'click me', href: 'https://example.org/' }, ' <script>window.__xss=1</script>'] },
    ];
    const el = await fixture<LayeredNotice>(html`<layered-notice></layered-notice>`);
    const done = settled(el);
    el.notice = payload;
    await done;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect(el.shadowRoot!.textContent).to.contain('<img src=x onerror="window.__xss=1">');
    expect(window.__xss).to.equal(undefined);
    // The schema refuses script URLs; the renderer would show them as text anyway.
    const bad = {
      ...payload,
      sections: [{ id: 'a', heading: 'A', body: [{ type: 'paragraph', text: [{ text: 'x', href: 'javascript:alert(1)' }] }] }],
    };
    const { detail } = await failWith((e) => (e.notice = bad));
    expect(detail.problems[0].path).to.equal('sections[0].body[0].text[0].href');
  });
});
