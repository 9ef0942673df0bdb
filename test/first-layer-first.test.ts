/**
 * The first layer comes first: the element paints at a glance and the key facts in its
 * first render, alone, and builds the full notice, the rights and the contacts a few
 * sections per task after it, waiting for the browser (scheduler.yield) between tasks,
 * so no task of a long notice blocks input for long. Not a timing test: the scheduler
 * is replaced by one the test releases step by step, and each step's DOM is asserted.
 * Deep links, "Show all sections" and print still get the whole notice at once.
 */
import { expect } from '@open-wc/testing';
import type { LayeredNotice } from '../src/layered-notice.js';
import { $, $$, loadPayload, type DemoNotice } from './helpers/notices.js';
import { until } from './helpers/a11y.js';
import { validateNotice } from '../src/schema/validate.js';

/** scheduler.yield() calls not yet let go, oldest first. */
let waiting: (() => void)[] = [];

before(() => {
  // An own property shadows the engine's scheduler (where it has one) for these tests only.
  Object.defineProperty(globalThis, 'scheduler', {
    configurable: true,
    value: { yield: () => new Promise<void>((resolve) => waiting.push(resolve)) },
  });
});
after(() => {
  delete (globalThis as { scheduler?: unknown }).scheduler;
});

let el: LayeredNotice;
let readyEvents = 0;
afterEach(async () => {
  el?.remove();
  history.replaceState(null, '', location.pathname + location.search);
  // Let go of any task still asked for, so the next test counts only its own element's turns.
  for (let quiet = 0; quiet < 5;) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (waiting.length) (waiting.splice(0).forEach((go) => go()), (quiet = 0));
    else quiet++;
  }
});

/** Appends an element for `payload` and waits for its first render. */
async function mount(payload: DemoNotice): Promise<LayeredNotice> {
  waiting = [];
  readyEvents = 0;
  el = document.createElement('layered-notice') as LayeredNotice;
  el.addEventListener('ln-ready', () => readyEvents++);
  el.notice = payload;
  document.body.append(el);
  // The payload is checked first; the browser gets a turn before the first render.
  await until(() => waiting.length > 0, 'the element to wait for the browser after checking the payload');
  waiting.shift()!();
  await until(() => el.shadowRoot?.querySelector('[part="glance"]'), 'the first layer');
  return el;
}

/** Lets the element go on past one scheduler.yield(), and waits until it asks for the next one or is done. */
async function step(): Promise<void> {
  expect(waiting.length, 'the element waits for the browser before building more').to.equal(1);
  waiting.shift()!();
  await until(() => waiting.length > 0 || readyEvents > 0, 'the next part of the notice');
}

/** 1,200 sections: the largest seed's 12, 100 times over, each with its own id. */
const hundredfold = (seed: DemoNotice) =>
  Array.from({ length: 100 }, (_, k) => seed.sections.map((s) => ({ ...s, id: `${s.id}-x${k}` }))).flat();

const parts = (e: LayeredNotice) => ({
  sections: $$(e, '[part="section"]').length,
  rights: !!$(e, '[part="rights"]'),
  contacts: !!$(e, '[part="contacts"]'),
});

