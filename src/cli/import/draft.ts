/**
 * Assembles a draft payload from a privacy notice page, and notes for each thing
 * a person must check or answer. A draft never holds placeholder text: what the page
 * does not state is left out and asked as a QUESTION in the report, and a required
 * field left out makes `validate` refuse the draft until a person fills it in.
 */
import { OWN_IDS } from '../../schema/validate.js';
import { ABROAD, AUTOMATED, statedNo } from './stated-no.js';
import type { RawSection } from './blocks.js';
import { find, attr, textOf } from './dom.js';
import { article9, lastUpdated, lawfulBases, pageText, rightsNamed } from './facts.js';
import { factLists, RETENTION_SENTENCE, type Family, type Found } from './lists.js';
import { readPage, type Note } from './page.js';
import { readParties } from './parties.js';

export interface DraftNote {
  path: string;
  message: string;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '') || 'section';

/** Sections with unique ids. Text before the first heading goes under the notice's title, in the page's own words. */
function sectionsOf(raw: RawSection[], title: string | undefined, note: Note) {
  const ids = new Set<string>();
  const out = [];
  for (const s of raw) {
    const heading = s.heading ?? title;
    if (!heading) {
      note('sections', `the text before the first heading ("${clip(pageText([s]))}") has no heading: give it one`);
      continue;
    }
    if (!s.body.length) {
      note('sections', `the heading "${clip(heading)}" has no text under it, so it was left out`);
      continue;
    }
    // "Contact us" must not become "contact", an id the element gives its own contact layer.
    const base = slug(heading) + (OWN_IDS.includes(slug(heading)) ? '-section' : '');
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    out.push({ id, heading: s.headingLang ? { [s.headingLang]: heading } : heading, body: s.body });
  }
  if (!out.length) note('sections', 'QUESTION: no content was found on the page: is it the notice itself? Add its sections');
  return out;
}

const clip = (s: string) => (s.length > 60 ? s.slice(0, 57) + '...' : s);

/** The purposes from the first list about them, each with every basis the page cites; none when the page lists none. */
function purposesOf(raw: RawSection[], lists: Found[], note: Note) {
  const bases = lawfulBases(pageText(raw));
  const conditions = article9(pageText(raw));
  let list = lists.find((l) => l.family === 'purposes');
  // No list, but a section about the use and a basis cited: its first sentence is the one purpose.
  const section =
    raw.find((s) => /\b(?:why|purposes?|how we use|what we use|lawful|legal basis|pam|diben)\b/i.test(s.heading ?? '')) ??
    raw.find((s) => !s.heading);
  const first =
    section &&
    pageText([{ body: section.body }])
      .split(/(?<=\.)\s/)[0]
      ?.trim();
  if (!list && bases.length && first)
    list = {
      family: 'purposes',
      entries: [first],
      special: false,
      from: section.heading ? `the first sentence under "${section.heading}"` : 'the first sentence of the page',
    };
  if (!list) {
    note(
      'purposes',
      `QUESTION: what is the data used for? The page has no list of purposes; add one entry per purpose${bases.length ? `, with its lawful basis (the page cites ${bases.join(', ')})` : ''}`,
    );
    return [];
  }
  note(
    'purposes',
    `${list.entries.length} purpose(s) from ${list.from}; each was given ` +
      `${bases.length ? `every lawful basis the page cites (${bases.join(', ')})` : 'no lawful basis, as the page cites none: QUESTION: on what lawful basis?'}` +
      `${conditions.length ? ` and Article 9 conditions ${conditions.join(', ')}` : ''}: keep only those that apply to each`,
  );
  return list.entries.map((description) => ({
    description,
    lawfulBasis: bases,
    ...(conditions.length && { specialCategoryConditions: conditions }),
  }));
}

/** Data categories, sources, recipients and retention periods from the lists about them. */
function listsOf(raw: RawSection[], lists: Found[], note: Note) {
  const of = (family: Family) => lists.filter((l) => l.family === family);
  const report = (family: Family, path: string, what: string) => {
    const found = of(family);
    note(
      path,
      found.length
        ? `${found.reduce((n, l) => n + l.entries.length, 0)} from ${found.map((l) => l.from).join('; ')}: check each`
        : `QUESTION: ${what}`,
    );
  };
  report('dataCategories', 'dataCategories', 'what kinds of personal data are used? The page lists none');
  report('recipients', 'recipients', 'who is the data shared with? The page lists no one (if no one, say so in a section)');
  report('sources', 'sources', 'where does the data come from, when not from the person? The page does not say');
  const retention = of('retention').flatMap((l) => l.entries.map((period) => ({ period })));
  if (!retention.length) {
    const sentence = RETENTION_SENTENCE.exec(
      pageText(raw.filter((s) => /how long|retention|keep|store|cadw/i.test(s.heading ?? ''))),
    )?.[0].trim();
    if (sentence) retention.push({ period: sentence });
  }
  note(
    'retention',
    retention.length
      ? `${retention.length} period(s) from the page: check each names the data it applies to`
      : 'QUESTION: how long is the data kept? The page does not say',
  );
  const entries = (family: Family) =>
    of(family).flatMap((l) => l.entries.map((description) => ({ description, ...(l.special && { special: true }) })));
  return {
    dataCategories: entries('dataCategories'),
    recipients: entries('recipients').map(({ description }) => ({ description })),
    sources: entries('sources').map(({ description }) => ({ description })),
    retention,
  };
}

