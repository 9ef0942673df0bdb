/**
 * Assembles a draft payload from a privacy notice page, and notes for each thing
 * a person must check or fill in. Unknown required fields get "TODO: ..." text, so
 * the draft validates and every gap is easy to find.
 */
import type { Block, ListItem } from '../../schema/types.js';
import { OWN_IDS } from '../../schema/validate.js';
import type { RawSection } from './blocks.js';
import { find, attr, textOf } from './dom.js';
import { article9, lastUpdated, lawfulBases, pageText, rightsNamed } from './facts.js';
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

const isNested = (item: ListItem): item is Extract<ListItem, { items: ListItem[] }> => typeof item === 'object' && !Array.isArray(item) && Array.isArray((item as { items?: unknown }).items);

/** Sections with unique ids; content before the first heading gets one called "Introduction". */
function sectionsOf(raw: RawSection[], note: Note) {
  const ids = new Set<string>();
  return (raw.length ? raw : [{ heading: undefined, body: [] as Block[] }]).map((s, i) => {
    const heading = s.heading ?? (raw.length ? 'Introduction' : 'TODO: heading');
    if (!s.heading) note(`sections[${i}].heading`, raw.length ? `the text before the first heading was put in a section headed "${heading}": rename it or move its text` : 'TODO: no content was found on the page');
    // "Contact us" must not become "contact", an id the element gives its own contact layer.
    const base = slug(heading) + (OWN_IDS.includes(slug(heading)) ? '-section' : '');
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return { id, heading, body: s.body.length ? s.body : ['TODO: this heading had no text under it'] };
  });
}

/** The items of the first list under a "why we use it" heading, each with every basis the page cites; else one placeholder. */
function purposesOf(raw: RawSection[], note: Note) {
  const about = (re: RegExp) => pageText(raw.filter((s) => re.test(s.heading ?? ''))) || pageText(raw);
  const bases = lawfulBases(about(/lawful|legal basis|why|purpose|how we use/i));
  const conditions = article9(pageText(raw));
  const section = raw.find((s) => /\b(why|purposes?|how we use|what we use)\b/i.test(s.heading ?? ''));
  const list = section?.body.find((b): b is Extract<Block, { type: 'list' }> => typeof b === 'object' && 'type' in b && b.type === 'list');
  // A nested item's own text is the purpose; its sub-items are detail.
  const descriptions = list ? (list.items as ListItem[]).map((item) => (isNested(item) ? item.text : item)) : ['TODO: what the data is used for (one entry per purpose)'];
  note(
    'purposes',
    `${list ? `${descriptions.length} purpose(s) from the list under "${section!.heading}"` : 'TODO: no list of purposes found'}; each was given ` +
      `${bases.length ? `every lawful basis the page cites (${bases.join(', ')})` : 'no lawful basis, as the page cites none'}` +
      `${conditions.length ? ` and Article 9 conditions ${conditions.join(', ')}` : ''}: keep only those that apply to each`,
  );
  return descriptions.map((description) => ({ description, lawfulBasis: bases, ...(conditions.length && { specialCategoryConditions: conditions }) }));
}

/** Rights described under a "rights" heading, and the right to complain wherever the ICO is named. */
function rightsOf(raw: RawSection[], note: Note): string[] {
  const rightsText = pageText(raw.filter((s) => /right/i.test(s.heading ?? ''))) || pageText(raw);
  const rights = rightsNamed(rightsText).filter((c) => c !== 'A77');
  if (rightsNamed(pageText(raw)).includes('A77')) rights.push('A77');
  if (rights.length) return note('rights', `recognised from the wording: ${rights.join(', ')}`), rights;
  // A payload must list a right; these four apply whatever the lawful basis (UK GDPR Arts 15-18).
  note('rights', 'TODO: no rights recognised: the four that always apply (A15, A16, A17, A18) are listed: add the others that apply');
  return ['A15', 'A16', 'A17', 'A18'];
}

/** A draft payload from the HTML of a privacy notice page; `name` is the file name, for the id. */
export function draftNotice(html: string, name: string, baseUrl?: string): { draft: Record<string, unknown>; notes: DraftNote[] } {
  const notes: DraftNote[] = [];
  const note: Note = (path, message) => void notes.push({ path, message });
  const page = readPage(html, baseUrl, note);
  const raw = page.content.sections;

  const title = page.content.title ?? page.titleParts[0];
  if (!page.content.title) note('title', title ? `the page has no <h1>: the title comes from <title>, "${title}"` : 'TODO: the page has no <h1> or <title>');
  const sections = sectionsOf(raw, note);
  const parties = readParties(raw, page.site, rightsNamed(pageText(raw)).includes('A77'), note);
  const purposes = purposesOf(raw, note);
  const rights = rightsOf(raw, note);

  const time = find(page.root, (el) => el.tagName === 'time' && /^\d{4}-\d\d-\d\d/.test(attr(el, 'datetime') ?? ''));
  const updated = lastUpdated(textOf(page.root)) ?? attr(time, 'datetime')?.slice(0, 10);
  if (updated) note('lastUpdated', `${updated}, from the page: check it`);
  note('noticeType', '"both" was chosen so lint checks Article 13 and 14: use "direct" if all the data comes from the person, "indirect" if none does');
  const rightsEmail = parties.dpo?.email ?? parties.controller.email;

  const draft = {
    $schema: 'https://unpkg.com/layered-notice/dist/notice.schema.json',
    version: 1,
    id: slug(name.replace(/\.[a-z]+$/i, '')),
    title: title || 'TODO: the notice title',
    ...(page.language && { language: page.language }),
    noticeType: 'both',
    ...(updated && { lastUpdated: updated }),
    ...(page.base && { url: page.base.href }),
    controller: parties.controller,
    ...(parties.dpo && { dpo: parties.dpo }),
    purposes,
    ...(rightsEmail && { rightsAction: { email: rightsEmail } }),
    rights: rights.map((code) => ({ code })),
    ...(parties.regulator && { complaint: { regulator: parties.regulator } }),
    sections,
  };
  return { draft, notes };
}
