import { expect, fixture, html } from '@open-wc/testing';
import cy from '../locales/cy.json' with { type: 'json' };
import type { LayeredNotice } from '../src/layered-notice.js';
import type { Notice } from '../src/schema/types.js';
import { $, $$, loadPayload, renderNotice } from './helpers/notices.js';

/**
 * The element's lifecycle: what a reader sees when the page changes the element's
 * attributes after it has rendered, alone or several at once, and when it is removed.
 */

/** The next ln-ready or ln-error of `el` (locale warnings aside), or a `none` event after 3 s without either. */
const next = (el: LayeredNotice): Promise<CustomEvent> =>
  new Promise((resolve) => {
    el.addEventListener('ln-ready', (e) => resolve(e as CustomEvent), { once: true });
    el.addEventListener('ln-error', (e) => (e as CustomEvent).detail.kind !== 'locale' && resolve(e as CustomEvent));
    setTimeout(() => resolve(new CustomEvent('none')), 3000);
  });

/** Runs `body` with console.error and console.warn collected instead of printed. */
async function quietly<T>(body: (logged: string[]) => Promise<T>): Promise<T> {
  const logged: string[] = [];
  const { error, warn } = console;
  console.error = console.warn = (...args: unknown[]) => logged.push(args.join(' '));
  try {
    return await body(logged);
  } finally {
    Object.assign(console, { error, warn });
  }
}

/** A just-in-time element for a payload given as the property, after its first ln-ready or ln-error. */
async function jit(
  payload: unknown,
  purpose: string,
  attrs: { lang?: string; full?: string } = {},
): Promise<{ el: LayeredNotice; event: CustomEvent }> {
  const el = await fixture<LayeredNotice>(
    html`<layered-notice lang=${attrs.lang ?? 'en'} purpose=${purpose} full=${attrs.full ?? '/privacy/full'}
      ><a href="/privacy">How we use your information</a></layered-notice
    >`,
  );
  const settled = next(el);
  el.notice = payload;
  const event = await settled;
  await el.updateComplete;
  return { el, event };
}

/** The family-valued payload with a second purpose, so the purpose can change between two valid ids. */
async function twoPurposes(): Promise<Notice> {
  const payload = await loadPayload('family-valued-evaluation');
  payload.purposes.push({ id: 'follow-up', description: 'To ask you about the service a year later.', lawfulBasis: ['A6-1-e'] });
  return payload;
}

const jitText = (el: LayeredNotice): string => $(el, '[part="jit"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('lifecycle: changing attributes after the first render', () => {
  it('after an unknown purpose, setting a known one shows that purpose', async () => {
    await quietly(async () => {
      const { el, event } = await jit(await loadPayload('family-valued-evaluation'), 'no-such-purpose');
      expect(event.type).to.equal('ln-error');
      expect(el.shadowRoot!.querySelector('slot'), 'the fallback shows first').to.exist;
      const ready = next(el);
      el.purpose = 'evaluation';
      expect((await ready).type).to.equal('ln-ready');
      await el.updateComplete;
      expect(jitText(el)).to.contain('impact of the Family Valued model');
      expect(el.shadowRoot!.querySelector('slot'), 'the fallback is gone').to.equal(null);
    });
  });

  it('purpose and lang changed in the same update both apply', async () => {
    const { el } = await jit(await twoPurposes(), 'evaluation');
    expect($(el, '[part="jit"] dt').textContent).to.equal('What we use this for');
    el.purpose = 'follow-up';
    el.lang = 'cy';
    for (let i = 0; i < 50 && $(el, '[part="jit"] dt')?.textContent === 'What we use this for'; i++)
      await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(jitText(el)).to.contain('To ask you about the service a year later.');
    expect($(el, '[part="jit"] dt').textContent).to.equal(cy.jit.use);
  });

  it('src and an unknown purpose set together keep the fallback and say which id is missing', async () => {
    await quietly(async () => {
      const el = await renderNotice(await loadPayload('family-valued-evaluation'));
      const settled = next(el);
      el.src = '/demo/notices/coventry-family-valued.json';
      el.purpose = 'no-such-purpose';
      // The update that takes both in renders without throwing, while the new payload loads.
      await el.updateComplete;
      expect($(el, '[part="base"]'), 'the notice stays until the new payload is checked').to.exist;
      const event = await settled;
      await el.updateComplete;
      expect(event.type).to.equal('ln-error');
      expect(event.detail.message).to.equal('no purpose has the id "no-such-purpose"');
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    });
  });

  it('a malformed full URL still shows the purpose, without a link to it, and says what to fix', async () => {
    await quietly(async (logged) => {
      const { el, event } = await jit(await loadPayload('family-valued-evaluation'), 'evaluation', { full: 'http://[' });
      expect(event.type).to.equal('ln-ready');
      expect(jitText(el)).to.contain('impact of the Family Valued model');
      expect($$(el, '[part="jit"] a').map((a) => a.getAttribute('href'))).to.deep.equal([]);
      expect(logged.join('\n')).to.contain('"http://[" is not a URL');
    });
  });

  it('re-rendering does not resolve the full URL again', async () => {
    const { el } = await jit(await loadPayload('family-valued-evaluation'), 'evaluation', { full: '/privacy/family-valued' });
    const RealURL = window.URL;
    let built = 0;
    window.URL = class extends RealURL {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args);
        built++;
      }
    } as typeof URL;
    try {
      for (const level of [3, 4, 2]) {
        el.headingLevel = level;
        await el.updateComplete;
      }
    } finally {
      window.URL = RealURL;
    }
    expect(built).to.equal(0);
    expect($(el, '[part="jit"] a').getAttribute('href')).to.equal(new URL('/privacy/family-valued', location.href).href);
  });
});