/** Rights described under a "rights" heading (else anywhere), and the right to complain wherever the page gives it. */
function rightsOf(raw: RawSection[], note: Note): string[] {
  const rightsText = pageText(raw.filter((s) => /right|hawl/i.test(s.heading ?? ''))) || pageText(raw);
  const rights = rightsNamed(rightsText).filter((c) => c !== 'A77');
  if (rightsNamed(pageText(raw)).includes('A77')) rights.push('A77');
  note(
    'rights',
    rights.length
      ? `recognised from the wording: ${rights.join(', ')}`
      : 'QUESTION: which rights does the notice give? None were recognised',
  );
  return rights;
}

/** A draft payload from the HTML of a privacy notice page; `name` is the file name, for the id. */
export function draftNotice(html: string, name: string, baseUrl?: string): { draft: Record<string, unknown>; notes: DraftNote[] } {
  const notes: DraftNote[] = [];
  const note: Note = (path, message) => void notes.push({ path, message });
  const page = readPage(html, baseUrl, note);
  const raw = page.content.sections;
  const text = pageText(raw);

  const title = page.content.title ?? page.titleParts[0];
  if (!page.content.title)
    note(
      'title',
      title
        ? `the page has no <h1>: the title comes from <title>, "${title}"`
        : 'QUESTION: what is the notice called? The page has no <h1> or <title>',
    );
  const sections = sectionsOf(raw, title, note);
  const parties = readParties(raw, page.site, page.language, note);
  const lists = factLists(raw);
  const purposes = purposesOf(raw, lists, note);
  const facts = listsOf(raw, lists, note);
  const rights = rightsOf(raw, note);

  const time = find(page.root, (el) => el.tagName === 'time' && /^\d{4}-\d\d-\d\d/.test(attr(el, 'datetime') ?? ''));
  const said = lastUpdated(text) ?? lastUpdated(textOf(page.root));
  const updated = said?.date ?? attr(time, 'datetime')?.slice(0, 10);
  note(
    'lastUpdated',
    updated
      ? `${updated}, from the page${said?.partial ? ' (it gives only the month: the first of the month was used)' : ''}: check it`
      : 'QUESTION: when was the notice last updated? The page does not say',
  );
  note(
    'noticeType',
    '"both" was chosen so lint checks Article 13 and 14: use "direct" if all the data comes from the person, "indirect" if none does',
  );
  const rightsEmail = parties.dpo?.email ?? parties.controller.email;
  // Drafted only from a plain "no"; anything else is the author's to answer.
  const noTransfers = statedNo(text, ABROAD);
  const noAutomated = statedNo(text, AUTOMATED);
  note(
    'automatedDecisions',
    noAutomated
      ? 'the page says no decision is made by automated means: check it'
      : `QUESTION: are decisions made by automated means? The page does not say${AUTOMATED.test(text) ? ' plainly (it mentions them)' : ''}`,
  );
  note(
    'transfers',
    noTransfers
      ? 'the page says the data is not sent outside the UK: check it'
      : `QUESTION: is the data sent outside the UK, and with what safeguards? The page does not say${ABROAD.test(text) ? ' plainly (it mentions it)' : ''}`,
  );

  const draft = {
    $schema: 'https://unpkg.com/layered-notice/dist/notice.schema.json',
    version: 1,
    id: slug(name.replace(/\.[a-z]+$/i, '')),
    ...(title && { title }),
    ...(page.language && { language: page.language }),
    noticeType: 'both',
    ...(updated && { lastUpdated: updated }),
    ...(page.base && { url: page.base.href }),
    controller: parties.controller,
    ...(parties.dpo && { dpo: parties.dpo }),
    purposes,
    ...(facts.dataCategories.length && { dataCategories: facts.dataCategories }),
    ...(facts.sources.length && { sources: facts.sources }),
    ...(facts.recipients.length && { recipients: facts.recipients }),
    ...(noTransfers && { transfers: { outsideUK: false } }),
    ...(facts.retention.length && { retention: facts.retention }),
    ...(noAutomated && { automatedDecisions: { used: false } }),
    ...(rightsEmail && { rightsAction: { email: rightsEmail } }),
    rights: rights.map((code) => ({ code })),
    ...(parties.regulator && { complaint: { regulator: parties.regulator } }),
    sections,
  };
  return { draft, notes };
}
