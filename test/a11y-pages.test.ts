/**
 * Accessibility checks (numbered as in docs/accessibility.md) that need a whole page: the classic script on a
 * CMS-like page in a frame. Focus not obscured by a sticky header (3), deep links and
 * two notices on one page (5), reflow at 320px and 200% text (8), and the fallback
 * without JavaScript (10). docs/accessibility.md describes what each asserts.
 */
import { expect } from '@open-wc/testing';
import type { LayeredNotice } from '../src/layered-notice.js';
import { NOTICES, loadPayload } from './helpers/notices.js';
import { label, nextFrame, openAllIn, openFrame, renderedIn, until, type Frame } from './helpers/a11y.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

/** Sets the frame's fragment and waits until the notice has focused the element it names. */
async function go({ win }: Frame, el: HTMLElement, id: string): Promise<HTMLElement> {
  win.location.hash = `#${id}`;
  const root = el.shadowRoot!;
  await until(() => root.activeElement?.id === id, `focus on #${id}`);
  await (el as LayeredNotice).updateComplete;
  await nextFrame(win);
  return root.getElementById(id)!;
}

const isOpen = (heading: Element): string | null => heading.querySelector('button')!.getAttribute('aria-expanded');

// ------------------------------------------------------------ 3. focus not obscured

describe('focus not obscured by a sticky header (WCAG 2.4.11)', () => {
  it('a section reached by its link is opened, focused and scrolled to just below the 80px header', async () => {
    const payload = await loadPayload('children-in-need-looked-after');
    const frame = await openFrame('/test/fixtures/pages/sticky-header.html', 800, 600);
    const [el] = await renderedIn(frame.doc);
    const header = frame.doc.querySelector('header')!;
    expect(getComputedStyle(header).position).to.equal('sticky');
    for (const section of [payload.sections[3], payload.sections[7], payload.sections[1]]) {
      const id = `${payload.id}-${section.id}`;
      const heading = await go(frame, el, id);
      expect(isOpen(heading), `${section.id} opened`).to.equal('true');
      expect(frame.doc.activeElement).to.equal(el);
      expect(frame.win.getComputedStyle(heading).scrollMarginTop).to.equal('96px');
      expect(frame.win.scrollY, 'the page scrolled').to.be.greaterThan(0);
      const bottom = header.getBoundingClientRect().bottom;
      const top = heading.getBoundingClientRect().top;
      expect(bottom, 'header stuck to the top').to.equal(80);
      expect(top, `top of the focused heading "${section.heading}"`).to.be.at.least(bottom);
      expect(top, 'scrolled to the scroll margin').to.be.closeTo(96, 2);
      expect(heading.getBoundingClientRect().bottom).to.be.at.most(frame.win.innerHeight);
    }
    // The check can fail: without the scroll margin the same navigation puts the heading under the header.
    el.style.setProperty('--ln-scroll-margin', '0px');
    const heading = await go(frame, el, `${payload.id}-${payload.sections[5].id}`);
    expect(heading.getBoundingClientRect().top, 'without --ln-scroll-margin').to.be.below(header.getBoundingClientRect().bottom);
  });
});

// ------------------------------------------------------------------ 5. deep links

describe('deep links', () => {
  it('a page opened at #<notice id>-<section id> opens, scrolls to and focuses that section; a later hashchange too', async () => {
    const payload = await loadPayload('family-valued-evaluation');
    const [first, second] = [payload.sections[5], payload.sections[2]];
    const frame = await openFrame(`/demo/family-valued-evaluation.html#${payload.id}-${first.id}`, 800, 500);
    const [el] = await renderedIn(frame.doc);
    const root = el.shadowRoot!;
    await until(() => root.activeElement?.id === `${payload.id}-${first.id}`, 'focus on the section named in the URL');
    await nextFrame(frame.win);
    const heading = root.getElementById(`${payload.id}-${first.id}`)!;
    expect(isOpen(heading)).to.equal('true');
    expect(root.querySelectorAll('[part="content"]:not([hidden])'), 'only that section opened').to.have.length(1);
    expect(frame.win.scrollY).to.be.greaterThan(0);
    expect(heading.getBoundingClientRect().top).to.be.closeTo(16, 2); // the default 1rem scroll margin
    const later = await go(frame, el, `${payload.id}-${second.id}`);
    expect(isOpen(later)).to.equal('true');
    expect(isOpen(heading), 'the first section stays open').to.equal('true');
    expect(later.getBoundingClientRect().top).to.be.closeTo(16, 2);
    // Layers have addresses too: the rights layer's heading takes focus.
    const rights = await go(frame, el, `${payload.id}-rights`);
    expect(rights.closest('[part="rights"]')).to.exist;
  });

  it('two different notices on one page: ids are unique across both shadow roots, and a link opens its own notice only', async () => {
    const frame = await openFrame('/test/fixtures/pages/two-notices.html', 800, 600);
    const [one, two] = await renderedIn(frame.doc, 2);
    const ids = new Map<string, string>();
    const dupes: string[] = [];
    for (const [where, root] of [
      ['page', frame.doc],
      ['first', one.shadowRoot!],
      ['second', two.shadowRoot!],
    ] as const) {
      for (const e of root.querySelectorAll('[id]')) {
        if (ids.has(e.id)) dupes.push(`${e.id} (${ids.get(e.id)} and ${where})`);
        ids.set(e.id, where);
      }
    }
    expect(dupes).to.deep.equal([]);
    for (const [host, noticeId] of [
      [one, 'family-valued-evaluation'],
      [two, 'coventry-family-valued'],
    ] as const) {
      const root = host.shadowRoot!;
      const own = [...root.querySelectorAll('[id]')];
      expect(own.length).to.be.at.least(10);
      for (const e of own) expect(e.id, 'ids are prefixed with the notice id').to.match(new RegExp(`^${noticeId}-`));
      // Every ARIA reference resolves inside its own shadow root.
      for (const e of root.querySelectorAll('[aria-controls], [aria-labelledby]'))
        for (const ref of `${e.getAttribute('aria-controls') ?? ''} ${e.getAttribute('aria-labelledby') ?? ''}`
          .split(/\s+/)
          .filter(Boolean))
          expect(root.getElementById(ref), `${label(e)} refers to #${ref}`).to.exist;
    }
    const coventry = await loadPayload('coventry-family-valued');
    const heading = await go(frame, two, `${coventry.id}-${coventry.sections[2].id}`);
    expect(isOpen(heading)).to.equal('true');
    expect(frame.doc.activeElement).to.equal(two);
    expect(one.shadowRoot!.querySelectorAll('[part="content"]:not([hidden])'), 'the other notice is untouched').to.have.length(0);
  });
});

