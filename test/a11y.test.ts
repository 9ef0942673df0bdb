/**
 * Accessibility checks (numbered as in docs/accessibility.md) that run on the element itself (the axe matrix is
 * in a11y-axe.test.ts, checks that need a whole page in a frame in a11y-pages.test.ts):
 * keyboard and focus (2), names and states (4), find-in-page (6), print (7), display
 * settings (8) and structure (9). docs/accessibility.md describes what each asserts.
 * Every check asserts roles, names, states or geometry, so each can fail.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import en from '../locales/en.json' with { type: 'json' };
import cy from '../locales/cy.json' with { type: 'json' };
import ar from '../locales/ar.json' with { type: 'json' };
import type { LayeredNotice } from '../src/layered-notice.js';
import { $, $$, SLUGS, loadPayload, openAll, renderNotice } from './helpers/notices.js';
import {
  accessibleName,
  applyMediaRules,
  engine,
  expectedTabStops,
  focusIndicator,
  focused,
  label,
  nextFrame,
  norm,
  parseColor,
  snapshotStyle,
  spokenText,
  tabThrough,
  until,
} from './helpers/a11y.js';

/** The dark palette docs/accessibility.md recommends (and scripts/screenshots.mjs uses), on a dark page. */
const DARK_PALETTE = `background: #0b0c0c; color: #f3f2f1; --ln-color-text: #f3f2f1; --ln-color-muted: #c4c8ca;
  --ln-color-link: #8ec5ff; --ln-color-link-hover: #c9e3ff; --ln-color-border: #8a9296; --ln-color-surface: #1f2223;
  --ln-color-focus: #ffdd00; --ln-color-focus-text: #0b0c0c;`;

const LOCALES: Record<string, typeof en> = { en, cy: cy as typeof en, ar: ar as typeof en };

/** The text of a payload Text value in English (plain string or language map). */
const english = (t: unknown): string => (typeof t === 'string' ? t : (t as Record<string, string>).en);

/** Gives `target` keyboard focus: focuses the tab stop before it, then presses Tab. */
async function keyboardFocus(el: LayeredNotice, target: Element): Promise<void> {
  const stops = expectedTabStops(el.shadowRoot!);
  const i = stops.indexOf(target);
  expect(i, `${label(target)} is a tab stop`).to.be.at.least(0);
  const before = i === 0 ? el.insertAdjacentElement('beforebegin', document.createElement('button'))! : stops[i - 1];
  (before as HTMLElement).focus();
  await sendKeys({ press: 'Tab' });
  if (i === 0) before.remove();
  expect(focused(el), 'Tab moved focus to the target').to.equal(target);
  expect(target.matches(':focus-visible'), `${label(target)} matches :focus-visible`).to.equal(true);
}

// ------------------------------------------------------------------ 2. keyboard

