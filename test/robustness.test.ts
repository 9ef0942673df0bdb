import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { LayeredNotice } from '../src/layered-notice.js';
import { validateNotice } from '../src/schema/validate.js';
import { SLUGS, loadPayload, settled, type DemoNotice } from './helpers/notices.js';

/**
 * Mutated payloads set one after another on one element's `notice` property: nothing
 * is ever thrown uncaught, and after each the reader sees either the notice or the
 * page's fallback link, never a blank or half-drawn box. A payload the validator
 * accepts always renders; one it refuses always leaves the fallback.
 *
 * fast-check runs in the browser as it is (its ES module build, resolved by the dev
 * server). The seed is printed; a failure prints the shrunk payload's mutations.
 */

const RUNS = 1000;

type Path = (string | number)[];
const paths = (value: unknown, prefix: Path = [], out: Path[] = []): Path[] => {
  if (value && typeof value === 'object')
    for (const k of Object.keys(value)) {
      const key = Array.isArray(value) ? Number(k) : k;
      out.push([...prefix, key]);
      paths((value as Record<string, unknown>)[k], [...prefix, key], out);
    }
  return out;
};

const parentOf = (root: any, path: Path) => path.slice(0, -1).reduce((n, k) => n[k], root);
const define = (o: object, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

const keyArb = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'text',
    'items',
    'type',
    'href',
    'id',
    'en',
    'cy',
    'heading',
    'body',
    'audiences',
    'summary',
    'action',
  ),
);
const valueArb = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    'x',
    'A15',
    'A6-1-e',
    'list',
    'table',
    'heading',
    'address',
    'paragraph',
    'https://example.org/',
    'x@example.org',
    '2026-02-30',
    '2026-02-28',
    'cy',
    0,
    null,
    true,
    [],
    {},
    ['x'],
    { text: 'x' },
  ),
);
type Op = { at: number; kind: string; key: string; value: unknown };
const opArb = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'retype', 'add', 'rename', 'duplicate', 'empty'),
  key: keyArb,
  value: valueArb,
});