// --------------------------------------------------------------------- 8. reflow

/** Everything in the notice that sticks out of the frame sideways (tables scroll in their own box). */
function outside(el: HTMLElement, width: number): string[] {
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((e) => !e.closest('.vh') && !e.parentElement?.closest('.table'))
    .filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && (r.left < -0.5 || r.right > width + 0.5);
    })
    .map((e) => `${label(e)} [${Math.round(e.getBoundingClientRect().left)}, ${Math.round(e.getBoundingClientRect().right)}]`);
}

async function noHorizontalScroll(url: string, width: number, height: number, bigText = false): Promise<{ frame: Frame; el: HTMLElement }> {
  const frame = await openFrame(url, width, height);
  const [el] = await renderedIn(frame.doc);
  if (bigText) frame.doc.documentElement.style.fontSize = '200%';
  await openAllIn(el);
  const html = frame.doc.documentElement;
  expect(el.shadowRoot!.querySelector('[part="content"][hidden]'), 'all sections open').to.equal(null);
  if (bigText) expect(parseFloat(frame.win.getComputedStyle(el).fontSize)).to.equal(32);
  expect(html.clientWidth).to.be.at.most(width);
  expect(html.scrollWidth, `page width at ${width}px${bigText ? ' with 200% text' : ''}`).to.be.at.most(html.clientWidth);
  expect(outside(el, html.clientWidth)).to.deep.equal([]);
  return { frame, el };
}

describe('reflow (WCAG 1.4.10) and 200% text (1.4.4)', () => {
  for (const slug of NOTICES) {
    it(`${slug}: all sections open at 320px wide, no horizontal scrolling`, async () => {
      await noHorizontalScroll(`/demo/${slug}.html`, 320, 640);
    });
  }

  it('right to left (ar) at 320px wide, no horizontal scrolling', async () => {
    const { el } = await noHorizontalScroll('/demo/worcestershire-childrens-services.html?lang=ar', 320, 640);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('long email addresses and web addresses wrap at 320px', async () => {
    const { el } = await noHorizontalScroll('/test/fixtures/pages/long-strings.html', 320, 640);
    // The visible text: an action link's purpose, after it, is visually hidden.
    const shown = (a: Element) =>
      [...a.childNodes]
        .map((c) => (c.nodeType === Node.TEXT_NODE || (c instanceof Element && !c.classList.contains('vh')) ? c.textContent : ''))
        .join('');
    const long = [...el.shadowRoot!.querySelectorAll('a')].filter((a) => shown(a).length > 60);
    expect(long.length, 'long links in the fixture').to.be.at.least(3);
    for (const a of long) expect(a.getClientRects().length, `"${shown(a).slice(0, 30)}…" wraps onto several lines`).to.be.at.least(2);
  });

  for (const slug of NOTICES) {
    it(`${slug}: text at 200% (root font-size) in a 640px frame, no horizontal scrolling`, async () => {
      await noHorizontalScroll(`/demo/${slug}.html`, 640, 800, true);
    });
  }
});

// ----------------------------------------------------------- 10. no JavaScript

describe('without JavaScript (demo/no-js.html)', () => {
  it("the embed snippet's fallback shows a summary and a working link to the notice", async () => {
    const { win, doc } = await openFrame('/demo/no-js.html', 800, 600);
    await new Promise((r) => setTimeout(r, 200));
    expect(win.customElements.get('layered-notice'), 'the script did not load').to.equal(undefined);
    const host = doc.querySelector('layered-notice')!;
    expect(host.shadowRoot).to.equal(null);
    const links = [...host.querySelectorAll<HTMLAnchorElement>('a[href]')];
    const link = links.find((a) => /full .*privacy notice/i.test(a.textContent!))!;
    expect(link, 'a link to the full notice').to.exist;
    const r = link.getBoundingClientRect();
    expect(r.width * r.height, 'the link is visible').to.be.greaterThan(100);
    expect(win.getComputedStyle(link).visibility).to.equal('visible');
    expect(link.getAttribute('href')).not.to.match(/^(#|javascript:|$)/);
    expect(new URL(link.href).protocol).to.match(/^https?:$/);
    const page = await fetch(link.href);
    expect(page.status, `${link.href} answers`).to.equal(200);
    expect(await page.text()).to.contain('<layered-notice');
    // The summary: a heading and the points a reader must not miss (WP260 para 36).
    expect(host.querySelector('h2')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const text = host.textContent!.replace(/\s+/g, ' ');
    for (const fact of ["What Works for Children's Social Care", 'Data Protection Officer', "Information Commissioner's Office"])
      expect(text).to.contain(fact);
  });
});