describe('the first layer first, the rest in short tasks', () => {
  it('checks the payload in one task and renders the first layer in the next', async () => {
    waiting = [];
    el = document.createElement('layered-notice') as LayeredNotice;
    el.notice = await loadPayload('no-wrong-door-evaluation');
    el.innerHTML = '<a href="/privacy">Read our privacy notice</a>';
    document.body.append(el);
    await until(() => waiting.length > 0, 'the element to wait for the browser after checking the payload');
    // Booleans, not elements: chai's message for an element that should not be there takes the page down.
    expect(!!el.shadowRoot!.querySelector('[part="glance"]'), 'nothing rendered before the browser had its turn').to.equal(false);
    expect(!!el.shadowRoot!.querySelector('slot'), 'the fallback still shows').to.equal(true);
    waiting.shift()!();
    await until(() => el.shadowRoot!.querySelector('[part="glance"]'), 'the first layer');
    expect($$(el, '[part="section"]'), 'the first layer alone').to.have.length(0);
  });

  it('checks a long notice a slice of sections per task, and shows nothing of it before the whole is checked', async () => {
    waiting = [];
    const seed = await loadPayload('no-wrong-door-evaluation');
    const sections = hundredfold(seed);
    el = document.createElement('layered-notice') as LayeredNotice;
    el.notice = { ...seed, sections };
    el.innerHTML = '<a href="/privacy">Read our privacy notice</a>';
    document.body.append(el);
    const shown = () => !!el.shadowRoot?.querySelector('[part="glance"]');
    const fallback = () => !!el.shadowRoot?.querySelector('slot');
    let turns = 0;
    while (!shown()) {
      await until(() => (waiting.length > 0 && fallback()) || shown(), 'the fallback shown while the element waits for the browser');
      if (shown()) break;
      waiting.shift()!();
      turns++;
    }
    // 50 sections per task, then one turn between the check and the first render.
    expect(turns).to.equal(1200 / 50 + 1);
  });

  it('a problem in a section of a long notice is reported as validateNotice reports it, and the fallback stays', async () => {
    waiting = [];
    const seed = await loadPayload('no-wrong-door-evaluation');
    const sections: unknown[] = hundredfold(seed);
    const notice = { ...seed, sections };
    sections[1000] = { ...seed.sections[0], id: 'broken', heading: 5 };
    const expected = validateNotice(notice);
    el = document.createElement('layered-notice') as LayeredNotice;
    el.innerHTML = '<a href="/privacy">Read our privacy notice</a>';
    let problems: unknown;
    el.addEventListener('ln-error', (e) => (problems = (e as CustomEvent<{ problems: unknown }>).detail.problems));
    const error = console.error;
    console.error = () => {};
    try {
      el.notice = notice;
      document.body.append(el);
      await until(() => {
        waiting.splice(0).forEach((go) => go());
        return problems !== undefined;
      }, 'ln-error');
    } finally {
      console.error = error;
    }
    expect(expected.ok).to.equal(false);
    expect(problems).to.deep.equal(!expected.ok && expected.problems);
    expect(JSON.stringify(problems)).to.contain('sections[1000].heading');
    expect(!!el.shadowRoot?.querySelector('[part="glance"]'), 'nothing of the notice shown').to.equal(false);
  });

  it('renders at a glance and the key facts alone, then the sections a few per task, then rights and contacts', async () => {
    const payload = await loadPayload('no-wrong-door-evaluation');
    await mount(payload);
    expect($(el, '[part="glance"]').textContent).to.contain('At a glance');
    expect($(el, '[part="facts"]'), 'the key facts are in the first render').to.exist;
    expect(parts(el)).to.deep.equal({ sections: 0, rights: false, contacts: false });
    expect(readyEvents, 'ln-ready waits for the whole notice').to.equal(0);

    const seen: number[] = [];
    while (!readyEvents) {
      await step();
      seen.push(parts(el).sections);
    }
    // 12 sections, at most 4 per task, then the rights and contacts layers in a task of their own.
    expect(seen).to.deep.equal([4, 8, 12, 12]);
    expect(parts(el)).to.deep.equal({ sections: payload.sections.length, rights: true, contacts: true });
    expect(readyEvents).to.equal(1);
  });

  it('"Show all sections" pressed before the build is done opens every section at once', async () => {
    const payload = await loadPayload('no-wrong-door-evaluation');
    await mount(payload);
    await step();
    expect(parts(el).sections).to.equal(4);
    $<HTMLButtonElement>(el, '[part="show-all"]').click();
    await until(() => readyEvents > 0, 'ln-ready');
    expect(parts(el)).to.deep.equal({ sections: 12, rights: true, contacts: true });
    expect($$(el, '[part="content"][hidden]'), 'every section open').to.have.length(0);
  });

  it('printing before the build is done prints the whole notice', async () => {
    const payload = await loadPayload('children-in-need-looked-after');
    await mount(payload);
    dispatchEvent(new Event('beforeprint'));
    // Printing lays the page out after the event's listeners and their microtasks.
    await Promise.resolve();
    await Promise.resolve();
    expect(parts(el)).to.deep.equal({ sections: payload.sections.length, rights: true, contacts: true });
  });

  it('find-in-page reaches a section not built yet: its words are in the page, hidden until found, and a match builds and opens it', async () => {
    const payload = await loadPayload('no-wrong-door-evaluation');
    await mount(payload);
    await step();
    expect(parts(el).sections).to.equal(4);
    // A list item in the ninth section, "Your rights": the words find-in-page searches.
    const ninth = payload.sections[8]!;
    const words = (ninth.body[1] as { items: string[] }).items[0]!;
    expect(words).to.contain('right of access');
    const holders = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[hidden]')].filter((h) => h.textContent!.includes(words!));
    expect(holders.length, 'the words of the ninth section are in the page once').to.equal(1);
    expect(holders[0]!.getAttribute('hidden'), 'hidden until found, not hidden for good').to.equal('until-found');
    expect(readyEvents).to.equal(0);

    // What the browser does when a find lands on them.
    holders[0]!.dispatchEvent(new Event('beforematch'));
    await until(() => readyEvents > 0, 'the whole notice built at once');
    expect(parts(el)).to.deep.equal({ sections: 12, rights: true, contacts: true });
    const content = $(el, `#${payload.id}-${ninth.id}-content`);
    expect(content.hasAttribute('hidden'), 'the section found is open').to.equal(false);
    expect(content.textContent).to.contain(words);
    expect(el.shadowRoot!.textContent!.split(words!).length - 1, 'its words once, in the section').to.equal(1);
  });

  it('the words of a section not built yet leave out the blocks for another audience than the one chosen', async () => {
    const payload = await loadPayload('no-wrong-door-evaluation');
    const sections = payload.sections.map((s, i) =>
      i === 8 ? { ...s, body: [...s.body, { type: 'paragraph', text: 'Words for professionals only', audiences: ['professionals'] }] } : s,
    );
    await mount({ ...payload, sections } as DemoNotice);
    await step();
    const ninth = () => $$(el, '.sections > div[hidden]').find((h) => h.textContent!.includes('right of access'))?.textContent ?? '';
    expect(ninth(), 'everyone: every block').to.contain('Words for professionals only');
    const children = $$<HTMLInputElement>(el, '[part="audience"] input').find((r) =>
      r.closest('label')!.textContent!.includes('Children'),
    )!;
    children.click();
    await until(() => !ninth().includes('Words for professionals only'), 'the words for children only');
    expect(ninth()).to.contain('right of access');
  });

  it('the words of a long notice come a few dozen sections ahead per task, not all in one task', async () => {
    const seed = await loadPayload('no-wrong-door-evaluation');
    const sections = hundredfold(seed);
    waiting = [];
    readyEvents = 0;
    el = document.createElement('layered-notice') as LayeredNotice;
    el.notice = { ...seed, sections };
    document.body.append(el);
    // The check's slices and the turn before the first render.
    while (!el.shadowRoot?.querySelector('[part="glance"]')) {
      await until(() => waiting.length > 0 || !!el.shadowRoot?.querySelector('[part="glance"]'), 'the first layer');
      waiting.splice(0).forEach((go) => go());
    }
    const unbuilt = () => $$(el, '.sections > div[hidden]').length;
    await until(() => waiting.length > 0, 'the next task of the build');
    for (let task = 0; task < 3; task++) {
      await step();
      const built = parts(el).sections;
      // 4 sections built per task, and the words of the 15 times as many after them.
      expect([built, unbuilt()]).to.deep.equal([built, built * 15]);
      expect(built, 'a task builds a few sections').to.be.within(4, 16);
    }
  });

  it('a removed element stops building, and goes on where it stopped when it is put back', async () => {
    const payload = await loadPayload('no-wrong-door-evaluation');
    await mount(payload);
    await step();
    expect(parts(el).sections).to.equal(4);
    el.remove();
    // The task it was waiting for comes; it builds nothing and asks for no other.
    waiting.splice(0).forEach((go) => go());
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(waiting.length, 'no more tasks asked for while removed').to.equal(0);
    expect(parts(el)).to.deep.equal({ sections: 4, rights: false, contacts: false });
    expect(
      await Promise.race([el.updateComplete.then(() => 'resolved'), new Promise((r) => setTimeout(r, 100, 'waiting'))]),
      'updateComplete of a removed element',
    ).to.equal('resolved');

    document.body.append(el);
    await until(() => waiting.length > 0, 'the element to go on building');
    const seen: number[] = [];
    while (!readyEvents) {
      await step();
      seen.push(parts(el).sections);
    }
    expect(seen).to.deep.equal([8, 12, 12]);
    expect(parts(el)).to.deep.equal({ sections: 12, rights: true, contacts: true });
  });

  it('an address naming a part of the notice builds the whole notice in the first render, and focuses that part', async () => {
    const payload = await loadPayload('no-wrong-door-evaluation');
    history.replaceState(null, '', `#${payload.id}-rights`);
    await mount(payload);
    expect(parts(el)).to.deep.equal({ sections: 12, rights: true, contacts: true });
    await until(() => el.shadowRoot!.activeElement, 'focus on the rights heading');
    expect(el.shadowRoot!.activeElement!.id).to.equal(`${payload.id}-rights`);
  });
});