describe('keyboard and focus (WCAG 2.1.1, 2.4.3, 2.4.7, 1.4.11, 2.5.8)', () => {
  for (const slug of ['coventry-family-valued', 'no-wrong-door-evaluation', 'children-in-need-looked-after']) {
    it(`${slug}: Tab reaches every control in DOM order, and nothing inside a closed section`, async () => {
      const el = await renderNotice(await loadPayload(slug));
      const root = el.shadowRoot!;
      const closedLinks = $$(el, '[part="content"][hidden] a[href]');
      expect(closedLinks.length, 'closed sections hold links (the check would be empty otherwise)').to.be.at.least(1);
      const expected = expectedTabStops(root);
      // The controls a reader needs are all in the sequence: radios, Show all, every section button.
      expect(expected).to.include($(el, '[part="show-all"]'));
      for (const b of $$(el, '[part="section-button"]')) expect(expected).to.include(b);
      const seen = await tabThrough(el);
      expect(seen.map(label)).to.deep.equal(expected.map(label));
      expect(seen).to.deep.equal(expected);
      for (const e of seen) expect(e.closest('[hidden]'), `${label(e)} is inside hidden content`).to.equal(null);
    });
  }

  it('with every section open, Tab also reaches the links inside sections, in DOM order', async () => {
    const el = await renderNotice(await loadPayload('coventry-family-valued'));
    await openAll(el);
    const seen = await tabThrough(el);
    const inContent = seen.filter((e) => e.closest('[part="content"]'));
    expect(inContent.length, 'links inside open sections').to.be.at.least($$(el, '[part="content"]').length);
    expect(seen).to.deep.equal(expectedTabStops(el.shadowRoot!));
  });

  it('"Show all sections" opens and closes everything from the keyboard without moving focus', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'));
    const showAll = $<HTMLButtonElement>(el, '[part="show-all"]');
    await keyboardFocus(el, showAll);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(showAll.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[part="content"][hidden]')).to.equal(null);
    expect(focused(el), 'focus after Enter').to.equal(showAll);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(showAll.getAttribute('aria-expanded')).to.equal('false');
    expect($$(el, '[part="content"][hidden]').length).to.equal($$(el, '[part="content"]').length);
    expect(focused(el), 'focus after Space').to.equal(showAll);
    // The next Tab goes on to the first section, as the DOM order says.
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal($$(el, '[part="section-button"]')[0]);
  });

  it('Enter and Space on a section button toggle it and keep focus on it', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'));
    const button = $$<HTMLButtonElement>(el, '[part="section-button"]')[2];
    await keyboardFocus(el, button);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(button);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(button);
  });

  it('arrow keys move between the audience radios and choose one', async () => {
    const el = await renderNotice(await loadPayload('no-wrong-door-evaluation'));
    const radios = $$<HTMLInputElement>(el, '[part="audience"] input[type="radio"]');
    expect(radios.length).to.be.at.least(3);
    await keyboardFocus(el, radios[0]);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el), 'focus after ArrowDown').to.equal(radios[1]);
    expect(radios.map((r) => r.checked)).to.deep.equal(radios.map((_, i) => i === 1));
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focused(el), 'focus after ArrowUp').to.equal(radios[0]);
    expect(radios[0].checked).to.equal(true);
  });

  it('choosing a language with the arrow keys re-renders in place and keeps focus on the radio', async () => {
    const el = await renderNotice(await loadPayload('coventry-family-valued'));
    const radios = $$<HTMLInputElement>(el, '[part="languages"] input[type="radio"]');
    expect(radios.map((r) => r.parentElement!.getAttribute('lang'))).to.deep.equal(['en', 'cy']);
    await keyboardFocus(el, radios[0]);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => $(el, '[part="base"]').getAttribute('lang') === 'cy', 'the Welsh interface');
    await el.updateComplete;
    expect($(el, '[part="show-all"]').textContent!.trim()).to.equal(cy.sections.showAll);
    expect(focused(el), 'focus after the language changed').to.equal(radios[1]);
    expect(radios[1].checked).to.equal(true);
  });

  it('every kind of control shows a focus indicator with at least 3:1 contrast against its surroundings', async () => {
    const el = await renderNotice(await loadPayload('no-wrong-door-evaluation'));
    $$<HTMLButtonElement>(el, '[part="section-button"]')[0].click();
    await el.updateComplete;
    const kinds: [string, Element][] = [
      ['audience radio', $(el, '[part="audience"] input:checked')],
      ['link in the at-a-glance panel', $(el, '[part="glance"] a[href]')],
      ['"Show all sections"', $(el, '[part="show-all"]')],
      ['section button', $$(el, '[part="section-button"]')[1]],
      ['link inside a section', $(el, '[part="content"]:not([hidden]) a[href]')],
      ['rights action link', $(el, '[part="action"]')],
      ['contact link', $(el, '[part="contact"] a[href]')],
    ];
    const report: string[] = [];
    for (const [what, control] of kinds) {
      expect(control, what).to.exist;
      const before = snapshotStyle(control);
      await keyboardFocus(el, control);
      const f = focusIndicator(control, before);
      report.push(`${what}: ${f.parts.map((p) => `${p.what} ${p.contrast.toFixed(1)}:1`).join(', ')}; text ${f.text.toFixed(1)}:1`);
      expect(f.parts.length, `${what} looks different when focused`).to.be.at.least(1);
      expect(f.best, `${what}: best indicator contrast (${report.at(-1)})`).to.be.at.least(3);
      // Its text stays readable on the focus colour.
      expect(f.text, `${what}: text on the focus colour`).to.be.at.least(4.5);
    }
    console.log(`focus indicators (${engine()}):\n  ${report.join('\n  ')}`);
  });

  it('with the dark palette from docs/accessibility.md, focus indicators still have 3:1 contrast', async () => {
    const el = await renderNotice(await loadPayload('coventry-family-valued'));
    el.style.cssText = DARK_PALETTE;
    for (const control of [
      $(el, '[part="languages"] input:checked'),
      $(el, '[part="glance"] a[href]'),
      $(el, '[part="show-all"]'),
      $$(el, '[part="section-button"]')[0],
    ]) {
      const before = snapshotStyle(control);
      await keyboardFocus(el, control);
      const f = focusIndicator(control, before);
      expect(f.best, `${label(control)}: ${f.parts.map((p) => `${p.what} ${p.contrast.toFixed(1)}:1`).join(', ')}`).to.be.at.least(3);
      expect(f.text).to.be.at.least(4.5);
    }
    // And the palette's text and links pass axe's contrast rule on the dark page.
    (focused(el) as HTMLElement).blur();
    await expect(el).to.be.accessible();
  });

  for (const lang of ['en', 'cy', 'ar']) {
    it(`every button and radio label is at least 24×24 CSS px (${lang})`, async () => {
      let count = 0;
      for (const slug of SLUGS) {
        const el = await renderNotice(await loadPayload(slug), lang);
        await openAll(el);
        const targets = [...$$(el, 'button'), ...$$<HTMLInputElement>(el, 'input[type="radio"]').map((r) => r.closest('label')!)];
        for (const t of targets) {
          expect(t, 'every radio sits inside its label').to.exist;
          const r = t.getBoundingClientRect();
          expect(r.width, `${slug}: width of ${label(t)}`).to.be.at.least(24);
          expect(r.height, `${slug}: height of ${label(t)}`).to.be.at.least(24);
          count++;
        }
        el.remove();
      }
      expect(count).to.be.at.least(40);
    });
  }
});