function mutate(payload: any, ops: Op[]): any {
  for (const op of ops) {
    const all = paths(payload);
    if (!all.length) break;
    const path = all[op.at % all.length];
    const parent = parentOf(payload, path);
    const key = path[path.length - 1];
    const node = parent[key];
    if (op.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (op.kind === 'retype') parent[key] = structuredClone(op.value);
    else if (op.kind === 'add') {
      if (Array.isArray(node)) node.push(structuredClone(op.value));
      else if (node && typeof node === 'object') define(node, op.key, structuredClone(op.value));
      else if (!Array.isArray(parent)) define(parent, op.key, structuredClone(op.value));
    } else if (op.kind === 'rename' && !Array.isArray(parent) && op.key !== key) {
      define(parent, op.key, node);
      delete parent[key];
    } else if (op.kind === 'duplicate' && Array.isArray(parent)) parent.splice(key as number, 0, structuredClone(node));
    else if (op.kind === 'empty') parent[key] = Array.isArray(node) ? [] : node && typeof node === 'object' ? {} : '';
  }
  return payload;
}

describe('mutated payloads on one element: no uncaught error, always the notice or the fallback', function () {
  this.timeout(60_000);
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${(e.reason as Error)?.message ?? e.reason}`);
  const logged = console.error;

  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    console.error = logged;
  });

  it(`${RUNS} mutated demo payloads`, async () => {
    const demos = Object.fromEntries(await Promise.all(SLUGS.map(async (s) => [s, await loadPayload(s)] as const)));
    const el = document.createElement('layered-notice') as LayeredNotice;
    el.innerHTML = '<a href="/privacy/notice">Read our privacy notice</a>';
    el.notice = demos[SLUGS[0]];
    let done = settled(el);
    document.body.append(el);
    expect((await done).type).to.equal('ln-ready');

    // The element reports each refused payload on the console: counted, not printed.
    let errorsLogged = 0;
    console.error = () => void (errorsLogged += 1);
    const seen = { rendered: 0, fallback: 0 };
    let count = 0;
    const seed = Date.now() % 2 ** 31;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SLUGS), fc.array(opArb, { minLength: 1, maxLength: 4 }), async (slug, ops) => {
        const payload = mutate(structuredClone(demos[slug]), ops);
        const valid = validateNotice(payload).ok;
        done = settled(el);
        el.notice = payload;
        const event = await done;
        try {
          await el.updateComplete;
        } catch (e) {
          uncaught.push(`update: ${(e as Error).message}`);
        }
        // Let anything thrown asynchronously reach the window's listeners: a task later, every
        // 20 payloads (a failure then names one of the last 20; the updates' own errors are caught above).
        if (++count % 20 === 0) await new Promise((r) => setTimeout(r));
        expect(uncaught, JSON.stringify(ops)).to.deep.equal([]);
        const base = el.shadowRoot!.querySelector('[part="base"]');
        const slot = el.shadowRoot!.querySelector('slot');
        expect(Boolean(base) !== Boolean(slot), 'exactly one of the notice and the fallback').to.equal(true);
        if (valid) {
          expect(event.type, `a valid payload renders: ${JSON.stringify(ops)}`).to.equal('ln-ready');
          expect(base, 'the notice').to.exist;
          expect(base!.querySelectorAll('[part="section"]').length).to.be.greaterThan(0);
          seen.rendered += 1;
        } else {
          expect(event.type, `an invalid payload is refused: ${JSON.stringify(ops)}`).to.equal('ln-error');
          expect(['schema', 'version']).to.include((event as CustomEvent).detail.kind);
          expect(slot, 'the fallback').to.exist;
          expect(el.querySelector('a')!.assignedSlot).to.equal(slot);
          seen.fallback += 1;
        }
      }),
      { numRuns: RUNS, seed },
    );
    console.error = logged;
    await new Promise((r) => setTimeout(r, 50));
    expect(uncaught, 'thrown after the last payload').to.deep.equal([]);
    const took = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `robustness: ${RUNS} mutated payloads on one element in ${took}s (seed ${seed}): ${seen.rendered} rendered, ${seen.fallback} refused with the fallback shown, ${errorsLogged} console reports, 0 uncaught`,
    );
    expect(seen.rendered + seen.fallback).to.equal(RUNS);
    expect(errorsLogged).to.equal(seen.fallback);
    expect(seen.rendered, 'some mutations keep the payload valid').to.be.greaterThan(20);
    el.remove();
  });
});

describe('impossible dates, where engines parse dates differently', () => {
  // Found by the fuzzing above in WebKit: new Date('2026-02-30') is invalid there (V8 rolls
  // it over to March), and the validator's toISOString() threw instead of naming the field.
  for (const date of ['2026-02-30', '2026-02-32', '2026-13-01', '0001-00-00', '2026-02-29']) {
    it(`lastUpdated "${date}" is refused with its path, in this engine too`, async () => {
      const payload = { ...(await loadPayload('coventry-family-valued')), lastUpdated: date };
      expect(validateNotice(payload)).to.deep.equal({
        ok: false,
        problems: [{ path: 'lastUpdated', message: `expected a date (YYYY-MM-DD), got "${date}"` }],
      });
      const logged = console.error;
      console.error = () => {};
      const el = document.createElement('layered-notice') as LayeredNotice;
      el.innerHTML = '<a href="/privacy/notice">Read our privacy notice</a>';
      el.notice = payload;
      const done = settled(el);
      document.body.append(el);
      const event = (await done) as CustomEvent;
      console.error = logged;
      expect(event.type).to.equal('ln-error');
      expect(event.detail.problems).to.deep.equal([{ path: 'lastUpdated', message: `expected a date (YYYY-MM-DD), got "${date}"` }]);
      el.remove();
    });
  }
});

// ------------------------------------------------------------------------------------------
// Lifecycle: several notices on one page, an element moved around many times, and
// its source changed in quick succession.

const nextTask = () => new Promise((r) => setTimeout(r));
const until = async (cond: () => boolean, ms = 5000) => {
  for (const end = Date.now() + ms; !cond() && Date.now() < end;) await new Promise((r) => setTimeout(r, 10));
};

/** A notice element, given its payload by `src` or the property, with a fallback link; resolves when it settled. */
async function place(setup: (el: LayeredNotice) => void, parent: Element = document.body): Promise<{ el: LayeredNotice; event: Event }> {
  const el = document.createElement('layered-notice') as LayeredNotice;
  el.innerHTML = '<a href="/privacy/notice">Read our privacy notice</a>';
  setup(el);
  const done = settled(el);
  parent.append(el);
  return { el, event: await done };
}

const base = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]');
const words = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('lifecycle', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('layered-notice, .host').forEach((e) => e.remove()));

  it('five different notices in five languages on one page do not interfere', async () => {
    const langs = ['en', 'cy', 'en-GB', 'pl', 'ar'];
    const payloads = await Promise.all(SLUGS.map(loadPayload));
    // What the English interface says when the notice is alone on the page.
    const alone = await place((el) => (el.notice = payloads[0]));
    const englishUi = words(base(alone.el)!.querySelector('[part="sections"] h3'));
    const englishShowAll = words(base(alone.el)!.querySelector('[part="show-all"]'));
    alone.el.remove();

    // All five at once, so their loads (and any locale loads) overlap.
    const placed = await Promise.all(
      SLUGS.map((slug, i) => place((el) => ((el.lang = langs[i]), (el.src = `/demo/notices/${slug}.json`)))),
    );
    placed.forEach(({ el, event }, i) => {
      expect(event.type, SLUGS[i]).to.equal('ln-ready');
      const b = base(el)!;
      // Its own payload, in its own language.
      // (A title may be a map of language to text: the one in the element's language, else English.)
      const title = payloads[i].title;
      const want = typeof title === 'string' ? title : (title[b.lang] ?? title[b.lang.split('-')[0]] ?? title.en);
      expect(words(b.querySelector(`[id="${payloads[i].id}-title"]`))).to.equal(want);
      expect([langs[i], langs[i].split('-')[0], 'en'], `${SLUGS[i]} interface language`).to.include(b.lang);
      expect((event as CustomEvent).detail.lang, 'ln-ready says the language shown').to.equal(b.lang);
      expect(b.dir).to.equal(b.lang.startsWith('ar') ? 'rtl' : 'ltr');
      for (const node of b.querySelectorAll('[id]')) expect(node.id.startsWith(`${payloads[i].id}-`), node.id).to.equal(true);
    });
    // The English one reads exactly as it does alone.
    expect(words(base(placed[0].el)!.querySelector('[part="sections"] h3'))).to.equal(englishUi);
    expect(words(base(placed[0].el)!.querySelector('[part="show-all"]'))).to.equal(englishShowAll);

    // Opening a section in one opens nothing in the others.
    const expanded = () => placed.map(({ el }) => el.shadowRoot!.querySelectorAll('[part="section-button"][aria-expanded="true"]').length);
    expect(expanded()).to.deep.equal([0, 0, 0, 0, 0]);
    el2click(placed[2].el);
    await placed[2].el.updateComplete;
    expect(expanded()).to.deep.equal([0, 0, 1, 0, 0]);
    (placed[4].el.shadowRoot!.querySelector('[part="show-all"]') as HTMLElement).click();
    await placed[4].el.updateComplete;
    expect(expanded()).to.deep.equal([0, 0, 1, 0, payloads[4].sections.length]);

    // Changing one element's language (where the element follows it live) changes no other.
    const before = placed.map(({ el }) => base(el)!.lang);
    placed[1].el.lang = 'en';
    await until(() => base(placed[1].el)!.lang === 'en', 1000);
    await nextTask();
    expect(placed.map(({ el }) => base(el)!.lang).filter((_, i) => i !== 1)).to.deep.equal(before.filter((_, i) => i !== 1));
    expect(words(base(placed[0].el)!.querySelector('[part="show-all"]'))).to.equal(englishShowAll);
  });

  function el2click(el: LayeredNotice) {
    (el.shadowRoot!.querySelector('[part="section-button"]') as HTMLElement).click();
  }

  it('1 000 disconnect/reconnect cycles leave one hashchange listener (and, in Chromium, no growing memory)', async () => {
    const live = new Set<unknown>();
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    // The element listens with the global addEventListener, which resolves to these.
    window.addEventListener = function (
      this: Window,
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ) {
      if (type === 'hashchange') live.add(listener);
      return add.call(this, type, listener, options);
    } as typeof add;
    window.removeEventListener = function (
      this: Window,
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions,
    ) {
      if (type === 'hashchange') live.delete(listener);
      return remove.call(this, type, listener, options);
    } as typeof remove;
    // Chromium only, and not in the DOM types.
    const memory = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
    try {
      const payload = await loadPayload('no-wrong-door-evaluation');
      const hosts = [document.createElement('div'), document.createElement('div')];
      for (const h of hosts) {
        h.className = 'host';
        document.body.append(h);
      }
      const { el, event } = await place((e) => (e.notice = payload), hosts[0]);
      expect(event.type).to.equal('ln-ready');
      expect(live.size, 'one listener while connected').to.equal(1);
      el.remove();
      expect(live.size, 'none while disconnected').to.equal(0);
      hosts[0].append(el);

      let heapAfterWarmUp: number | undefined;
      for (let i = 1; i <= 1000; i++) {
        el.remove();
        // Reconnect in another place every other time: a CMS moving the block.
        hosts[i % 2].append(el);
        if (i % 100 === 0) {
          await el.updateComplete;
          await nextTask();
          expect(live.size, `after ${i} cycles`).to.equal(1);
          if (i === 200) heapAfterWarmUp = memory();
        }
      }
      const heapAfter = memory();
      if (heapAfterWarmUp !== undefined && heapAfter !== undefined) {
        const grew = (heapAfter - heapAfterWarmUp) / 2 ** 20;
        console.log(`lifecycle: JS heap ${grew >= 0 ? 'grew' : 'shrank'} ${Math.abs(grew).toFixed(1)} MB over 800 reconnects`);
        expect(grew, 'MB of heap growth over 800 reconnects').to.be.below(20);
      }
      // Still one working element: a link to a section opens it, once.
      const toggles: unknown[] = [];
      el.addEventListener('ln-toggle', (e) => toggles.push((e as CustomEvent).detail));
      const section = payload.sections[2].id;
      location.hash = `${payload.id}-${section}`;
      await until(() => toggles.length > 0);
      await nextTask();
      expect(toggles).to.deep.equal([{ section, open: true }]);
      expect(el.shadowRoot!.querySelector(`[id="${payload.id}-${section}-content"]`)!.hasAttribute('hidden')).to.equal(false);
      history.replaceState(null, '', location.pathname + location.search);
      el.remove();
      expect(live.size).to.equal(0);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
  });

  it('changing src five times quickly shows the last notice, even when earlier answers arrive later', async () => {
    const order = [
      'family-valued-evaluation',
      'no-wrong-door-evaluation',
      'coventry-family-valued',
      'worcestershire-childrens-services',
      'children-in-need-looked-after',
    ];
    const last = await loadPayload(order[4]);
    const el = document.createElement('layered-notice') as LayeredNotice;
    el.innerHTML = '<a href="/privacy/notice">Read our privacy notice</a>';
    const events: string[] = [];
    el.addEventListener('ln-ready', (e) => events.push(`ready ${(e as CustomEvent).detail.notice.id}`));
    el.addEventListener('ln-error', (e) => events.push(`error ${(e as CustomEvent).detail.kind}`));
    document.body.append(el);
    const logged = console.error;
    console.error = () => {};
    try {
      // The first request answers last: /test/csp/notices/ serves demo payloads after ?delay= ms.
      for (const [i, slug] of order.entries()) {
        el.src = `/test/csp/notices/${slug}.json?delay=${(order.length - 1 - i) * 150}`;
        await new Promise((r) => setTimeout(r, 20));
      }
      await until(() => events.length > 0);
      // Long enough for every earlier request to have answered.
      await new Promise((r) => setTimeout(r, 800));
    } finally {
      console.error = logged;
    }
    await el.updateComplete;
    expect(events).to.deep.equal([`ready ${last.id}`]);
    expect(words(base(el)!.querySelector(`[id="${last.id}-title"]`))).to.equal(typeof last.title === 'string' ? last.title : last.title.en);
  });

  // A page may move the element while its payload loads (a CMS re-ordering blocks, a
  // framework re-parenting nodes): disconnecting aborts the load, reconnecting starts it again.
  it('moving the element while its payload is still loading: it still renders', async () => {
    const hosts = [document.createElement('div'), document.createElement('div')];
    for (const h of hosts) {
      h.className = 'host';
      document.body.append(h);
    }
    const el = document.createElement('layered-notice') as LayeredNotice;
    el.innerHTML = '<a href="/privacy/notice">Read our privacy notice</a>';
    el.src = '/test/csp/notices/coventry-family-valued.json?delay=300';
    const done = settled(el);
    hosts[0].append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    hosts[1].append(el);
    const event = await Promise.race([done, new Promise<string>((r) => setTimeout(() => r('timeout'), 2000))]);
    expect(typeof event === 'string' ? event : event.type).to.equal('ln-ready');
    expect(base(el)).to.exist;
  });
});

// ------------------------------------------------------------------------------------------
// Hostile host pages: page styles outside the element must not open closed sections,
// hide the notice or make its text unreadable. The notice inherits the page's font
// (family, size, colour) on purpose, so its text is the size of the page's own.

const HOSTILE: Record<string, { css: string; text?: number }> = {
  '* { all: unset }': { css: '* { all: unset }' },
  '[hidden] { display: block !important }': { css: '[hidden] { display: block !important }' },
  'html { font-size: 4px }': { css: 'html { font-size: 4px }' },
  'html { font-size: 40px }': { css: 'html { font-size: 40px }' },
  // The "62.5 % rem trick" and its opposite: the root size changes, the page's text does not.
  'html { font-size: 4px } with the page text at 16px': { css: 'html { font-size: 4px } body { font-size: 16px }', text: 16 },
  'html { font-size: 40px } with the page text at 16px': { css: 'html { font-size: 40px } body { font-size: 16px }', text: 16 },
};

describe('hostile host page styles', function () {
  this.timeout(30_000);
  let payload: DemoNotice;
  before(async () => (payload = await loadPayload('no-wrong-door-evaluation')));
  afterEach(() => document.querySelectorAll('.hostile, .host, layered-notice').forEach((e) => e.remove()));

  for (const [name, { css, text }] of Object.entries(HOSTILE)) {
    it(`${name}: renders, closed sections stay closed, text as large as the page's`, async () => {
      const style = document.createElement('style');
      style.className = 'hostile';
      style.textContent = css;
      document.head.append(style);
      const host = document.createElement('div');
      host.className = 'host';
      host.innerHTML = "<p>The page's own paragraph.</p>";
      document.body.append(host);
      const { el, event } = await place((e) => (e.notice = payload), host);
      expect(event.type).to.equal('ln-ready');
      const b = base(el)!;
      const box = b.getBoundingClientRect();
      expect(box.width, 'rendered width').to.be.greaterThan(100);
      expect(box.height, 'rendered height').to.be.greaterThan(100);
      expect(b.checkVisibility(), 'the notice is visible').to.equal(true);

      // Closed: every section's content is hidden and none of it is displayed.
      const contents = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="content"]')];
      expect(contents.length).to.equal(payload.sections.length);
      for (const c of contents) {
        expect(c.hasAttribute('hidden'), c.id).to.equal(true);
        for (const child of c.children) expect(child.checkVisibility(), `${c.id} > ${child.localName} is not displayed`).to.equal(false);
      }
      // The check can tell: one opened section's content is displayed.
      (el.shadowRoot!.querySelector('[part="section-button"]') as HTMLElement).click();
      await el.updateComplete;
      expect(contents[0].firstElementChild!.checkVisibility(), 'an opened section is displayed').to.equal(true);
      expect(contents[1].firstElementChild!.checkVisibility(), 'the next one stays closed').to.equal(false);

      // Readable: body text the size of the page's own text, headings larger but not huge.
      const pageText = parseFloat(getComputedStyle(host.querySelector('p')!).fontSize);
      const size = (selector: string) => parseFloat(getComputedStyle(el.shadowRoot!.querySelector(selector)!).fontSize);
      const bodyText = size('[part="content"] p');
      expect(bodyText, 'section text, px').to.be.closeTo(pageText, 0.5);
      expect(size('[part="section-button"]'), 'section buttons, px').to.be.closeTo(pageText, 0.5);
      expect(size('[part="glance"] dd'), 'at-a-glance text, px').to.be.closeTo(pageText, 0.5);
      for (const h of ['h2', 'h3', 'h4']) {
        expect(size(h), `${h}, px`).to.be.within(bodyText, bodyText * 2);
      }
      if (text) expect(bodyText, 'text where the page text is 16px').to.be.within(12, 24);
      // Colour is inherited too (the page's text colour unless --ln-color-text is set).
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="content"] p')!).color).to.equal(
        getComputedStyle(host.querySelector('p')!).color,
      );
    });
  }
});

