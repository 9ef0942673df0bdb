import { expect } from '@open-wc/testing';

/**
 * The payload playground (demo/playground.html), as an author uses it: in its own
 * frame with the classic script, editing the JSON and reading the problems listed
 * beside the editor.
 */
interface Playground {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  el: HTMLElement;
  editor: HTMLTextAreaElement;
  status: HTMLElement;
}

const until = async (ok: () => unknown, what: string, ms = 8000): Promise<void> => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};

const text = (e: Element | null | undefined): string => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const base = (pg: Playground) => pg.el.shadowRoot?.querySelector('[part="base"]') ?? null;
const problems = (pg: Playground): string[] => [...pg.doc.querySelectorAll('#pg-problems li')].map(text);
const message = (pg: Playground): string => text(pg.doc.getElementById('pg-message'));

async function open(width = 1100, height = 800): Promise<Playground> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  frame.src = '/demo/playground.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow! as Window & typeof globalThis;
  const doc = win.document;
  const pg: Playground = {
    frame,
    win,
    doc,
    el: doc.querySelector('layered-notice') as HTMLElement,
    editor: doc.getElementById('pg-payload') as HTMLTextAreaElement,
    status: doc.getElementById('pg-status') as HTMLElement,
  };
  await until(
    () => pg.editor.value.includes('"version"') && base(pg) && text(pg.doc.getElementById('pg-snippet')),
    'the first payload in the editor and its preview',
  );
  // The first layer is there; updateComplete waits for the rest of the notice.
  await (pg.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return pg;
}

/** Types into the editor as a person would: the value changes and an input event fires. */
function type(pg: Playground, value: string): void {
  pg.editor.focus();
  pg.editor.value = value;
  pg.editor.dispatchEvent(new pg.win.Event('input', { bubbles: true }));
}

/** Edits the payload as an object and types the result. */

function edit(pg: Playground, change: (payload: any) => void): void {
  const payload = JSON.parse(pg.editor.value);
  change(payload);
  type(pg, JSON.stringify(payload, null, 2));
}

function choose(pg: Playground, id: string, value: string): void {
  const select = pg.doc.getElementById(id) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new pg.win.Event('change', { bubbles: true }));
}

