import { expect } from '@open-wc/testing';

/**
 * The recipes of docs/recipes.md and the themes of docs/theming.md, each in its own frame
 * as a site would have it:
 *
 * - the ES module build through a bundler, and a React 19 component (bundled by
 *   scripts/build-recipes.mjs into test/fixtures/recipes/dist/, which npm test builds in
 *   test/node/recipes-build.test.mjs before the browser tests run);
 * - the output of `layered-notice render` as the no-JavaScript fallback inside the element;
 * - the `locales` attribute pointing at a folder away from the script;
 * - demo/themes.html: four presets made only of documented custom properties and parts,
 *   every text colour at least 4.5:1, and the CSS shown the same as in themes.css and
 *   docs/theming.md.
 */

const DIST = '/test/fixtures/recipes/dist';
const NOT_BUILT =
  `the recipe bundles are not built (${DIST}/ is missing): run \`node scripts/build-recipes.mjs\` ` +
  '(npm test builds them in test/node/recipes-build.test.mjs before the browser tests)';
const exists = async (url: string) => (await fetch(url, { method: 'HEAD', cache: 'no-store' })).ok;
const built = (await Promise.all(['bundler.js', 'react.js', 'ssr-fallback.html'].map((f) => exists(`${DIST}/${f}`)))).every(Boolean);