/**
 * Timers under the test's control: `setTimeout` calls are recorded, not scheduled,
 * and `advance(ms)` runs those that fall due.
 */
function fakeTimers() {
  const real = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
  const timers = new Map<number, { run: () => void; ms: number }>();
  let ids = 0;
  window.setTimeout = ((run: () => void, ms = 0) => (timers.set(++ids, { run, ms }), ids)) as typeof setTimeout;
  window.clearTimeout = ((id: number) => void timers.delete(id)) as typeof clearTimeout;
  return {
    pending: () => [...timers.values()].filter((t) => t.ms > 0).length,
    /** Moves the clock on by `ms`, running every timer that falls due. */
    advance(ms: number) {
      for (const [id, t] of [...timers]) if ((t.ms -= ms) <= 0) (timers.delete(id), t.run());
    },
    restore: () => Object.assign(window, real),
  };
}

describe('lifecycle: the "Link copied" status message', () => {
  let el: LayeredNotice;
  beforeEach(async () => {
    el = await renderNotice(await loadPayload('family-valued-evaluation'));
    navigator.clipboard.writeText = async () => {};
  });

  const copy = async (index: number) => {
    const link = $$<HTMLAnchorElement>(el, '[part="content"] a[data-copy]')[index];
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.click();
    for (let i = 0; i < 5; i++) await Promise.resolve();
    await el.updateComplete;
  };
  const status = () => $(el, '[role="status"]').textContent;

  it("a second copy is announced for its own 5 seconds, not cut short by the first one's timer", async () => {
    const timers = fakeTimers();
    try {
      await copy(0);
      expect(status()).to.equal('Link copied');
      timers.advance(3000);
      await copy(1);
      timers.advance(2000); // 5 s after the first copy, 2 s after the second
      await el.updateComplete;
      expect(status(), 'still announced 2 s after the second copy').to.equal('Link copied');
      timers.advance(3000);
      await el.updateComplete;
      expect(status()).to.equal('');
    } finally {
      timers.restore();
    }
  });

  it('removing the element clears its status timer', async () => {
    const timers = fakeTimers();
    try {
      await copy(0);
      expect(timers.pending()).to.equal(1);
      el.remove();
      expect(timers.pending()).to.equal(0);
    } finally {
      timers.restore();
    }
  });
});

describe('lifecycle: the title said after the reader picks a language', () => {
  it('stays in the status region until the next message: a screen reader busy with the redraw reads it late', async () => {
    const payload = await loadPayload('coventry-family-valued');
    const welsh = (payload.title as Record<string, string>).cy;
    const el = await fixture<LayeredNotice>(
      html`<layered-notice lang="en" src="/demo/notices/coventry-family-valued.json"></layered-notice>`,
    );
    await new Promise((r) => el.addEventListener('ln-ready', r, { once: true }));
    await el.updateComplete;
    const status = () => $(el, '[role="status"]').textContent;
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const timers = fakeTimers();
    try {
      $$<HTMLInputElement>(el, '[part="languages"] input')[1].click();
      for (let i = 0; i < 300 && $(el, '[part="base"]').getAttribute('lang') !== 'cy'; i++) await frame();
      for (let i = 0; i < 50 && !status(); i++) {
        await el.updateComplete;
        timers.advance(300);
        await el.updateComplete;
        await frame();
      }
      expect(status()).to.equal(welsh);
      timers.advance(60_000);
      await el.updateComplete;
      expect(status(), 'a minute later').to.equal(welsh);
    } finally {
      timers.restore();
    }
  });
});
