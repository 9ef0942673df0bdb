/** The demo payloads, the seed texts they were written from, and helpers to render them. */
import { fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { LayeredNotice } from '../../src/layered-notice.js';
import type { Notice } from '../../src/schema/index.js';

export const SLUGS = [
  'family-valued-evaluation',
  'no-wrong-door-evaluation',
  'coventry-family-valued',
  'worcestershire-childrens-services',
  'children-in-need-looked-after',
] as const;

/** Every demo notice: the seed notices and the facts-only one, which has no seed text. */
export const NOTICES = [...SLUGS, 'parking-permits'] as const;

/**
 * A demo payload. Typed with its sections present, as in the seed notices the tests take them from;
 * the facts-only notice has none, and the tests that load it check for that.
 */
export type DemoNotice = Notice & { sections: NonNullable<Notice['sections']> };

export const loadPayload = async (slug: string): Promise<DemoNotice> => (await fetch(`/demo/notices/${slug}.json`)).json();
export const loadSeed = async (slug: string): Promise<string> => (await fetch(`/test/fixtures/seeds/${slug}.txt`)).text();

/** Waits for the element to render a notice, or to give up with an error. */
export const settled = (el: LayeredNotice): Promise<Event> =>
  new Promise((resolve) => {
    el.addEventListener('ln-ready', resolve, { once: true });
    el.addEventListener('ln-error', resolve, { once: true });
  });

/** Renders a payload given as the `notice` property and waits until it is shown (or refused). */
export async function renderNotice(notice: unknown, lang = 'en'): Promise<LayeredNotice> {
  let done!: () => void;
  const shown = new Promise<void>((resolve) => (done = resolve));
  const el = await fixture<LayeredNotice>(
    html`<layered-notice
      lang=${lang}
      .notice=${notice}
      @ln-ready=${() => done()}
      @ln-error=${(e: CustomEvent) => e.detail.kind !== 'locale' && done()}
      ><a href="/privacy">Read our privacy notice</a></layered-notice
    >`,
  );
  await shown;
  await el.updateComplete;
  return el;
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => shadow(el).querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...shadow(el).querySelectorAll<T>(selector)];

/** The text a sighted reader sees, including closed sections once opened. */
export const visibleText = (el: Element): string => (shadow(el).querySelector('[part="base"]') as HTMLElement).innerText;

export async function openAll(el: LayeredNotice): Promise<void> {
  const showAll = $<HTMLButtonElement>(el, '[part="show-all"]');
  if (showAll.getAttribute('aria-expanded') !== 'true') showAll.click();
  await el.updateComplete;
}