// ------------------------------------------------------------------------------------------
// Old browsers: the classic script on a page with no custom elements.

describe('a browser without custom elements (test/csp/no-custom-elements.html)', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  async function openWithout(mode: string): Promise<Window> {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    frame.src = `/test/csp/no-custom-elements.html?mode=${mode}&slug=coventry-family-valued`;
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    await new Promise((r) => setTimeout(r, 300));
    const win = frame.contentWindow!;
    expect(win.customElements, 'the page really has no custom elements').to.equal(undefined);
    return win;
  }

  for (const mode of ['delete', 'undefined']) {
    const how = mode === 'delete' ? 'deleted' : 'set to undefined';
    it(`customElements ${how}: the fallback link shows`, async () => {
      const win = await openWithout(mode);
      const el = win.document.querySelector('layered-notice')!;
      const link = el.querySelector('a')!;
      expect(el.shadowRoot, 'not upgraded').to.equal(null);
      expect(link.getBoundingClientRect().height, 'the fallback link is displayed').to.be.greaterThan(0);
      expect(link.textContent).to.equal('Read our privacy notice');
    });

    // The reader gets the fallback link, and the page logs no uncaught error.
    it(`customElements ${how}: no error thrown while the script loads`, async () => {
      const win = await openWithout(mode);
      expect(win.__errors, 'errors thrown while the script loaded').to.deep.equal([]);
    });
  }
});
