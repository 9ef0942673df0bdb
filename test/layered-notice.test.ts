import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { coverage } from '../scripts/lib/words.mjs';
import type { LayeredNotice } from '../src/layered-notice.js';
import { $, $$, SLUGS, loadPayload, type DemoNotice, loadSeed, openAll, renderNotice, settled, visibleText } from './helpers/notices.js';
import { spokenText } from './helpers/a11y.js';

/**
 * Lines of the seed files that are page furniture around the notice, not the notice:
 * left out of the payloads on purpose, so left out of the word count too.
 */
const CHROME = ['Is there anything wrong with this page?'];

/** Markdown and list markup in the seed files ("- ", "1. ", "### ", HTML tags) is not text a reader sees. */
const seedText = (seed: string): string =>
  seed
    .split('\n')
    .filter((line) => !CHROME.includes(line.trim()))
    .map((line) => line.replace(/^\s*(?:[-•]|\d+\.(?=\s+[A-Z][a-z]))\s+/, '').replace(/<\/?[a-z]+>/g, ' '))
    .join('\n');

describe('<layered-notice> with each seed notice', () => {
  for (const slug of SLUGS) {
    describe(slug, () => {
      let el: LayeredNotice;
      let payload: DemoNotice;
      beforeEach(async () => {
        payload = await loadPayload(slug);
        el = await renderNotice(payload);
      });

      it('shows the title and the four layers, and hides the fallback', async () => {
        expect($(el, '#' + CSS.escape(`${payload.id}-title`)).textContent).to.contain(
          typeof payload.title === 'string' ? payload.title : payload.title.en,
        );
        for (const part of ['glance', 'sections', 'rights', 'contacts']) expect($(el, `[part="${part}"]`), part).to.exist;
        expect($$(el, '[part="section"]').length).to.equal(payload.sections.length);
        expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      });

      it('renders at least 98% of the seed text with all sections open', async () => {
        await openAll(el);
        const result = coverage(seedText(await loadSeed(slug)), visibleText(el));
        // Printed for the record: how much of the seed text each notice renders, per engine.
        console.log(`word coverage ${slug}: ${(100 * result.share).toFixed(1)}% (${result.covered}/${result.total})`);
        expect(result.share, `missing: ${result.missing.join(' ')}`).to.be.at.least(0.98);
      });

      it('has no axe violations, collapsed and expanded', async () => {
        await expect(el).to.be.accessible();
        await openAll(el);
        await expect(el).to.be.accessible();
      });
    });
  }
});

