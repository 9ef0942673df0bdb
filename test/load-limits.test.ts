import { expect, fixture, html } from '@open-wc/testing';
import type { LayeredNotice } from '../src/layered-notice.js';
import { settled } from './helpers/notices.js';

/**
 * A payload over the size limit is refused while it downloads, not after: a 64 MB file
 * (a wrong src, a log file, a hostile server) must not be read in full by every reader.
 */
describe('payload size limit, while reading', function () {
  this.timeout(30_000);
  let realFetch: typeof fetch;
  beforeEach(() => (realFetch = window.fetch));
  afterEach(() => (window.fetch = realFetch));

  it('a 64 MB src is refused after reading little more than the 512 KB limit, and the fallback stays', async () => {
    const CHUNK = 64 * 1024;
    let pulled = 0;
    window.fetch = async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            pulled++;
            if (pulled > 1024) controller.close();
            else controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const logged = console.error;
    console.error = () => {};
    try {
      const el = await fixture<LayeredNotice>(html`<layered-notice><a href="/privacy">Read our privacy notice</a></layered-notice>`);
      const done = settled(el);
      el.src = '/big.json';
      const event = (await done) as CustomEvent;
      expect(event.type).to.equal('ln-error');
      expect(event.detail.kind).to.equal('too-large');
      expect(event.detail.message).to.match(/over the limit of 524288/);
      expect(pulled * CHUNK, 'bytes read').to.be.at.most(512 * 1024 + 2 * CHUNK);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      console.error = logged;
    }
  });

  it('a server that stops sending is reported after 15 s, with the fallback kept', async () => {
    // As fetch does, aborting the request errors its body.
    window.fetch = async (_input, init) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"version": 1,'));
            init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const logged = console.error;
    console.error = () => {};
    try {
      const el = await fixture<LayeredNotice>(html`<layered-notice><a href="/privacy">Read our privacy notice</a></layered-notice>`);
      const done = settled(el);
      const started = performance.now();
      el.src = '/slow.json';
      const event = (await done) as CustomEvent;
      expect(event.detail.kind).to.equal('network');
      expect(event.detail.message).to.equal('no answer within 15 s');
      expect(performance.now() - started).to.be.within(14_000, 20_000);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      console.error = logged;
    }
  });
});