// ------------------------------------------------------------ 4. names and states

describe('names and states (WCAG 2.5.3, 4.1.2, 4.1.3)', () => {
  for (const slug of SLUGS) {
    for (const lang of ['en', 'cy']) {
      it(`${slug} (${lang}): each section button is named "heading[, summary], Show this section" and says whether it is open`, async () => {
        const payload = await loadPayload(slug);
        const t = LOCALES[lang].sections;
        const el = await renderNotice(payload, lang);
        const buttons = $$<HTMLButtonElement>(el, '[part="section-button"]');
        expect(buttons.length).to.equal(payload.sections.length);
        for (const [i, button] of buttons.entries()) {
          const section = payload.sections[i];
          const headingText = norm(button.querySelector('.heading')!.textContent);
          // English payload text, or its Welsh where the payload has one.
          const want = typeof section.heading === 'string' ? section.heading : (section.heading[lang] ?? section.heading.en);
          expect(headingText).to.equal(norm(want));
          const summary = button.querySelector('.summary');
          const prefix = summary ? `${headingText}, ${norm(summary.textContent)}` : headingText;
          expect(button.localName).to.equal('button');
          expect(button.getAttribute('type')).to.equal('button');
          expect(button.parentElement!.localName, 'the button sits in a heading').to.match(/^h[1-6]$/);
          expect(spokenText(button), 'name from content').to.equal(`${prefix}, ${t.showSection}`);
          expect(norm(button.querySelector('.toggle-text')!.textContent), 'the visible word, which the name contains (2.5.3)').to.equal(
            t.show,
          );
          expect(button.getAttribute('aria-expanded')).to.equal('false');
          const content = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
          expect(content, 'aria-controls names the content').to.exist;
          expect(content.getAttribute('part')).to.equal('content');
          expect(content.getAttribute('hidden')).to.equal('until-found');
        }
        // The accessible name as the accname algorithm computes it (axe-core), for the
        // first button: visually hidden text counts, the aria-hidden chevron does not.
        const first = buttons[0];
        const firstPrefix = spokenText(first).replace(new RegExp(`, ${t.showSection}$`), '');
        expect(await accessibleName(first)).to.equal(`${firstPrefix}, ${t.showSection}`);
        first.click();
        await el.updateComplete;
        expect(first.getAttribute('aria-expanded')).to.equal('true');
        expect(spokenText(first)).to.equal(`${firstPrefix}, ${t.hideSection}`);
        expect(await accessibleName(first)).to.equal(`${firstPrefix}, ${t.hideSection}`);
        expect(el.shadowRoot!.getElementById(first.getAttribute('aria-controls')!)!.hasAttribute('hidden')).to.equal(false);
      });
    }
  }

  it('"Show all sections" controls every section, and its state and label follow (en, cy, ar)', async () => {
    for (const lang of ['en', 'cy', 'ar']) {
      const t = LOCALES[lang].sections;
      const el = await renderNotice(await loadPayload('children-in-need-looked-after'), lang);
      const showAll = $<HTMLButtonElement>(el, '[part="show-all"]');
      const contents = $$(el, '[part="content"]');
      expect(showAll.getAttribute('aria-controls')!.split(' ')).to.deep.equal(contents.map((c) => c.id));
      expect(showAll.getAttribute('aria-expanded')).to.equal('false');
      expect(await accessibleName(showAll)).to.equal(t.showAll);
      showAll.click();
      await el.updateComplete;
      expect(showAll.getAttribute('aria-expanded')).to.equal('true');
      expect(await accessibleName(showAll)).to.equal(t.hideAll);
      expect($$(el, '[part="section-button"]').every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      el.remove();
    }
  });

  it('has one polite status region for announcements, empty until there is something to say', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'));
    const status = $$(el, '[role="status"]');
    expect(status).to.have.length(1);
    expect(status[0].textContent).to.equal('');
    expect(status[0].classList.contains('vh'), 'visually hidden, not display:none').to.equal(true);
    expect(getComputedStyle(status[0]).display).not.to.equal('none');
  });
});