describe('at a glance (derived from the structured fields)', () => {
  it('names the controller, says what matters most, lists the rights and links to the detail, saying nothing twice', async () => {
    const el = await renderNotice(await loadPayload('children-in-need-looked-after'));
    const glance = $(el, '[part="glance"]');
    const rows = Object.fromEntries(
      [...glance.querySelectorAll('dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling as HTMLElement]),
    );
    // The purposes and their bases are in the key facts that follow, not repeated here.
    expect(Object.keys(rows)).to.deep.equal(['Who we are', 'What you should know', 'Your rights', 'How to contact us']);
    expect(rows['Who we are'].textContent).to.contain('Cheshire West and Chester Council');
    expect(glance.textContent).not.to.contain('Public task');
    expect(rows['What you should know'].textContent).to.contain('We use special category (sensitive) information.');
    // "We do not transfer ..." is not notable: the key facts say it, once.
    expect(glance.textContent).not.to.contain('We do not transfer your information outside the UK.');
    expect(rows['Your rights'].textContent).to.contain('Right of access');
    expect(rows['Your rights'].querySelector('a')!.getAttribute('href')).to.equal('#children-in-need-looked-after-rights');
    // The index of sections is at the top of the full notice, not in layer 1.
    expect(glance.querySelector('nav')).to.equal(null);
    const index = $$(el, '[part="sections"] nav a').map((a) => a.textContent!.trim());
    expect(index[0]).to.equal('Who will own my data once I submit it?');
  });

  for (const slug of SLUGS)
    it(`${slug}: no item of layer 1 is printed twice`, async () => {
      const el = await renderNotice(await loadPayload(slug));
      const items = $$(el, '[part="glance"] dd li, [part="glance"] dd > p').map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
      expect(items.filter((t, i) => items.indexOf(t) !== i)).to.deep.equal([]);
    });

  it('a DPO named by the role is not labelled twice', async () => {
    const payload = await loadPayload('children-in-need-looked-after');
    payload.dpo = { ...payload.dpo, name: 'Data Protection Officer' };
    const el = await renderNotice(payload);
    const who = $(el, '[part="glance"] dd').textContent!.replace(/\s+/g, ' ');
    expect(who.match(/Data Protection Officer/g)).to.have.length(1);
    expect(who).not.to.contain('Data Protection Officer: Data Protection Officer');
  });
  it('the index of sections, at the top of the full notice, opens a section and moves focus to it', async () => {
    const payload = await loadPayload('children-in-need-looked-after');
    const el = await renderNotice(payload);
    const target = payload.sections[2];
    const link = $$<HTMLAnchorElement>(el, '[part="sections"] nav a')[2];
    expect(link.getAttribute('href')).to.equal(`#${payload.id}-${target.id}`);
    const moved = new Promise((r) => addEventListener('hashchange', r, { once: true }));
    link.click();
    await moved;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    const heading = el.shadowRoot!.getElementById(`${payload.id}-${target.id}`)!;
    expect(heading.querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(heading);
    // Focusable only while focused: a focusable heading is announced as "clickable".
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    heading.blur();
    expect(heading.hasAttribute('tabindex')).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [tabindex]').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('[tabindex]').length, 'no element has a tabindex at rest').to.equal(0);
    history.replaceState(null, '', location.pathname + location.search);
  });
});

describe('key facts (standard questions answered from the structured fields)', () => {
  const rowsOf = (dl: Element): string[][] =>
    [...dl.querySelectorAll(':scope > .row')].map((r) => [
      r.querySelector('dt')!.textContent!.trim(),
      r.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]);

  it('asks the same questions in the same order, per purpose and once for the whole notice', async () => {
    const payload = await loadPayload('no-wrong-door-evaluation');
    const el = await renderNotice(payload);
    const facts = $(el, '[part="facts"]');
    expect(facts.previousElementSibling!.getAttribute('part')).to.equal('glance');
    expect(facts.querySelector('h3')!.textContent).to.equal('Key facts');
    const purposes = [...facts.querySelectorAll('ol > li > dl')].map(rowsOf);
    expect(purposes).to.have.length(payload.purposes.length);
    expect(purposes[0].map((r) => r[0])).to.deep.equal(['What we use this for', 'Our lawful basis', 'Our legitimate interests']);
    expect(purposes[0][1][1]).to.equal('Legitimate interests');
    const common = rowsOf(facts.querySelector(':scope > dl')!);
    expect(common.map((r) => r[0])).to.deep.equal([
      'What the lawful bases mean',
      'Information we use',
      'Where it comes from',
      'Who we share it with',
      'How long we keep it',
      'Outside the UK',
      'Decisions made by computer',
      'Right to complain',
    ]);
    const text = common.map((r) => r[1]).join(' ');
    expect(text).to.contain('Your ethnicity (special category)');
    expect(text).to.contain('Transcription service');
    expect(text).to.contain('Data shared with a transcription service: Deleted by the provider after 7 days');
    expect(text).to.contain('We do not transfer your information outside the UK.');
  });

  it('explains each lawful basis once, and a basis shared by every purpose is given once', async () => {
    const el = await renderNotice(await loadPayload('worcestershire-childrens-services'));
    const facts = $(el, '[part="facts"]').innerText;
    expect(facts.match(/The law requires it\./g)).to.have.length(1);
    expect(facts.match(/We need it for a task in the public interest/g)).to.have.length(1);
    const shared = { ...(await loadPayload('family-valued-evaluation')) };
    shared.purposes = [shared.purposes[0], { ...shared.purposes[0], id: 'second', description: 'A second purpose' }];
    const two = await renderNotice(shared);
    const common = rowsOf($(two, '[part="facts"] > dl'));
    expect(common[0]).to.deep.equal(['Our lawful basis', 'Legitimate interests']);
    expect($$(two, '[part="facts"] ol dt').map((dt) => dt.textContent!.trim())).not.to.include('Our lawful basis');
  });

  it('gives the criminal offence condition and whether you must provide the data', async () => {
    const payload = await loadPayload('children-in-need-looked-after');
    payload.purposes[0].criminalOffenceCondition = 'DPA 2018 Schedule 1, paragraph 18: safeguarding of children';
    const el = await renderNotice(payload);
    const facts = $(el, '[part="facts"]').innerText;
    expect(facts).to.contain('DPA 2018 Schedule 1, paragraph 18: safeguarding of children');
    expect(facts).to.contain(typeof payload.provision === 'string' ? payload.provision.slice(0, 40) : 'Do you have to give it to us?');
  });
});

describe('sections (GOV.UK accordion semantics)', () => {
  let el: LayeredNotice;
  beforeEach(async () => {
    el = await renderNotice(await loadPayload('family-valued-evaluation'));
  });

  it('starts closed: aria-expanded false, content hidden until found, named by its heading', () => {
    const button = $$<HTMLButtonElement>(el, '[part="section-button"]')[0];
    const content = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(content.getAttribute('hidden')).to.equal('until-found');
    expect(button.closest('h4')).to.exist;
    expect(spokenText(button)).to.equal('Family Valued Privacy Notice, Show this section');
  });

  it('Enter and Space toggle a section from the keyboard', async () => {
    const button = $$<HTMLButtonElement>(el, '[part="section-button"]')[1];
    const content = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(content.hasAttribute('hidden')).to.equal(false);
    expect(button.textContent).to.contain('Hide');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(content.getAttribute('hidden')).to.equal('until-found');
  });

  it('"Show all sections" opens every section, then its label and state follow', async () => {
    const showAll = $<HTMLButtonElement>(el, '[part="show-all"]');
    const buttons = $$<HTMLButtonElement>(el, '[part="section-button"]');
    expect(showAll.getAttribute('aria-controls')!.split(' ')).to.have.length(buttons.length);
    expect(showAll.textContent!.trim()).to.equal('Show all sections');
    showAll.click();
    await el.updateComplete;
    expect(buttons.every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(showAll.getAttribute('aria-expanded')).to.equal('true');
    expect(showAll.textContent!.trim()).to.equal('Hide all sections');
    buttons[0].click(); // closing one section makes the button offer "Show all" again
    await el.updateComplete;
    expect(showAll.textContent!.trim()).to.equal('Show all sections');
    expect(showAll.getAttribute('aria-expanded')).to.equal('false');
  });

  it('fires ln-toggle with the section id when the reader opens a section', async () => {
    const events: CustomEvent[] = [];
    el.addEventListener('ln-toggle', (e) => events.push(e as CustomEvent));
    $$<HTMLButtonElement>(el, '[part="section-button"]')[2].click();
    expect(events.map((e) => e.detail)).to.deep.equal([
      { section: (await loadPayload('family-valued-evaluation')).sections[2].id, open: true },
    ]);
  });

  it('each section ends with a link to itself; copying it is announced in a status region', async () => {
    const payload = await loadPayload('family-valued-evaluation');
    const link = $$<HTMLAnchorElement>(el, '[part="content"] a[data-copy]')[1];
    expect(link.getAttribute('href')).to.equal(`#${payload.id}-${payload.sections[1].id}`);
    expect(link.textContent).to.equal('Link to this section');
    const copied: string[] = [];
    navigator.clipboard.writeText = async (text: string) => void copied.push(text);
    link.addEventListener('click', (e) => e.preventDefault(), { once: true });
    link.click();
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(copied).to.deep.equal([link.href]);
    const status = $(el, '[role="status"]');
    expect(status.textContent).to.equal('Link copied');
  });

  it('heading-level moves the whole outline', async () => {
    el.headingLevel = 3;
    await el.updateComplete;
    expect($(el, `[id="family-valued-evaluation-title"]`).localName).to.equal('h3');
    expect($$(el, '[part="section-button"]')[0].parentElement!.localName).to.equal('h5');
  });
});

describe('audiences', () => {
  it("shows everything by default and only the chosen audience's blocks after a choice", async () => {
    const el = await renderNotice(await loadPayload('no-wrong-door-evaluation'));
    await openAll(el);
    const radios = $$<HTMLInputElement>(el, '[part="audience"] input');
    expect(radios.map((r) => r.parentElement!.textContent!.trim())).to.deep.equal([
      'Everyone',
      'Children',
      'Parents and legal guardians',
      'Related professionals',
    ]);
    expect(visibleText(el)).to.contain('Whether or not you are classified as an unaccompanied asylum seeker');
    expect(visibleText(el)).to.contain('We may undertake an observation of your practice');
    radios[1].click();
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Whether or not you are classified as an unaccompanied asylum seeker');
    expect(visibleText(el)).not.to.contain('We may undertake an observation of your practice');
    await expect(el).to.be.accessible();
  });
});

describe('rights and contacts', () => {
  it('groups the rights that share a way to act and shows it once, with a prefilled subject and a phone link', async () => {
    const payload = await loadPayload('worcestershire-childrens-services');
    const el = await renderNotice(payload);
    const shared = payload.rights.filter((r: any) => r.code !== 'A77' && !r.action).map((r: any) => r.code);
    expect(shared.length).to.be.at.least(2);
    // One set of channels for all of them, not one per right.
    expect($$(el, '[part="rights"] > ul:first-of-type > li > .actions')).to.have.length(1);
    const actions = $(el, '[part="rights"] > ul:first-of-type > li > .actions');
    expect(actions.dataset.right).to.equal(shared.join(' '));
    const mail = actions.querySelector<HTMLAnchorElement>('[data-channel="email"]')!;
    expect(mail.getAttribute('href')).to.equal(
      `mailto:dataprotection@worcestershire.gov.uk?subject=${encodeURIComponent('Use your rights: Childrens Service Privacy Notice')}`,
    );
    expect(actions.querySelector('[data-channel="phone"]')!.getAttribute('href')).to.equal('tel:01905765765');
    const group = actions.closest('li')!.textContent!;
    expect(group).to.contain('Ask for a copy of the information we hold about you.');
    expect(group).to.contain('Ask us to correct information that is wrong or incomplete.');
    // The link says what it is for, not only how: the rights it acts on, in visually hidden text.
    expect(mail.querySelector('.vh')!.textContent).to.match(/^, Right of access, Right to rectification/);
  });

  it('a right with its own channel keeps it, and a payload may word a right in its own terms', async () => {
    const payload = await loadPayload('family-valued-evaluation');
    payload.rights = [
      { code: 'A15', name: "Ask for your child's records", action: { email: 'records@example.org' } },
      { code: 'A16' },
      { code: 'A7-3' },
    ];
    const el = await renderNotice(payload);
    const own = $$(el, '[part="rights"] > ul:first-of-type > li > .actions').map((a) => a.dataset.right);
    expect(own).to.deep.equal(['A15', 'A16 A7-3']);
    expect($(el, '[part="rights"] li').textContent).to.contain("Right of access (Ask for your child's records)");
  });

  it('says requests are usually free and answered within a month only where that is the law for the rights listed', async () => {
    const payload = await loadPayload('family-valued-evaluation');
    const free = 'It is usually free, and the law gives us one month to reply.';
    expect($(await renderNotice(payload), '[part="rights"] > p').textContent).to.contain(free);
    payload.rights = [{ code: 'A7-3' }, { code: 'A77' }];
    expect($(await renderNotice(payload), '[part="rights"] > p').textContent).not.to.contain(free);
  });

  it('links the complaint to the regulator and fires ln-action when a resident acts', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'));
    const ico = $(el, '[data-right="A77"]');
    expect(ico.querySelector('[data-channel="form"]')!.getAttribute('href')).to.equal('https://www.ico.org.uk');
    expect(ico.querySelector('[data-channel="phone"]')!.getAttribute('href')).to.equal('tel:03031231113');
    const seen: unknown[] = [];
    el.addEventListener('ln-action', (e) => seen.push((e as CustomEvent).detail));
    const link = $(el, '[data-right~="A15"] [data-channel="email"]');
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    expect(seen).to.deep.equal([
      { right: link.closest<HTMLElement>('[data-right]')!.dataset.right, channel: 'email', href: link.getAttribute('href') },
    ]);
    expect((seen[0] as any).right.split(' ')).to.include('A15');
  });

  it('lists the controller and the DPO with mailto: and tel: links', async () => {
    const el = await renderNotice(await loadPayload('family-valued-evaluation'));
    const contacts = $$(el, '[part="contact"]');
    expect(contacts[0].textContent).to.contain("What Works for Children's Social Care");
    expect(contacts[0].querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:07773647480');
    expect(contacts[1].textContent).to.contain('Luke Eastwood');
    expect(contacts[1].querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:luke.eastwood@whatworks-csc.org.uk');
  });
});

describe('loading', () => {
  it('fetches the payload from src and renders it', async () => {
    const el = await fixture<LayeredNotice>(
      html`<layered-notice src="/demo/notices/coventry-family-valued.json"><a href="/p">Read our privacy notice</a></layered-notice>`,
    );
    await settled(el);
    await el.updateComplete;
    expect($(el, '[part="base"]').textContent).to.contain('Family values privacy notice');
  });

  it('reads an inline <script type="application/json"> child without a request', async () => {
    const payload = await loadPayload('coventry-family-valued');
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(payload) });
    const host = document.createElement('layered-notice') as LayeredNotice;
    // A src too, which the inline payload takes precedence over: it must not be fetched.
    host.setAttribute('src', '/demo/notices/family-valued-evaluation.json');
    host.append(script);
    const requests: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => (requests.push(String(input)), realFetch(input, init));
    try {
      const done = settled(host);
      document.body.append(host);
      await done;
      await host.updateComplete;
    } finally {
      window.fetch = realFetch;
    }
    expect($(host, '[part="base"]').textContent).to.contain('Coventry City Council');
    expect(requests.filter((r) => r.includes('/notices/'))).to.deep.equal([]);
    host.remove();
  });

  it('only the latest src wins when src changes during a load', async () => {
    // The first payload is made to arrive last, after the second is on screen, and
    // ignores the abort signal, as a slow server or cache might.
    const realFetch = window.fetch;
    let firstArrived!: () => void;
    const first = new Promise<void>((r) => (firstArrived = r));
    window.fetch = async (input, init) => {
      if (!String(input).includes('coventry')) return realFetch(input, init);
      const response = await realFetch(input);
      await new Promise((r) => setTimeout(r, 300));
      setTimeout(firstArrived);
      return response;
    };
    try {
      const el = await fixture<LayeredNotice>(html`<layered-notice src="/demo/notices/coventry-family-valued.json"></layered-notice>`);
      el.src = '/demo/notices/family-valued-evaluation.json';
      await new Promise((r) => el.addEventListener('ln-ready', r, { once: true }));
      expect($(el, 'h2').textContent).to.equal('Family Valued Privacy Notice');
      await first;
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect($(el, 'h2').textContent).to.equal('Family Valued Privacy Notice');
    } finally {
      window.fetch = realFetch;
    }
  });
});
