import { expect } from '@open-wc/testing';
import type { LayeredNotice } from '../src/layered-notice.js';

/**
 * The server-rendered upgrade (`layered-notice render --embed`): the notice is on
 * the page before any script runs, and when the element takes over nothing moves
 * and the payload is not fetched. The pages are written by test/node/ssr-embed.test.mjs.
 */
async function open(page: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  frame.src = `/dist/ssr/${page}`;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return frame.contentWindow!;
}

const ready = async (el: Element): Promise<void> => {
  for (let i = 0; i < 100 && !(el as LayeredNotice).hasUpdated; i++) await new Promise((r) => setTimeout(r, 50));
  await (el as LayeredNotice).updateComplete;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
};

describe('server-rendered embed (render --embed)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows the whole notice without JavaScript, every section open', async () => {
    const win = await open('no-script.html');
    const el = win.document.querySelector('layered-notice')!;
    // Declarative shadow DOM (https://html.spec.whatwg.org/multipage/scripting.html#attr-template-shadowrootmode):
    // an engine without it shows the fallback link instead, and that link must be visible.
    if (!('shadowRootMode' in (win as typeof window).HTMLTemplateElement.prototype)) {
      const link = el.querySelector('a')!;
      expect(link.getBoundingClientRect().height, 'the fallback link is visible').to.be.greaterThan(0);
      return;
    }
    expect(el.shadowRoot, 'the server-rendered shadow root').to.exist;
    if (!el.shadowRoot) return;
    const buttons = [...el.shadowRoot.querySelectorAll('[part="section-button"]')];
    expect(buttons.length).to.be.greaterThan(3);
    expect(buttons.every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(el.shadowRoot.textContent).to.contain('We keep all of the data for five years');
  });

  it('the element takes over in place: nothing below it moves, and the payload is not fetched', async () => {
    // Where "Text after the notice" sits with the server markup alone...
    const before = (await open('no-script.html')).document.getElementById('after')!.getBoundingClientRect().top;
    document.querySelector('iframe')!.remove();
    // ...and after the script has upgraded the element.
    const win = await open('with-script.html');
    const el = win.document.querySelector('layered-notice')!;
    await ready(el);
    expect(el.shadowRoot!.querySelectorAll('[part="base"]').length, 'one notice, not two').to.equal(1);
    const after = win.document.getElementById('after')!.getBoundingClientRect().top;
    expect(Math.abs(after - before), `moved from ${before} to ${after}`).to.be.lessThan(1);
    const requests = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(requests.filter((p) => p.includes('/notices/'))).to.deep.equal([]);
    // Chromium measures layout shift itself: it must be 0.
    if ('LayoutShift' in win) {
      // The buffered observer reports at once if there were shifts; with none it never calls back.
      const shifts = await new Promise<number>((resolve) => {
        new (win as unknown as typeof globalThis).PerformanceObserver((list) =>
          resolve(list.getEntries().reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0)),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 1000);
      });
      expect(shifts).to.equal(0);
    }
    // And it works: a section closes when asked.
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="section-button"]')!;
    button.click();
    await (el as LayeredNotice).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });
});