// --------------------------------------------------------------- 9. structure

describe('structure (WCAG 1.3.1, 3.1.2)', () => {
  for (const level of [2, 3]) {
    it(`headings follow heading-level=${level} without skipping a level`, async () => {
      const payload = await loadPayload('no-wrong-door-evaluation');
      const el = await renderNotice(payload);
      el.headingLevel = level;
      await el.updateComplete;
      await openAll(el);
      const headings = $$(el, 'h1, h2, h3, h4, h5, h6');
      const levels = headings.map((h) => Number(h.localName[1]));
      expect(headings[0].id).to.equal(`${payload.id}-title`);
      expect(levels[0]).to.equal(level);
      for (let i = 1; i < levels.length; i++) {
        expect(levels[i], `heading ${i} "${norm(headings[i].textContent).slice(0, 30)}"`).to.be.within(level + 1, levels[i - 1] + 1);
      }
      for (const part of ['glance', 'sections', 'rights', 'contacts'])
        expect($(el, `[part="${part}"] > :is(h1,h2,h3,h4,h5,h6)`).localName).to.equal(`h${level + 1}`);
      for (const b of $$(el, '[part="section-button"]')) expect(b.parentElement!.localName).to.equal(`h${level + 2}`);
      // Sub-headings inside sections sit below their section's heading.
      const sub = $$(el, '[part="content"] :is(h1,h2,h3,h4,h5,h6)');
      expect(sub.length, 'the payload has sub-headings').to.be.at.least(1);
      for (const h of sub) expect(h.localName).to.equal(`h${level + 3}`);
    });
  }

  it('tables have header cells with scope="col" in a thead; every list item is in a ul or ol', async () => {
    let tables = 0;
    let items = 0;
    for (const slug of SLUGS) {
      const el = await renderNotice(await loadPayload(slug));
      await openAll(el);
      for (const table of $$<HTMLTableElement>(el, 'table')) {
        tables++;
        const ths = [...table.querySelectorAll('th')];
        expect(ths.length, `${slug}: header cells`).to.be.at.least(1);
        for (const th of ths) {
          expect(th.getAttribute('scope'), `${slug}: th "${norm(th.textContent)}"`).to.equal('col');
          expect(th.closest('thead'), `${slug}: th in thead`).to.exist;
        }
        expect(table.querySelectorAll('tbody td').length).to.be.at.least(1);
      }
      for (const li of $$(el, 'li')) {
        items++;
        expect(li.parentElement!.localName, `${slug}: parent of "${norm(li.textContent).slice(0, 30)}"`).to.be.oneOf(['ul', 'ol']);
      }
      // Payload lists become lists, not paragraphs with bullets.
      for (const p of $$(el, 'p')) expect(norm(p.textContent), `${slug}: paragraph that looks like a list`).not.to.match(/^[•\-*] /);
      el.remove();
    }
    expect(tables, 'the demo payloads include a table').to.be.at.least(1);
    expect(items).to.be.at.least(50);
  });

  it('an English-only payload read in Welsh marks every payload string lang="en" inside the Welsh interface', async () => {
    const payload = await loadPayload('family-valued-evaluation');
    const el = await renderNotice(payload, 'cy');
    await openAll(el);
    const base = $(el, '[part="base"]');
    expect(base.getAttribute('lang')).to.equal('cy');
    const strings = new Set<string>([english(payload.title), ...payload.sections.map((s) => english(s.heading))]);
    for (const s of payload.sections) for (const b of s.body) if (typeof b === 'string') strings.add(b);
    const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
    let matched = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent!;
      const langOf = n.parentElement!.closest('[lang]')!.getAttribute('lang');
      if (strings.has(text)) {
        matched++;
        expect(langOf, `lang of "${text.slice(0, 40)}"`).to.equal('en');
        expect(n.parentElement!.localName).to.equal('span');
      }
    }
    expect(matched, 'payload strings found').to.be.at.least(strings.size);
    // Interface strings stay in the reading language.
    expect($(el, '[part="show-all"]').closest('[lang]')!.getAttribute('lang')).to.equal('cy');
    expect(norm($(el, '[part="show-all"]').textContent)).to.equal(cy.sections.hideAll);
  });

  it('English text inside the Arabic (rtl) interface keeps its own direction: a full stop stays at the end of its sentence', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'), 'ar');
    await openAll(el);
    expect($(el, '[part="base"]').getAttribute('dir')).to.equal('rtl');
    const spans = $$(el, '[part="content"] p > span[lang="en"]').filter((s) => /[a-z]\.$/.test(s.textContent!));
    expect(spans.length, 'English sentences in the Arabic interface').to.be.at.least(3);
    for (const span of spans) {
      const text = [...span.childNodes].find((n): n is Text => n.nodeType === Node.TEXT_NODE && /\.$/.test((n as Text).data))!;
      const end = text.length - 1;
      const at = (i: number) => {
        const r = document.createRange();
        r.setStart(text, i);
        r.setEnd(text, i + 1);
        return r.getBoundingClientRect();
      };
      const [letter, stop] = [at(end - 1), at(end)];
      expect(letter.width * stop.width, 'measured the characters').to.be.greaterThan(0);
      // Same line, and the full stop to the right of the last letter, as English is read.
      expect(Math.abs(stop.top - letter.top), `"${text.data.slice(-20)}" ends on one line`).to.be.below(2);
      expect(stop.left, `full stop of "…${text.data.slice(-20)}" is after its last letter`).to.be.at.least(letter.right - 1);
    }
  });

  it('a bilingual notice labels each language choice in that language', async () => {
    const el = await renderNotice(await loadPayload('coventry-family-valued'), 'en');
    const labels = $$(el, '[part="languages"] label');
    expect(labels.map((l) => [l.getAttribute('lang'), norm(l.textContent)])).to.deep.equal([
      ['en', 'English'],
      ['cy', 'Cymraeg'],
    ]);
    expect($(el, '[part="languages"] legend').textContent).to.equal(en.sections.language);
  });
});

