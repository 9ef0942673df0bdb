import { expect, fixture, html } from '@open-wc/testing';
import type { LayeredNotice } from '../src/layered-notice.js';
import type { Notice } from '../src/schema/types.js';
import { validateNotice } from '../src/schema/validate.js';
import { i18n } from '../src/i18n/i18n.js';
import { mailHref, safeHref, telHref } from '../src/layers/rich-text.js';
import { SLUGS, loadPayload, openAll, settled } from './helpers/notices.js';

/**
 * Payload and locale strings never become markup, script or a script URL. Classic
 * injection vectors go into every string field of every demo payload; each is then
 * rendered through the `notice` property and what a reader could meet is checked: no
 * script ran, no element the renderer does not make, no link other than https:,
 * http:, mailto:, tel: (or a fragment inside the notice), and the vector shown as the
 * text it is. Fields the schema constrains (ids, codes, emails, URLs, phone numbers,
 * dates) refuse the classic vectors: the element keeps its fallback link. URL-shaped
 * vectors that such fields accept are rendered and checked like the rest.
 */

import { FLAG, SHAPED, VECTORS } from './helpers/vectors.js';

const ran = () => (window as unknown as Record<string, unknown>)[FLAG] !== undefined || window.__lnXssData !== undefined;

type Path = (string | number)[];
const stringLeaves = (v: unknown, path: Path = [], out: Path[] = []): Path[] => {
  if (typeof v === 'string') out.push(path);
  else if (v && typeof v === 'object')
    for (const [k, c] of Object.entries(v)) stringLeaves(c, [...path, Array.isArray(v) ? Number(k) : k], out);
  return out;
};

const getAt = (root: any, path: Path) => path.reduce((n, k) => n[k], root);

const setAt = (root: any, path: Path, value: unknown) => (getAt(root, path.slice(0, -1))[path[path.length - 1]] = value);
const show = (path: Path) =>
  path
    .map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))
    .join('')
    .slice(1);
/** Whether the schema accepts `value` at `path` (set in place, then put back: cloning for each probe is slow). */
const accepts = (payload: Notice, path: Path, value: string): boolean => {
  const before = getAt(payload, path);
  setAt(payload, path, value);
  try {
    return validateNotice(payload).ok;
  } finally {
    setAt(payload, path, before);
  }
};
/** `sections[3].body[2]` and `sections[4].body[0]` are one kind of field: `sections[].body[]`. */
const kind = (path: Path) => show(path).replace(/\[\d+\]/g, '[]');

/** A payload text in English: a string, or the "en" entry of a map of language to text. */
const english = (text: string | Record<string, string>): string => (typeof text === 'string' ? text : (text.en ?? Object.values(text)[0]));
/** The languages a payload is written in: each is rendered, so that every map entry is read by someone. */
const languagesOf = (payload: Notice): string[] => [...new Set(['en', ...(payload.languages ?? [])])];

/** Payload strings shown nowhere as text: the schema address, and email subjects (inside a mailto: link). */
const NOT_TEXT = /^\$schema$|subject$/;

const waitFor = async (cond: () => boolean, ms = 3000) => {
  for (const end = Date.now() + ms; !cond() && Date.now() < end;) await new Promise((r) => setTimeout(r, 10));
};

/** Renders a payload through the property, with all sections open, and returns the element. */
async function render(payload: unknown, lang = 'en'): Promise<LayeredNotice> {
  const el = document.createElement('layered-notice') as LayeredNotice;
  el.lang = lang;
  el.innerHTML = '<a href="/privacy">Read our privacy notice</a>';
  el.notice = payload;
  const done = settled(el);
  document.body.append(el);
  const event = await done;
  expect(event.type, `rendered: ${JSON.stringify((event as CustomEvent).detail?.problems ?? '')}`).to.equal('ln-ready');
  await el.updateComplete;
  await openAll(el);
  return el;
}

/** The element's own vocabulary: every tag it renders for the clean demo payloads. */
let allowedTags: Set<string>;

