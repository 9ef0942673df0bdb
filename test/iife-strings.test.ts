import { expect } from '@open-wc/testing';
import { FLAG, VECTORS } from './helpers/vectors.js';
import { SLUGS } from './helpers/notices.js';

/**
 * The interface-string vectors of security.test.ts, run against what CMS pages load:
 * the built, minified classic script (dist/layered-notice.iife.js), under the strict
 * Content Security Policy of test/csp/. A minifier can change what dependency code
 * means (terser's `unsafe` once turned i18next's `new RegExp(re)` into `RegExp(re)`,
 * which returns the same /g object, so `$t()` nesting never ended and the page froze; the
 * classic script now leaves nesting out, so `$t()` must show as written),
 * and only the built file shows that. Each string must come out as the text it is,
 * nothing may run, and no task may keep the page busy for a second or more.
 */

type Frame = Window & Record<string, any>;

const TAG = 'cy';
const LONGEST_TASK_MS = 1000;

async function openFrame(): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = '/test/csp/strings.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow as Frame;
}

/** Puts a notice on the framed page reading its interface strings from /poison/, and waits until it is shown. */
async function place(win: Frame, slug: string): Promise<Element> {
  const el = win.document.createElement('layered-notice');
  el.setAttribute('src', `/demo/notices/${slug}.json`);
  el.setAttribute('lang', TAG);
  el.setAttribute('locales', '/poison/');
  const link = win.document.createElement('a');
  link.href = '/privacy';
  link.textContent = 'Read our privacy notice';
  el.append(link);
  const shown = new Promise((resolve) => el.addEventListener('ln-ready', resolve, { once: true }));
  win.document.getElementById('main')!.append(el);
  await Promise.race([shown, new Promise((r) => setTimeout(r, 10_000))]);
  const base = el.shadowRoot?.querySelector('[part="base"]');
  expect(base, `${slug}: rendered`).to.exist;
  expect(base!.getAttribute('lang'), `${slug}: in the poisoned language`).to.equal(TAG);
  (el.shadowRoot!.querySelector('[part="show-all"]') as HTMLElement).click();
  await new Promise((r) => setTimeout(r, 50));
  return el;
}

const FORBIDDEN = ['script', 'img', 'svg', 'iframe', 'style', 'object', 'embed', 'template', 'link', 'meta', 'form', 'math'];

function expectHarmless(win: Frame, el: Element, label: string) {
  const root = el.shadowRoot!;
  for (const node of root.querySelectorAll('*')) {
    expect(FORBIDDEN.includes(node.localName), `${label}: <${node.localName}> in the shadow root`).to.equal(false);
    for (const attr of node.attributes) {
      expect(/^on/i.test(attr.name), `${label}: ${attr.name}= on <${node.localName}>`).to.equal(false);
      expect(
        /^(javascript|vbscript|data):/i.test(attr.value.replace(/[\u0000-\u0020\u007f]/g, '')),
        `${label}: ${attr.name}="${attr.value}"`,
      ).to.equal(false);
    }
  }
  expect(win[FLAG] ?? (window as any)[FLAG] ?? win.__lnXssData ?? (window as any).__lnXssData, `${label}: a vector ran`).to.equal(
    undefined,
  );
}

describe('the built classic script with hostile interface strings (test/csp/strings.html)', function () {
  this.timeout(120_000);
  let welsh: Record<string, any>;
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
  before(async () => {
    welsh = await (await fetch(`/locales/${TAG}.json`)).json();
  });
  after(() => delete (window as any).__lnPoison);

  it('a translator\'s $t() nesting is shown as written, at once: "Cipolwg ($t(glance.who))"', async () => {
    const strings = structuredClone(welsh);
    strings.glance.heading = 'Cipolwg ($t(glance.who))';
    (window as any).__lnPoison = { [TAG]: strings };
    const win = await openFrame();
    const started = performance.now();
    const el = await place(win, 'coventry-family-valued');
    const heading = [...el.shadowRoot!.querySelectorAll('h3, h4')].map((h) => h.textContent!.trim());
    expect(heading).to.include('Cipolwg ($t(glance.who))');
    expect(win.__longestTaskMs, 'longest task (ms)').to.be.below(LONGEST_TASK_MS);
    expect(performance.now() - started, 'time to render (ms)').to.be.below(5000);
    expect(win.__violations, 'CSP violations').to.deep.equal([]);
    expect(win.__errors, 'uncaught errors').to.deep.equal([]);
  });

  it('every interface string carrying a vector is shown as text, in every demo notice, with no long task', async () => {
    const planted: { key: string; vector: string; marker: string }[] = [];
    const poison = (strings: any, prefix = ''): any =>
      Object.fromEntries(
        Object.entries(strings).map(([k, v]) => {
          if (v && typeof v === 'object') return [k, poison(v, `${prefix}${k}.`)];
          const vector = VECTORS[planted.length % VECTORS.length];
          const marker = `⟦k${planted.length}⟧`;
          planted.push({ key: `${prefix}${k}`, vector, marker });
          return [k, `${vector}${marker} ${v}`];
        }),
      );
    (window as any).__lnPoison = { [TAG]: poison(welsh) };
    expect(planted.some((p) => p.vector.startsWith('$t('))).to.equal(true);
    const win = await openFrame();
    let tried = 0;
    for (const slug of SLUGS) {
      const el = await place(win, slug);
      expectHarmless(win, el, slug);
      const shown = el.shadowRoot!.textContent!;
      const used = planted.filter((p) => shown.includes(p.marker));
      expect(used.length, `${slug}: interface strings shown`).to.be.greaterThan(15);
      for (const { key, vector, marker } of used) {
        expect(shown.includes(vector + marker), `${slug}: ${key} is shown as the text it is`).to.equal(true);
      }
      tried += used.length;
      el.remove();
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(win[FLAG] ?? (window as any)[FLAG], 'a vector ran after its render').to.equal(undefined);
    expect(win.__longestTaskMs, 'longest task (ms)').to.be.below(LONGEST_TASK_MS);
    expect(win.__violations, 'CSP violations').to.deep.equal([]);
    expect(win.__errors, 'uncaught errors').to.deep.equal([]);
    console.log(`iife strings: ${tried} interface strings with a vector shown as text; longest task ${Math.round(win.__longestTaskMs)} ms`);
  });
});