// ---------------------------------------------------------- 6. find-in-page

/** A run of text that appears once in the notice, inside the given (closed) section content. */
function uniqueTextIn(content: Element, base: Element): string {
  const all = base.textContent!;
  const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.textContent!.trim().slice(0, 32);
    if (t.length >= 24 && all.indexOf(t) === all.lastIndexOf(t)) return t;
  }
  throw new Error('no unique text in the section');
}

describe('find-in-page: hidden="until-found" inside the shadow root', () => {
  it('closed content is hidden until found, its text is in the DOM, and beforematch opens it', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'));
    const base = $(el, '[part="base"]');
    const contents = $$(el, '[part="content"]');
    const supported = 'onbeforematch' in HTMLElement.prototype;
    const row: Record<string, unknown> = { engine: engine(), onbeforematch: supported };
    for (const c of contents) {
      expect(c.getAttribute('hidden')).to.equal('until-found');
      const cs = getComputedStyle(c);
      if (supported) {
        // Native support: laid out but not rendered (content-visibility: hidden), so find-in-page can search it.
        expect(cs.contentVisibility, 'content-visibility of closed content').to.equal('hidden');
        expect(cs.display).not.to.equal('none');
      } else expect(cs.display, 'fallback: plain hidden').to.equal('none');
      // Either way its text is in the shadow DOM (for find-in-page, print, and any reader that ignores hidden).
      expect(c.textContent!.trim().length).to.be.at.least(20);
      expect(el.shadowRoot!.textContent).to.contain(c.textContent!.trim().slice(0, 60));
      // Nothing inside is rendered (so nothing is focusable or in the accessibility tree) while closed.
      for (const child of c.children) expect(child.checkVisibility(), `${label(child)} in closed content is rendered`).to.equal(false);
    }
    row.closedContent = `hidden="until-found", display ${getComputedStyle(contents[0]).display}, content-visibility ${getComputedStyle(contents[0]).contentVisibility}`;

    // The event the browser fires when find-in-page (or a text fragment) matches inside.
    const toggles: unknown[] = [];
    el.addEventListener('ln-toggle', (e) => toggles.push((e as CustomEvent).detail));
    contents[1].dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(contents[1].hasAttribute('hidden'), 'open after beforematch').to.equal(false);
    expect($$(el, '[part="section-button"]')[1].getAttribute('aria-expanded')).to.equal('true');
    expect(toggles).to.have.length(1);
    row.beforematchOpens = true;

    // window.find() is the nearest scriptable stand-in for the browser's find bar.
    const target = contents[3];
    const text = uniqueTextIn(target, base);
    getSelection()!.removeAllRanges();
    const found = window.find(text, false, false, true);
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    const selected = norm(getSelection()!.toString());
    row.windowFind = found;
    row.windowFindSelects = selected.includes(norm(text));
    row.windowFindOpens = !target.hasAttribute('hidden');
    // Whatever an engine does, find never leaves its match inside a section that stays closed.
    if (row.windowFindSelects) expect(row.windowFindOpens, 'window.find selected text in a section it did not open').to.equal(true);
    // For the record: does window.find search our shadow DOM at all (visible text)?
    getSelection()!.removeAllRanges();
    row.windowFindShadowVisible = window.find(norm($(el, '[part="glance"] dt').textContent), false, false, true);
    console.log(`find-in-page ${JSON.stringify(row)}`);
  });
});