/** What a reader (or a click) could meet in the shadow root: only the renderer's elements, only safe links. */
function expectHarmless(el: LayeredNotice, label: string) {
  const root = el.shadowRoot!;
  for (const node of root.querySelectorAll('*')) {
    expect(allowedTags.has(node.localName), `${label}: <${node.localName}> is not an element the renderer makes`).to.equal(true);
    for (const attr of node.attributes) {
      expect(/^on/i.test(attr.name), `${label}: event handler attribute ${attr.name} on <${node.localName}>`).to.equal(false);
      expect(
        ['src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'style'].includes(attr.name),
        `${label}: ${attr.name}= on <${node.localName}>`,
      ).to.equal(false);
      // What a browser would run: control characters and whitespace are dropped inside a scheme.

      const value = attr.value.replace(/[\u0000-\u0020\u007f]/g, '');
      expect(/^(javascript|vbscript|data):/i.test(value), `${label}: ${attr.name}="${attr.value}"`).to.equal(false);
    }
  }
  for (const a of root.querySelectorAll('[href]')) {
    const href = a.getAttribute('href')!;
    if (href.startsWith('#')) {
      // In-notice links (the index, "How to use your rights") go to a fragment of the notice itself.
      expect(root.getElementById(decodeURIComponent(href.slice(1))), `${label}: href="${href}" points inside the notice`).to.exist;
    } else {
      expect(/^(https:|http:|mailto:|tel:)/i.test(href), `${label}: href="${href}"`).to.equal(true);
      // The parsed link agrees: the scheme a click would use.
      expect(['https:', 'http:', 'mailto:', 'tel:'], `${label}: ${href}`).to.include(new URL(href).protocol);
    }
  }
  expect(ran(), `${label}: a vector ran`).to.equal(false);
}

let tried = 0;
let shownFields = 0;
const hiddenFields: string[] = [];
const byKind: Record<string, number> = { text: 0, refused: 0, shaped: 0, locale: 0, href: 0 };

describe('links: the renderer allow-list (safeHref), behind the schema patterns', () => {
  it('refuses every script-capable or unknown scheme, however disguised', () => {
    const disguised = [
      ...VECTORS,
      'javascript:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'javascript\u0009:alert(1)',
      'JAVASCRIPT:alert(1)',
      'javascript&colon;alert(1)',
      '%6Aavascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'DATA:text/html,x',
      'blob:https://example.org/uuid',
      'file:///etc/passwd',
      'ftp://example.org/',
      '//example.org/',
      '/relative',
      'https:example.org',
      'http:/example.org',
      '',
      undefined,
    ];
    for (const href of disguised) expect(safeHref(href), JSON.stringify(href)).to.equal(undefined);
    tried += disguised.length;
    byKind.href += disguised.length;
  });

  it('keeps https:, http:, mailto: and tel: links, and encodes what goes into them', () => {
    expect(safeHref('https://ico.org.uk/make-a-complaint/')).to.equal('https://ico.org.uk/make-a-complaint/');
    expect(safeHref('HTTP://example.org/')).to.equal('HTTP://example.org/');
    expect(safeHref(' mailto:dpo@example.gov.uk')).to.equal('mailto:dpo@example.gov.uk');
    expect(telHref('javascript:alert(1)')).to.equal('tel:1');
    expect(telHref('0303 123 1113')).to.equal('tel:03031231113');
    const mail = mailHref('dpo@example.gov.uk', `"><script>alert(1)</script>&cc=all@example.org`)!;
    expect(mail.startsWith('mailto:dpo@example.gov.uk?subject=')).to.equal(true);
    expect(mail).not.to.match(/[<>"&]|cc=/);
  });
});

describe('hostile strings in payloads and locales are shown as text, never run', function () {
  this.timeout(120_000);
  const payloads: Record<string, Notice> = {};

  before(async () => {
    delete window[FLAG];
    for (const slug of SLUGS) payloads[slug] = await loadPayload(slug);
    allowedTags = new Set();
    for (const slug of SLUGS) {
      for (const lang of languagesOf(payloads[slug])) {
        const el = await render(payloads[slug], lang);
        for (const node of el.shadowRoot!.querySelectorAll('*')) allowedTags.add(node.localName);
        el.remove();
      }
    }
    // Sanity: the vocabulary is the renderer's, and has no way to run or load anything.
    for (const tag of ['script', 'img', 'svg', 'iframe', 'style', 'object', 'embed', 'template', 'link', 'meta', 'form'])
      expect(allowedTags.has(tag), tag).to.equal(false);
    expect(allowedTags.has('a') && allowedTags.has('button') && allowedTags.has('p')).to.equal(true);
  });

  after(async () => {
    // Anything deferred (an image's onerror, a frame's script) would have run by now.
    await new Promise((r) => setTimeout(r, 200));
    expect(ran(), 'a vector ran after its test').to.equal(false);
    console.log(
      `xss: ${shownFields} free-text fields shown as text; not shown anywhere: ${[...new Set(hiddenFields)].join(', ') || 'none'}`,
    );
    console.log(
      `xss: ${tried} injections tried (${byKind.text} into free-text fields, ${byKind.refused} refused by constrained fields, ${byKind.shaped} URL-shaped into constrained fields, ${byKind.locale} into locale strings, ${byKind.href} straight into safeHref); ${VECTORS.length} classic and ${SHAPED.length} URL-shaped vectors`,
    );
  });

  for (const slug of SLUGS) {
    it(`${slug}: every vector in every string field`, async () => {
      const clean = payloads[slug];
      const work = structuredClone(clean);
      const leaves = stringLeaves(clean);
      // Which fields take any text: those that accept a plain sentence in place of their value.
      const free: Path[] = [];
      const constrained: Path[] = [];
      for (const path of leaves) (accepts(work, path, 'a plain sentence') ? free : constrained).push(path);
      expect(free.length, 'free-text fields').to.be.greaterThan(20);
      expect(constrained.length, 'constrained fields').to.be.greaterThan(3);
      // Which free-text fields the reader sees, in each of the payload's languages: a
      // numbered marker in each field, rendered once per language. (Some structured fields
      // only feed the at-a-glance summary, or nothing at all.)
      const languages = languagesOf(clean);
      const marked = structuredClone(clean);
      free.forEach((path, n) => setAt(marked, path, `plain⟦${n}⟧`));
      const displayedIn: Record<string, Set<Path>> = {};
      for (const lang of languages) {
        const markedEl = await render(marked, lang);
        const markedText = markedEl.shadowRoot!.textContent!;
        displayedIn[lang] = new Set(free.filter((_, n) => markedText.includes(`⟦${n}⟧`)));
        markedEl.remove();
      }
      const displayed = new Set(Object.values(displayedIn).flatMap((set) => [...set]));
      expect(displayed.size, 'free-text fields shown').to.be.greaterThan(free.length / 2);
      shownFields += displayed.size;
      hiddenFields.push(...free.filter((p) => !displayed.has(p) && !NOT_TEXT.test(show(p))).map(kind));

      for (const [i, vector] of [...VECTORS, ...SHAPED].entries()) {
        const shaped = i >= VECTORS.length;
        const payload = structuredClone(clean);
        const injected: Path[] = [];
        // Free text takes every vector. A constrained field takes a vector only where the
        // schema accepts it (the URL-shaped ones); the rest must be refused, below.
        const accepting = constrained.filter((path) => accepts(work, path, vector));
        // The classic vectors never pass a constrained field's pattern.
        if (!shaped) expect(accepting.map(show), `${slug}: constrained fields accepting ${JSON.stringify(vector)}`).to.deep.equal([]);
        for (const [n, path] of [...free, ...accepting].entries()) {
          // A numbered marker after each vector says which field it came from.
          setAt(payload, path, `${vector}⟦${n}⟧`);
          injected.push(path);
        }
        for (const lang of languages) {
          const label = `${slug} (${lang}), vector ${JSON.stringify(vector)}`;
          const el = await render(payload, lang);
          expectHarmless(el, label);
          const shown = el.shadowRoot!.textContent!;
          injected.forEach((path, n) => {
            // Free-text fields the reader sees show the vector as written. URL-shaped values
            // in constrained fields may be shown (an email address, a web address) or be only
            // a link: when shown, then as the text they are.
            if (!displayedIn[lang].has(path) && !(accepting.includes(path) && shown.includes(`⟦${n}⟧`))) return;
            expect(shown.includes(`${vector}⟦${n}⟧`), `${label}: ${show(path)} is shown as the text it is`).to.equal(true);
          });
          // i18next markers stay as written: not interpolated, not nested.
          if (vector === '$t(glance.heading)')
            expect(shown.includes('$t(glance.heading)⟦'), 'i18next nesting in a payload string').to.equal(true);
          if (vector === '{{constructor}}')
            expect(/function|native code/.test(shown), 'i18next interpolation of a payload string').to.equal(false);
          el.remove();
        }
        tried += injected.length;
        byKind.text += free.length;
        byKind.shaped += accepting.length;
      }
    });

    it(`${slug}: constrained fields refuse the classic vectors and the fallback link stays`, async () => {
      const work = structuredClone(payloads[slug]);
      // One field of each kind (every rights[].code is the same kind of field).
      const seen = new Set<string>();
      const fields = stringLeaves(work).filter((path) => {
        if (seen.has(kind(path)) || accepts(work, path, 'a plain sentence')) return false;
        seen.add(kind(path));
        return true;
      });
      const logged = console.error;
      console.error = () => {};
      const el = await fixture<LayeredNotice>(html`<layered-notice><a href="/privacy/notice">Read our privacy notice</a></layered-notice>`);
      try {
        for (const path of fields) {
          for (const vector of VECTORS) {
            const original = getAt(work, path);
            setAt(work, path, vector);
            const done = settled(el);
            // A new object each time (the property changes), sharing the rest of the payload.
            el.notice = { ...work };
            const event = (await done) as CustomEvent;
            setAt(work, path, original);
            const label = `${slug}: ${show(path)} = ${JSON.stringify(vector)}`;
            expect(event.type, label).to.equal('ln-error');
            expect(event.detail.kind, label).to.equal('schema');
            expect(
              event.detail.problems.some((p: { path: string }) => show(path).startsWith(p.path) || p.path.startsWith(show(path))),
              `${label}: the problem names the field (${JSON.stringify(event.detail.problems)})`,
            ).to.equal(true);
            await el.updateComplete;
            // What the reader sees: the page's own link, and nothing of the payload.
            expect(el.shadowRoot!.querySelector('[part="base"]'), label).to.equal(null);
            const link = el.querySelector('a')!;
            expect(link.assignedSlot, label).to.equal(el.shadowRoot!.querySelector('slot'));
            expect(link.getBoundingClientRect().height, label).to.be.greaterThan(0);
            tried += 1;
            byKind.refused += 1;
          }
        }
      } finally {
        console.error = logged;
      }
      expect(fields.length).to.be.greaterThan(3);
      expect(ran()).to.equal(false);
    });
  }

  describe('locale strings', () => {
    /** A language of its own for the test: nothing else on the page reads it, and it is removed afterwards. */
    const TAG = 'en-XS';
    /** The vector put in front of each interface string, by key, and its marker. */
    const planted: { key: string; vector: string; marker: string }[] = [];

    /** Every interface string gets a vector and a marker in front, keeping its {{placeholders}} so plurals still work. */
    const poison = (strings: Record<string, unknown>, prefix = ''): Record<string, unknown> =>
      Object.fromEntries(
        Object.entries(strings).map(([k, v]) => {
          if (v && typeof v === 'object') return [k, poison(v as Record<string, unknown>, `${prefix}${k}.`)];
          const vector = VECTORS[planted.length % VECTORS.length];
          const marker = `⟦k${planted.length}⟧`;
          planted.push({ key: `${prefix}${k}`, vector, marker });
          return [k, `${vector}${marker} ${v}`];
        }),
      );

    before(() => {
      i18n().addResourceBundle(TAG, 'translation', poison(i18n().getResourceBundle('en', 'translation')), true, true);
    });
    after(() => {
      i18n().removeResourceBundle(TAG, 'translation');
      expect(i18n().hasResourceBundle(TAG, 'translation')).to.equal(false);
    });

    it('every interface string carrying a vector renders as text, in every demo notice', async () => {
      for (const slug of SLUGS) {
        const el = await render(payloads[slug], TAG);
        expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(TAG);
        expectHarmless(el, `${slug} in ${TAG}`);
        const shown = el.shadowRoot!.textContent!;
        const used = planted.filter((p) => shown.includes(p.marker));
        expect(used.length, `${slug}: interface strings shown`).to.be.greaterThan(15);
        for (const { key, vector, marker } of used) {
          // $t(key) in a locale file is i18next nesting, which translators may use on purpose
          // (checked above to be harmless). Everything else, {{unknown}} included, comes out as written.
          if (vector.startsWith('$t(')) continue;
          expect(shown.includes(vector + marker), `${slug}: ${key} is shown as the text it is`).to.equal(true);
        }
        tried += used.length;
        byKind.locale += used.length;
        el.remove();
      }
      // The English strings every other test reads are untouched.
      expect(i18n().getFixedT('en')('glance.heading')).to.equal('At a glance');
    });
  });
});

// ------------------------------------------------------------------------------------------
// The classic script on pages of its own, in a frame: a strict Content Security Policy,
// and what it fetches and stores.

/** The policy web-test-runner.config.mjs serves /test/csp/ pages with, as SECURITY.md recommends it. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'";
/** The smallest policy the notice needs (?policy=minimal): the script, and the payload and locale requests. */
const MINIMAL_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";

const engine = (): string => {
  const ua = navigator.userAgent;
  return /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chromium' : 'WebKit';
};

async function openFrame(url: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow!;
}

/** Waits until the framed page's notice rendered (or 5 s), then for queued violation reports. */
async function renderedIn(win: Window): Promise<Element> {
  const el = win.document.querySelector('layered-notice')!;
  await waitFor(() => Boolean(el.shadowRoot?.querySelector('[part="base"]')), 5000);
  // The first layer is there; updateComplete waits for the rest of the notice.
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => win.requestAnimationFrame(() => r(undefined)));
  return el;
}

/** Opens every section and, when offered, picks an audience: the reader's clicks, too, must fetch and store nothing. */
async function interact(el: Element): Promise<void> {
  const root = el.shadowRoot!;
  (root.querySelector('[part="show-all"]') as HTMLElement).click();
  await (el as LayeredNotice).updateComplete;
  (root.querySelector('[part="section-button"]') as HTMLElement).click();
  await (el as LayeredNotice).updateComplete;
  const radios = root.querySelectorAll<HTMLInputElement>('[part="audience"] input');
  if (radios.length > 1) radios[1].click();
  await (el as LayeredNotice).updateComplete;
}

describe('under a strict Content Security Policy (test/csp/notice.html)', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the test server sends the policy with the page', async () => {
    const response = await fetch('/test/csp/notice.html');
    expect(response.headers.get('content-security-policy')).to.equal(STRICT_CSP);
  });

  it('the page hears violations (control: eval is blocked and reported)', async () => {
    const win = await openFrame('/test/csp/notice.html?control=eval');
    await renderedIn(win);
    expect(win.__violations.length, 'eval reported').to.be.greaterThan(0);
    expect(win.__violations.map((v: { directive: string }) => v.directive).join(' ')).to.match(/script-src|trusted-types/);
  });

  it('Trusted Types: reported per engine, and enforced where supported', async () => {
    const win = await openFrame('/test/csp/notice.html?control=innerhtml');
    const el = await renderedIn(win);
    const supported = 'trustedTypes' in win;
    console.log(
      `csp: ${engine()} ${supported ? 'supports' : 'does not support'} Trusted Types; innerHTML from a string ${win.__trustedTypesEnforced ? 'was blocked' : 'was allowed'}`,
    );
    expect(win.__trustedTypesEnforced, 'enforced exactly where the engine has Trusted Types').to.equal(supported);
    if (supported) expect(win.__violations.map((v: { directive: string }) => v.directive)).to.include('require-trusted-types-for');
    // The notice rendered all the same: its templates go through Lit's own policy.
    expect(el.shadowRoot!.querySelector('[part="base"]')).to.exist;
  });

  for (const slug of SLUGS) {
    it(`${slug}: renders with 0 violations and 0 errors`, async () => {
      const win = await openFrame(`/test/csp/notice.html?slug=${slug}`);
      const el = await renderedIn(win);
      const payload = await loadPayload(slug);
      expect(el.shadowRoot!.querySelector('[part="base"]'), 'rendered').to.exist;
      expect(el.shadowRoot!.querySelector(`[id="${payload.id}-title"]`)!.textContent).to.contain(english(payload.title));
      await interact(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(win.__violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(win.__errors, 'uncaught errors').to.deep.equal([]);
      // Stylesheets are adopted, not inline <style> elements the policy would block.
      expect(el.shadowRoot!.querySelector('style'), 'no <style> element').to.equal(null);
      expect(getComputedStyle(el).display).to.equal('block');
    });
  }

  it("the smallest policy that works, with a Trusted Types allow-list: default-src 'none'; script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'", async () => {
    const response = await fetch('/test/csp/notice.html?policy=minimal&tt=lit-html');
    expect(response.headers.get('content-security-policy')).to.equal(MINIMAL_CSP + "; trusted-types lit-html 'allow-duplicates'");
    // The multilingual notice and the one with audiences (every demo notice passes the strict policy above).
    for (const slug of ['coventry-family-valued', 'no-wrong-door-evaluation']) {
      // twice.html includes the script twice, as some CMS pages do.
      const win = await openFrame(`/test/csp/twice.html?policy=minimal&tt=lit-html&slug=${slug}`);
      const el = await renderedIn(win);
      expect(el.shadowRoot!.querySelector('[part="base"]'), slug).to.exist;
      await interact(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(win.__violations, slug).to.deep.equal([]);
      expect(win.__errors, slug).to.deep.equal([]);
    }
  });

  it("why 'allow-duplicates': without it, a page that includes the script twice reports the second Lit policy", async () => {
    const win = await openFrame('/test/csp/twice.html?tt=lit-html-once&slug=coventry-family-valued');
    const el = await renderedIn(win);
    // The first copy still renders the notice; the second one's policy is refused, loudly.
    expect(el.shadowRoot!.querySelector('[part="base"]')).to.exist;
    expect(win.__violations.map((v: { directive: string; sample: string }) => `${v.directive} ${v.sample}`)).to.deep.equal([
      'trusted-types lit-html',
    ]);
    expect(win.__errors.length).to.equal(1);
  });
});

describe('requests, cookies and storage (the demo pages, in a frame)', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const snapshot = () => ({ cookie: document.cookie, local: { ...localStorage }, session: { ...sessionStorage } });
  // indexedDB.databases() is missing from older engines.
  const databases = async () => ('databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '').sort() : []);
  /** What the framed page fetched; the test server's own live-reload script, which it adds to every page, aside. */
  const requested = (win: Window) =>
    win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => !p.startsWith('/__web-dev-server'));

  /** What the page itself references in its HTML as served (style sheets, scripts), before any script ran. */
  const ownResources = async (url: string): Promise<string[]> => {
    const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
    const base = new URL(url, location.href);
    return (
      [...doc.querySelectorAll<HTMLElement>('link[href], script[src]')]
        .map((e) => new URL(e.getAttribute('href') ?? e.getAttribute('src')!, base))
        // A data: URL (the demo pages' empty favicon) is no request.
        .filter((u) => u.protocol !== 'data:')
        .map((u) => u.pathname)
        .filter((p) => !p.startsWith('/__web-dev-server'))
    );
  };

  const cases = [
    ...SLUGS.map((slug) => ({ slug, lang: '' })),
    { slug: 'coventry-family-valued', lang: 'cy' },
    { slug: 'no-wrong-door-evaluation', lang: 'pl' },
  ];
  for (const { slug, lang } of cases) {
    const url = `/demo/${slug}.html${lang ? `?lang=${lang}` : ''}`;
    const what = lang ? "the payload and that language's interface strings" : 'the payload';
    it(`${url}: beyond the page's own files, ${what}, once each; no cookie, no storage`, async () => {
      const before = snapshot();
      const dbs = await databases();
      const own = await ownResources(url);
      expect(own, 'the page embeds the classic script').to.include('/dist/layered-notice.iife.js');
      const win = await openFrame(url);
      const el = await renderedIn(win);
      expect(el.shadowRoot!.querySelector('[part="base"]')).to.exist;
      await interact(el);
      await new Promise((r) => setTimeout(r, 100));
      const requests = requested(win);
      console.log(`network: ${url}: ${requests.length} requests after the page: ${requests.join(', ')}`);
      // The page's own files once each (the embed's script among them), then the embed's fetches.
      for (const p of own) expect(requests.filter((r) => r === p).length, p).to.equal(1);
      const fetched = requests.filter((p) => !own.includes(p));
      const expected = [`/demo/notices/${slug}.json`, ...(lang ? [`/dist/locales/${lang}.json`] : [])];
      expect(fetched, 'what the notice fetched').to.deep.equal(expected);
      expect(win.document.cookie, 'cookies in the frame').to.equal('');
      expect(snapshot(), 'cookies, localStorage, sessionStorage').to.deep.equal(before);
      expect(await databases(), 'IndexedDB databases').to.deep.equal(dbs);
    });
  }
});