describe('the payload playground (demo/playground.html)', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('starts with a demo payload in a labelled editor and its notice rendered beside it', async () => {
    const pg = await open();
    const expected = await (await fetch('/demo/notices/family-valued-evaluation.json')).text();
    expect(pg.editor.value).to.equal(expected);
    expect(text(pg.doc.querySelector('label[for="pg-payload"]'))).to.equal('Payload (JSON)');
    expect(text(pg.doc.querySelector('label[for="pg-example"]'))).to.not.equal('');
    expect(text(pg.doc.querySelector('label[for="pg-lang"]'))).to.not.equal('');
    expect([...pg.doc.querySelectorAll<HTMLOptionElement>('#pg-example option')].map((o) => o.value).sort()).to.deep.equal([
      'children-in-need-looked-after',
      'coventry-family-valued',
      'family-valued-evaluation',
      'no-wrong-door-evaluation',
      'worcestershire-childrens-services',
    ]);
    expect([...pg.doc.querySelectorAll<HTMLOptionElement>('#pg-lang option')].map((o) => o.value)).to.deep.equal([
      'en',
      'cy',
      'pl',
      'ro',
      'pa',
      'ar',
      'ur',
    ]);
    expect(pg.status.getAttribute('role')).to.equal('status');
    expect(pg.status.getAttribute('aria-live')).to.equal('polite');
    expect(text(base(pg)!.querySelector('h3'))).to.equal('Family Valued Privacy Notice');
    expect(text(pg.el.querySelector('p'))).to.equal('The preview appears when the payload is valid.');
    expect(problems(pg)).to.deep.equal([]);
  });

  it('shows a JSON syntax error and keeps the last good preview', async () => {
    const pg = await open();
    type(pg, pg.editor.value.replace('"version": 1,', '"version": 1'));
    await until(() => message(pg), 'the syntax message');
    expect(message(pg)).to.match(/^JSON syntax error: \S/);
    expect(base(pg), 'the last good preview stays').to.exist;
    expect(text(base(pg)!.querySelector('h3'))).to.equal('Family Valued Privacy Notice');
  });

  it('lists the version problem, and the fallback shows while the payload is invalid', async () => {
    const pg = await open();
    expect(pg.editor.value).to.include('"version": 1');
    type(pg, pg.editor.value.replace('"version": 1', '"version": 2'));
    await until(() => problems(pg).length, 'the problem list');
    expect(problems(pg)).to.deep.equal(['version: unsupported payload version 2: this release reads version 1']);
    expect(base(pg)).to.equal(null);
    expect(pg.el.shadowRoot!.querySelector('slot')).to.exist;
    expect(text(pg.doc.getElementById('pg-fix'))).to.equal('To fix: use version 1.');
  });

  it('names an unknown field by its path; fixing it clears the list and the notice renders again', async () => {
    const pg = await open();
    edit(pg, (p) => {
      p.controller.emial = 'dpo@example.gov.uk';
      p.sections[1].body.push({ type: 'paragraph', txt: 'x' });
    });
    await until(() => problems(pg).length, 'the problem list');
    expect(problems(pg)).to.include('controller.emial: unknown field "emial": remove it or check its spelling');
    expect(problems(pg).some((p) => p.startsWith('sections[1].body['))).to.equal(true);
    expect(message(pg)).to.match(/problems/);
    expect(base(pg)).to.equal(null);

    edit(pg, (p) => {
      delete p.controller.emial;
      p.sections[1].body.pop();
    });
    await until(() => base(pg), 'the preview');
    await (pg.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(problems(pg)).to.deep.equal([]);
    expect(message(pg)).to.equal('');
    expect(text(base(pg)!.querySelector('h3'))).to.equal('Family Valued Privacy Notice');
  });

  it('a valid edit updates the preview after a pause in typing', async () => {
    const pg = await open();
    edit(pg, (p) => (p.title = 'Edited in the playground'));
    expect(text(base(pg)!.querySelector('h3')), 'not before the pause').to.equal('Family Valued Privacy Notice');
    await until(() => text(base(pg)?.querySelector('h3')) === 'Edited in the playground', 'the edited title');
  });

  it('switching the language to Welsh translates the preview', async () => {
    const pg = await open();
    const showAll = () => text(pg.el.shadowRoot!.querySelector('[part="show-all"]'));
    expect(showAll()).to.equal('Show all sections');
    choose(pg, 'pg-lang', 'cy');
    expect(pg.el.getAttribute('lang')).to.equal('cy');
    await until(() => showAll() === 'Dangos pob adran', 'the Welsh "Show all sections"');
  });

  it('choosing another demo notice loads it into the editor and the preview', async () => {
    const pg = await open();
    choose(pg, 'pg-example', 'coventry-family-valued');
    await until(() => pg.editor.value.includes('"id": "coventry-family-valued"'), 'the Coventry payload');
    await until(() => text(base(pg)?.querySelector('h3')) === 'Family values privacy notice', 'the Coventry preview');
    expect(text(pg.doc.getElementById('pg-snippet'))).to.include('src="notices/coventry-family-valued.json"');
  });

  it('copies the embed snippet and says so in the status region', async () => {
    const pg = await open();
    const written: string[] = [];
    Object.defineProperty(pg.win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (s: string) => void written.push(s) },
    });
    (pg.doc.getElementById('pg-copy') as HTMLButtonElement).click();
    await until(() => written.length && text(pg.status).includes('Copied'), 'the copy');
    const snippet = pg.doc.getElementById('pg-snippet')!.textContent!;
    expect(written).to.deep.equal([snippet]);
    expect(snippet).to.equal(
      [
        '<script src="layered-notice.iife.js" defer></script>',
        '<layered-notice src="notices/family-valued-evaluation.json">',
        '  <a href="/privacy/family-valued-evaluation">Family Valued Privacy Notice</a>',
        '</layered-notice>',
      ].join('\n'),
    );
    expect(text(pg.doc.getElementById('pg-copy'))).to.equal('Copy embed snippet');
  });

  it('has no axe violations, with the notice shown and with problems listed', async () => {
    const pg = await open();
    const script = pg.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      pg.doc.head.append(script);
    });
    const axe = pg.win.axe!;
    const violations = async () => {
      const results = await axe.run(pg.doc, { resultTypes: ['violations'] });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await violations(), 'with the notice shown').to.deep.equal([]);
    edit(pg, (p) => (p.noticeType = 'direkt'));
    await until(() => problems(pg).length, 'the problem list');
    expect(await violations(), 'with problems listed').to.deep.equal([]);
  });

  it('fits a 320px wide screen without horizontal scrolling', async () => {
    const pg = await open(320, 640);
    const html = pg.doc.documentElement;
    expect(html.scrollWidth, 'page width at 320px').to.be.at.most(html.clientWidth);
    expect(pg.editor.getBoundingClientRect().right).to.be.at.most(html.clientWidth);
  });
});