// -------------------------------------------------------------------- 7. print

describe('print', () => {
  let undo: () => void = () => {};
  afterEach(async () => {
    undo();
    undo = () => {};
    if (engine() === 'chromium') await emulateMedia({ media: 'screen' });
  });

  it('shows every section, no controls but the section headings, and the address of each web link', async () => {
    const el = await renderNotice(await loadPayload('worcestershire-childrens-services'));
    if (engine() === 'chromium') {
      await emulateMedia({ media: 'print' });
      expect(matchMedia('print').matches, 'print media emulated').to.equal(true);
    } else {
      // Puppeteer's Firefox (WebDriver BiDi) and WebKitWebDriver cannot emulate print media:
      // apply the element's @media print rules as ordinary rules instead.
      console.log(
        `print (${engine()}): print media cannot be emulated by this driver; the element's @media print rules are applied as screen rules`,
      );
      undo = applyMediaRules(el, 'print');
    }
    await nextFrame();
    const contents = $$(el, '[part="content"]');
    expect(contents.length).to.be.at.least(5);
    for (const c of contents) {
      expect(c.getAttribute('hidden'), 'sections stay closed on screen').to.equal('until-found');
      expect(getComputedStyle(c).display).not.to.equal('none');
      expect(c.getBoundingClientRect().height, `printed height of ${c.id}`).to.be.greaterThan(20);
    }
    const shown = (e: Element) => e.getClientRects().length > 0;
    for (const b of $$(el, 'button')) {
      if (!shown(b)) continue;
      expect(b.getAttribute('part'), `${label(b)} is printed`).to.equal('section-button');
      for (const part of b.querySelectorAll('.toggle, .chevron'))
        expect(shown(part), `"${norm(part.textContent)}" in a printed heading`).to.equal(false);
    }
    expect(shown($(el, '[part="show-all"]')), 'Show all is printed').to.equal(false);
    for (const e of $$(el, 'fieldset, [data-copy], [role="status"]')) expect(shown(e), `${label(e)} is printed`).to.equal(false);
    for (const h of $$(el, '[part="section-button"] .heading')) expect(shown(h), 'section heading text is printed').to.equal(true);
    const web = $$<HTMLAnchorElement>(el, 'a[href^="http"]').filter(shown);
    expect(web.length, 'web links in the notice').to.be.at.least(3);
    for (const a of web) {
      const after = getComputedStyle(a, '::after').content;
      expect([after.includes(a.getAttribute('href')!), after.includes('attr(href)')], `::after of ${a.href}: ${after}`).to.include(true);
    }
    for (const a of $$<HTMLAnchorElement>(el, 'a[href^="mailto:"], a[href^="tel:"]'))
      expect(getComputedStyle(a, '::after').content).to.be.oneOf(['none', 'normal']);
  });
});