/** Skips the suite, saying why, when the bundles have not been built. */
function needsBundles(this: Mocha.Context) {
  if (!built) {
    console.warn(`recipes: skipped: ${NOT_BUILT}`);
    this.skip();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(get: () => T, what: string, ms = 8000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const value = get();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

async function openFrame(url: string, { width = 900, height = 700, sandbox }: { width?: number; height?: number; sandbox?: string } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument! };
}

/** Waits for the notice's first layer, then for the rest of it (updateComplete waits for the whole notice). */
const rendered = async (el: Element, what = 'the notice to render'): Promise<HTMLElement> => {
  await until(() => el.shadowRoot?.querySelector('[part="base"]'), what);
  await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  return el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
};
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const requested = (win: Window) => win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

const removeFrames = () => document.querySelectorAll('iframe').forEach((f) => f.remove());

describe('recipe: the ES module build through a bundler (test/fixtures/recipes/bundler/app.js)', () => {
  before(needsBundles);
  afterEach(removeFrames);

  it('renders the notice from `import "layered-notice/define"`, loading the Welsh chunk only', async () => {
    const { win, doc } = await openFrame('/test/fixtures/recipes/bundler/index.html');
    await until(() => doc.body.dataset.ready, 'ln-ready');
    expect(doc.body.dataset.ready).to.equal('family-valued-evaluation cy');
    const el = doc.querySelector('layered-notice')!;
    const base = await rendered(el);
    expect(text(base.querySelector('h2'))).to.equal('Family Valued Privacy Notice');
    expect(base.getAttribute('lang')).to.equal('cy');
    expect(text(el.shadowRoot!.querySelector('[part="show-all"]'))).to.equal('Dangos pob adran');
    // The bundler kept each language a chunk of its own: Welsh was fetched, Polish was not.
    const files = requested(win);
    expect(
      files.some((f) => /\/chunks\/cy-[\w-]+\.js$/.test(f)),
      files.join('\n'),
    ).to.equal(true);
    expect(files.some((f) => /\/chunks\/pl-[\w-]+\.js$/.test(f))).to.equal(false);
  });
});

describe('recipe: React 19 (test/fixtures/recipes/react/app.jsx)', () => {
  before(needsBundles);
  afterEach(removeFrames);

  type Entry = { type: string; [key: string]: unknown };
  const open = async () => {
    const { win, doc } = await openFrame('/test/fixtures/recipes/react/index.html');
    const log = (await until(() => (win as unknown as { recipeLog?: Entry[] }).recipeLog, 'the app to start')) as Entry[];
    await until(() => log.some((e) => e.type === 'ln-ready') && log.some((e) => e.type === 'probe ln-ready'), 'ln-ready in React');
    const el = doc.querySelector('layered-notice:not(#probe)') as HTMLElement & { notice?: { id: string } };
    return { win, doc, log, el };
  };

  it('sets `notice` as a property, not an attribute: the payload object renders', async () => {
    const { el, log } = await open();
    expect(el.hasAttribute('notice')).to.equal(false);
    expect(el.notice?.id).to.equal('family-valued-evaluation');
    const base = await rendered(el);
    expect(text(base.querySelector('h2'))).to.equal('Family Valued Privacy Notice');
    // lang="cy" reached the element too: the interface is in Welsh.
    expect(el.getAttribute('lang')).to.equal('cy');
    expect(base.getAttribute('lang')).to.equal('cy');
    expect(log.filter((e) => e.type === 'ln-ready')).to.deep.equal([{ type: 'ln-ready', lang: 'cy', id: 'family-valued-evaluation' }]);
  });

  it('calls the onln-toggle handler when the reader opens and closes a section, and React state follows', async () => {
    const { doc, el, log } = await open();
    const base = await rendered(el);
    const button = base.querySelector('[part="section-button"]') as HTMLButtonElement;
    button.click();
    await until(() => log.some((e) => e.type === 'ln-toggle'), 'ln-toggle in React');
    expect(log.filter((e) => e.type === 'ln-toggle')).to.deep.equal([{ type: 'ln-toggle', section: 'introduction', open: true }]);
    await until(() => text(doc.getElementById('opened')) === 'Open sections: introduction', 'React to re-render');
    button.click();
    await until(() => log.filter((e) => e.type === 'ln-toggle').length === 2, 'the second ln-toggle');
    expect(log.filter((e) => e.type === 'ln-toggle')[1]).to.deep.equal({ type: 'ln-toggle', section: 'introduction', open: false });
    await until(() => text(doc.getElementById('opened')) === 'Open sections: none', 'React to re-render');
  });

  it('does not map onLnReady or onLn-ready to ln-ready: the name after "on" is used as written', async () => {
    const { log } = await open();
    expect(log.filter((e) => e.type === 'probe ln-ready')).to.have.length(1);
    expect(log.filter((e) => e.type === 'onLnReady' || e.type === 'onLn-ready')).to.deep.equal([]);
  });
});

describe('recipe: `layered-notice render` output as the no-JavaScript fallback', () => {
  before(needsBundles);
  afterEach(removeFrames);

  it('without JavaScript, the reader gets the whole notice from the fallback', async () => {
    // A sandboxed frame without allow-scripts runs no script at all.
    const { doc } = await openFrame(`${DIST}/ssr-fallback.html`, { sandbox: 'allow-same-origin' });
    const el = doc.querySelector('layered-notice')!;
    expect(el.shadowRoot).to.equal(null);
    const h1 = el.querySelector('h1')!;
    expect(text(h1)).to.equal('Family Valued Privacy Notice');
    expect(h1.getClientRects().length).to.be.greaterThan(0);
    const notice = await (await fetch('/demo/notices/family-valued-evaluation.json')).json();
    for (const section of notice.sections) {
      const heading = el.querySelector(`[id="${notice.id}-${section.id}"]`);
      expect(heading, section.id).to.exist;
      expect(heading!.getClientRects().length, `${section.id} is shown`).to.be.greaterThan(0);
    }
  });

  it('with JavaScript, the element renders over it and the fallback is no longer shown', async () => {
    const { doc } = await openFrame(`${DIST}/ssr-fallback.html`);
    const el = doc.querySelector('layered-notice')!;
    const base = await rendered(el);
    expect(text(base.querySelector('h1'))).to.equal('Family Valued Privacy Notice');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.querySelector('h1')!.getClientRects().length).to.equal(0);
  });
});

describe('recipe: the `locales` attribute, for interface strings kept away from the script', () => {
  afterEach(removeFrames);
  it('fetches <tag>.json from the named folder, not from locales/ next to the script', async () => {
    const { win, doc } = await openFrame('/test/fixtures/recipes/cms/locales.html');
    const el = doc.querySelector('layered-notice')!;
    await rendered(el);
    await until(() => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang') === 'cy', 'the Welsh interface');
    expect(text(el.shadowRoot!.querySelector('[part="show-all"]'))).to.equal('Dangos pob adran');
    const files = requested(win);
    expect(files).to.include('/locales/cy.json');
    expect(files).not.to.include('/dist/locales/cy.json');
  });
});

// ------------------------------------------------------------------------- themes

type RGB = [number, number, number];
const luminance = (rgb: RGB) => {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: RGB, b: RGB) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

/** Any CSS colour as sRGB bytes, through the engine's own parser; throws on transparency. */
function rgbOf(doc: Document, css: string): RGB {
  const probe = doc.createElement('span');
  probe.style.color = css;
  doc.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(computed);
  if (!m) throw new Error(`cannot read colour ${css} (computed ${computed})`);
  if (m[4] !== undefined && Number(m[4]) < 1) throw new Error(`colour ${css} is translucent`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The opaque background behind an element: its own or its nearest ancestor's. */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null)) {
    const bg = getComputedStyle(e).backgroundColor;
    if (!/^(transparent|rgba\(0, 0, 0, 0\))$/.test(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

/** README's tables: the documented custom properties with their defaults, and the parts. */
async function documented() {
  const readme = await (await fetch('/README.md')).text();
  const section = (heading: string) => readme.split(`### ${heading}`)[1]?.split(/\n#{2,3} /)[0] ?? '';
  const defaults = new Map<string, string>();
  for (const m of section('CSS custom properties').matchAll(/^\| `(--ln-[a-z-]+)` \| `([^`]*)` \|/gm)) defaults.set(m[1], m[2]);
  const parts = new Set([...section('Parts').matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
  return { defaults, parts };
}

const PRESETS = ['govuk', 'council', 'charity', 'dark'] as const;

/** The preset blocks of demo/themes.css, between `/* preset: name *\/` and `/* end preset *\/`. */
async function presetBlocks(): Promise<Record<string, string>> {
  const css = await (await fetch('/demo/themes.css')).text();
  return Object.fromEntries([...css.matchAll(/\/\* preset: (\w+) \*\/\n([\s\S]*?)\/\* end preset \*\//g)].map((m) => [m[1], m[2].trim()]));
}

describe('demo/themes.html: four presets of the same notice', () => {
  let page: { win: Window; doc: Document };
  before(async () => {
    page = await openFrame('/demo/themes.html', { width: 1200, height: 900 });
    for (const el of page.doc.querySelectorAll('layered-notice')) await rendered(el, 'each notice on the themes page');
  });
  after(removeFrames);

  it('shows the same notice four times, each under a heading naming its preset', async () => {
    const { doc } = page;
    const sections = [...doc.querySelectorAll('section.preset')];
    expect(sections.map((s) => s.querySelector('.preset-site')!.getAttribute('data-preset'))).to.deep.equal([...PRESETS]);
    expect(sections.map((s) => text(s.querySelector('h2')))).to.deep.equal([
      'GOV.UK-like: the defaults',
      'Council brand: teal and purple',
      'Charity brand: warm',
      'Dark scheme',
    ]);
    for (const s of sections) {
      const el = s.querySelector('layered-notice')!;
      expect(el.getAttribute('src')).to.equal('notices/family-valued-evaluation.json');
      expect(text(el.shadowRoot!.querySelector('h3'))).to.equal('Family Valued Privacy Notice');
    }
  });

  it('shows beside each notice exactly the CSS of its preset in themes.css, and docs/theming.md has the same CSS', async () => {
    const blocks = await presetBlocks();
    expect(Object.keys(blocks)).to.deep.equal([...PRESETS]);
    const theming = await (await fetch('/docs/theming.md')).text();
    for (const name of PRESETS) {
      const pre = page.doc.querySelector(`.preset-site.${name}`)!.closest('section')!.querySelector('pre')!;
      expect(pre.textContent!.trim(), `${name}: the <pre> differs from demo/themes.css`).to.equal(blocks[name]);
      expect(
        theming.includes(`\`\`\`css\n${blocks[name]}\n\`\`\``),
        `${name}: docs/theming.md lacks this preset's CSS as a css block`,
      ).to.equal(true);
    }
  });

  it("docs/theming.md's prefers-color-scheme recipe sets the notice exactly as the dark preset does", async () => {
    const theming = await (await fetch('/docs/theming.md')).text();
    const recipe = /```css\n@media \(prefers-color-scheme: dark\) \{[\s\S]*?\n```/.exec(theming)?.[0];
    expect(recipe, 'docs/theming.md has the @media (prefers-color-scheme: dark) recipe').to.be.a('string');
    const declarations = (css: string) => [...css.matchAll(/(--ln-[a-z-]+):\s*([^;]+);/g)].map((m) => `${m[1]}: ${m[2].trim()}`);
    const dark = declarations((await presetBlocks()).dark);
    expect(dark.length).to.be.greaterThan(5);
    expect(declarations(recipe!)).to.deep.equal(dark);
  });

  it('styles the notice only with documented --ln-* custom properties and parts', async () => {
    const { defaults, parts } = await documented();
    expect(defaults.size, 'README lists the custom properties').to.be.greaterThan(5);
    const blocks = await presetBlocks();
    // The site's own rule may set only what the notice inherits (font and colour) and its background.
    const site = /^(font-family|font-size|color|background|color-scheme)$/;
    for (const [name, block] of Object.entries(blocks)) {
      const rules = [...block.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{([^{}]*)\}/g)];
      expect(rules.length, name).to.be.greaterThan(1);
      for (const [, selector, body] of rules) {
        const props = body
          .split(';')
          .map((d) => d.split(':')[0].trim())
          .filter(Boolean);
        const part = /layered-notice::part\(([\w-]+)\)/.exec(selector);
        if (part) expect(parts.has(part[1]), `${name}: ::part(${part[1]}) is not documented`).to.equal(true);
        else if (selector.includes('layered-notice')) {
          for (const p of props) expect(defaults.has(p), `${name}: ${p} is not a documented custom property`).to.equal(true);
        } else for (const p of props) expect(site.test(p), `${name}: ${selector.trim()} sets ${p}`).to.equal(true);
      }
    }
  });

  it('every preset keeps text at 4.5:1 or more, and its focus highlight at 3:1 or more, on the page and on the panel', async () => {
    const { doc } = page;
    const { defaults } = await documented();
    const failures: string[] = [];
    const report: string[] = [];
    for (const name of PRESETS) {
      const el = doc.querySelector(`.preset-site.${name} layered-notice`)!;
      const root = el.shadowRoot!;
      const style = getComputedStyle(el);
      /** A custom property as the page sets it, else its documented default. */
      const prop = (p: string) => style.getPropertyValue(p).trim() || defaults.get(p)!;
      const rgb = (css: string) => rgbOf(doc, css);
      const page_ = rgb(backgroundOf(el));
      const panel = rgb(backgroundOf(root.querySelector('[part="glance"]')!));
      const colours: Record<string, RGB> = {
        text: rgb(getComputedStyle(root.querySelector('[part="base"]')!).color),
        muted: rgb(prop('--ln-color-muted')),
        link: rgb(getComputedStyle(root.querySelector('[part="section-button"]')!).color),
        'link-hover': rgb(prop('--ln-color-link-hover')),
      };
      // The properties really reach the rendered notice.
      expect(colours.link, `${name}: link colour`).to.deep.equal(rgb(prop('--ln-color-link')));
      expect(panel, `${name}: panel colour`).to.deep.equal(rgb(prop('--ln-color-surface')));
      if (prop('--ln-color-text') !== 'inherit') expect(colours.text, `${name}: text colour`).to.deep.equal(rgb(prop('--ln-color-text')));
      const check = (what: string, ratio: number, min: number) => {
        report.push(`${name} ${what} ${ratio.toFixed(2)}`);
        if (ratio < min) failures.push(`${name}: ${what} is ${ratio.toFixed(2)}:1, under ${min}:1`);
      };
      for (const [what, colour] of Object.entries(colours)) {
        check(`${what} on the page`, contrast(colour, page_), 4.5);
        check(`${what} on the panel`, contrast(colour, panel), 4.5);
      }
      const focus = rgb(prop('--ln-color-focus'));
      const focusText = rgb(prop('--ln-color-focus-text'));
      check('focused text on the focus colour', contrast(focusText, focus), 4.5);
      // A focused control gets the focus colour behind it and an underline in the focus text
      // colour: one of them must stand out from what is around it.
      for (const [where, bg] of [
        ['page', page_],
        ['panel', panel],
      ] as const) {
        check(`focus indicator on the ${where}`, Math.max(contrast(focus, bg), contrast(focusText, bg)), 3);
      }
      if (name === 'dark') {
        check('focus colour on the dark page', contrast(focus, page_), 3);
        check('focus colour on the dark panel', contrast(focus, panel), 3);
      }
    }
    expect(failures, report.join('\n')).to.deep.equal([]);
  });

  it('gives the council its rounded panel through --ln-radius and its teal edge through ::part(glance)', () => {
    const glance = page.doc.querySelector('.preset-site.council layered-notice')!.shadowRoot!.querySelector('[part="glance"]')!;
    const s = getComputedStyle(glance);
    expect(s.borderTopLeftRadius).to.equal('12px');
    expect(s.borderInlineStartWidth).to.equal('8px');
    const govuk = page.doc.querySelector('.preset-site.govuk layered-notice')!.shadowRoot!.querySelector('[part="glance"]')!;
    expect(getComputedStyle(govuk).borderTopLeftRadius).to.equal('0px');
  });
});