// ---------------------------------------------------------- 8. display settings

/** Every element of the shadow root, with its ::before and ::after. */
const styled = (el: Element): [string, CSSStyleDeclaration][] =>
  [...el.shadowRoot!.querySelectorAll('*')].flatMap((e) => [
    [label(e), getComputedStyle(e)] as [string, CSSStyleDeclaration],
    [`${label(e)}::before`, getComputedStyle(e, '::before')] as [string, CSSStyleDeclaration],
    [`${label(e)}::after`, getComputedStyle(e, '::after')] as [string, CSSStyleDeclaration],
  ]);

const seconds = (list: string): number[] =>
  list.split(',').map((s) => (s.trim().endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s) || 0));

describe('display settings', () => {
  afterEach(async () => {
    if (engine() === 'chromium') await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('forced colours: section borders, the chevrons and the focus outline stay visible (Chromium)', async function (this: {
    skip(): never;
  }) {
    if (engine() !== 'chromium') {
      console.log(`forced colours (${engine()}): skipped, this driver cannot emulate forced-colors`);
      this.skip();
    }
    await emulateMedia({ forcedColors: 'active' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const el = await renderNotice(await loadPayload('family-valued-evaluation'));
    const sections = $$(el, '[part="section"]');
    for (const s of sections) {
      const cs = getComputedStyle(s);
      expect(cs.borderTopStyle).to.equal('solid');
      expect(parseFloat(cs.borderTopWidth)).to.be.at.least(1);
      expect(parseColor(cs.borderTopColor)[3], 'border colour is not transparent').to.be.greaterThan(0);
    }
    expect(parseFloat(getComputedStyle(sections.at(-1)!).borderBottomWidth)).to.be.at.least(1);
    const chevron = getComputedStyle($(el, '[part="section-button"] .chevron'), '::before');
    expect(parseFloat(chevron.borderRightWidth) + parseFloat(chevron.borderBottomWidth), 'chevron is drawn with borders').to.be.at.least(2);
    for (const control of [$$(el, '[part="section-button"]')[0], $(el, '[part="glance"] a[href]')]) {
      await keyboardFocus(el, control);
      const cs = getComputedStyle(control);
      expect(cs.outlineStyle, `outline of ${label(control)}`).to.equal('solid');
      expect(parseFloat(cs.outlineWidth)).to.be.at.least(2);
      expect(parseColor(cs.outlineColor)[3], 'outline colour is not transparent').to.be.greaterThan(0);
    }
  });

  it('reduced motion: nothing transitions or animates', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'));
    let undo = () => {};
    if (engine() === 'chromium') {
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    } else {
      console.log(
        `reduced motion (${engine()}): cannot be emulated by this driver; any (prefers-reduced-motion) rules are applied as screen rules`,
      );
      undo = applyMediaRules(el, 'prefers-reduced-motion');
    }
    try {
      $$<HTMLButtonElement>(el, '[part="section-button"]')[0].click();
      await el.updateComplete;
      for (const [what, cs] of styled(el)) {
        expect(Math.max(...seconds(cs.transitionDuration)), `transition on ${what}`).to.equal(0);
        expect(cs.animationName === 'none' || Math.max(...seconds(cs.animationDuration)) === 0, `animation on ${what}`).to.equal(true);
      }
    } finally {
      undo();
    }
  });

  it('text spacing (WCAG 1.4.12): with line height 1.5, letter .12em, word .16em and paragraph 2em spacing nothing is clipped', async () => {
    const el = await renderNotice(await loadPayload('no-wrong-door-evaluation'), 'cy');
    await openAll(el);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p, li, dd, address { margin-block-end: 2em !important; }`);
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
    await nextFrame();
    expect(getComputedStyle($(el, 'p')).letterSpacing).not.to.equal('normal');
    let checked = 0;
    for (const e of $$(el, '*')) {
      if (e.closest('.vh')) continue;
      const cs = getComputedStyle(e);
      const clips = (v: string) => v !== 'visible';
      if (clips(cs.overflowY)) {
        checked++;
        expect(e.scrollHeight, `${label(e)} clips its content vertically (overflow-y ${cs.overflowY})`).to.be.at.most(e.clientHeight + 1);
      }
      if (clips(cs.overflowX) && !['auto', 'scroll'].includes(cs.overflowX))
        expect(e.scrollWidth, `${label(e)} clips horizontally`).to.be.at.most(e.clientWidth + 1);
      if (e.localName === 'button') expect(e.scrollHeight, `${label(e)} text overflows its button`).to.be.at.most(e.clientHeight + 1);
    }
    expect(checked, 'scroll containers (tables) were checked').to.be.at.least(1);
    // Nothing sticks out of the notice sideways either.
    const host = el.getBoundingClientRect();
    for (const e of $$(el, 'p, li, dd, dt, h2, h3, h4, h5, button, a')) {
      if (e.closest('.vh, .table')) continue;
      const r = e.getBoundingClientRect();
      expect(r.right, `${label(e)} right edge`).to.be.at.most(host.right + 1);
    }
  });
});
