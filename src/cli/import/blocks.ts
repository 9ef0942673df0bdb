/**
 * The page's content as the payload's blocks, split into sections at its top
 * headings: paragraphs, lists (nested), tables, addresses and sub-headings.
 */
import type { Block, ListItem, Rich } from '../../schema/types.js';
import { attr, findAll, findInContent, isElement, isSkipped, kids, textOf, type Element, type Node } from './dom.js';
import { INLINE, richOf, type LinkLog } from './inline.js';

export interface RawSection {
  /** Undefined for content before the first section heading. */
  heading?: string;
  /** The heading's language when it differs from the page's. */
  headingLang?: string;
  body: Block[];
}

export interface Content {
  /** The first <h1>: the notice's title. */
  title?: string;
  sections: RawSection[];
  /** Things a person should look at, in plain words. */
  notes: string[];
}

const HEADING = /^h([1-6])$/;
const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;
/** A UK postcode, the surest sign that short lines are a postal address. */
export const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/;

/**
 * A block in another language than the page's, with each of its texts as a language
 * map, so the notice keeps the language mark (the element renders it with `lang`).
 * Loosely typed: it rewrites every text position the schema allows in a block.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
function inLanguage(b: Block, lang: string): Block {
  const text = (t: Loose): Loose => (typeof t === 'string' ? { [lang]: t } : t);
  const rich = (r: Loose): Loose =>
    Array.isArray(r) ? r.map((run) => (typeof run === 'string' ? text(run) : { ...run, text: text(run.text) })) : text(r);
  const item = (i: Loose): Loose =>
    i && typeof i === 'object' && Array.isArray(i.items) ? { ...i, text: rich(i.text), items: i.items.map(item) } : rich(i);
  const x = b as Loose;
  if (typeof x === 'string' || !('type' in x)) return text(x);
  if (x.type === 'paragraph') return { ...x, text: rich(x.text) };
  if (x.type === 'heading') return { ...x, text: text(x.text) };
  if (x.type === 'list') return { ...x, items: x.items.map(item) };
  if (x.type === 'address') return { ...x, lines: x.lines.map(text) };
  if (x.type === 'table')
    return {
      ...x,
      ...(x.caption && { caption: text(x.caption) }),
      head: x.head.map(rich),
      rows: x.rows.map((r: Loose[]) => r.map((c) => (c === '' ? c : rich(c)))),
    };
  return b;
}

/** The lines of an element split at <br>s. */
const linesOf = (el: Element): string[] => {
  const lines = [''];
  const walk = (n: Node) =>
    isElement(n) && n.tagName === 'br' ? lines.push('') : isElement(n) ? kids(n).forEach(walk) : (lines[lines.length - 1] += textOf(n));
  kids(el).forEach(walk);
  return lines.map((l) => l.trim()).filter(Boolean);
};

/** Content of a <p>: an address when it is three or more short lines ending near a postcode. */
function paragraph(el: Element, log: LinkLog): Block | undefined {
  const lines = linesOf(el);
  if (lines.length >= 3 && lines.every((l) => l.length <= 80) && lines.slice(-3).some((l) => POSTCODE.test(l)))
    return { type: 'address', lines };
  const rich = richOf(kids(el), log);
  return rich === undefined ? undefined : typeof rich === 'string' ? rich : { type: 'paragraph', text: rich };
}

function listItems(list: Element, log: LinkLog): ListItem[] {
  return kids(list)
    .filter((n): n is Element => isElement(n) && n.tagName === 'li')
    .flatMap((li): ListItem[] => {
      const nested = kids(li).filter((n): n is Element => isElement(n) && (n.tagName === 'ul' || n.tagName === 'ol'));
      const text = richOf(
        kids(li).filter((n) => !nested.includes(n as Element)),
        log,
      );
      if (!nested.length) return text === undefined ? [] : [text];
      const items = nested.flatMap((l) => listItems(l, log));
      // An item that is only a sub-list: its items join this list.
      return text === undefined ? items : [{ text, items, ...(nested[0].tagName === 'ol' && { ordered: true }) }];
    });
}

function table(el: Element, log: LinkLog, notes: string[]): Block {
  // This table's own rows (in thead, tbody, tfoot or directly in it), not a nested table's.
  const elements = (n: Node) => kids(n).filter(isElement);
  const rows = elements(el).flatMap((k) =>
    k.tagName === 'tr' ? [k] : ['thead', 'tbody', 'tfoot'].includes(k.tagName) ? elements(k).filter((r) => r.tagName === 'tr') : [],
  );
  const cells = (tr: Element) => kids(tr).filter((n): n is Element => isElement(n) && (n.tagName === 'th' || n.tagName === 'td'));
  const inHead = (tr: Element) => tr.parentNode && 'tagName' in tr.parentNode && tr.parentNode.tagName === 'thead';
  const headRow = rows.find(inHead) ?? (rows[0] && cells(rows[0]).every((c) => c.tagName === 'th') ? rows[0] : undefined);
  if (rows.some((tr) => cells(tr).some((c) => Number(attr(c, 'colspan') ?? 1) > 1 || Number(attr(c, 'rowspan') ?? 1) > 1)))
    notes.push('a table had cells spanning rows or columns: they were flattened, so check its rows line up');
  if (!headRow) notes.push('a table had no header row: its columns need headings');
  const caption = findAll(el, (n) => n.tagName === 'caption')[0];
  return {
    type: 'table',
    ...(caption && textOf(caption).trim() && { caption: textOf(caption).trim() }),
    head: headRow ? cells(headRow).map((c): Rich => richOf(kids(c), log) ?? '') : [],
    rows: rows.filter((tr) => tr !== headRow && !inHead(tr)).map((tr) => cells(tr).map((c) => richOf(kids(c), log) ?? '')),
  };
}

/**
 * Walks the content. `sectionLevel` is the heading level that starts a section;
 * deeper headings become heading blocks; `title` is the <h1> taken as the title.
 */
export function readContent(root: Node, marked: boolean, log: LinkLog, pageLang?: string): Content {
  const notes: string[] = [];
  const headings = findInContent(root, marked, (el) => HEADING.test(el.tagName));
  const titleEl = headings.find((h) => h.tagName === 'h1' && textOf(h).trim());
  const levels = headings.filter((h) => h !== titleEl && textOf(h).trim()).map((h) => Number(h.tagName[1]));
  const sectionLevel = levels.length ? Math.min(...levels) : 7;
  const sections: RawSection[] = [];
  // The language of the element being read, when it differs from the page's: <p lang="en"> on a Welsh page.
  let foreign: string | undefined;
  const add = (block: Block | undefined | false): void => {
    if (!block) return;
    const b = foreign ? inLanguage(block, foreign) : block;
    if (!sections.length) sections.push({ body: [] });
    sections[sections.length - 1].body.push(b);
  };

  const walk = (nodes: Node[]): void => {
    const outer = foreign;
    let line: Node[] = [];
    const flush = () => {
      const rich = richOf(line, log);
      if (rich !== undefined) add(typeof rich === 'string' ? rich : { type: 'paragraph', text: rich });
      line = [];
    };
    for (const n of nodes) {
      if (!isElement(n)) {
        if (n.nodeName === '#text') line.push(n);
        continue;
      }
      if (isSkipped(n, marked) || n === titleEl) continue;
      if (INLINE.has(n.tagName)) {
        line.push(n);
        continue;
      }
      flush();
      const own = attr(n, 'lang')?.trim().toLowerCase();
      foreign = own === undefined ? outer : own && LANG_TAG.test(own) && own.split('-')[0] !== pageLang?.split('-')[0] ? own : undefined;
      const level = HEADING.exec(n.tagName)?.[1];
      const text = level ? textOf(n).trim() : '';
      if (level && text && Number(level) <= sectionLevel)
        sections.push({ heading: text, ...(foreign && { headingLang: foreign }), body: [] });
      else if (level && text) add({ type: 'heading', text });
      else if (n.tagName === 'p') add(paragraph(n, log));
      else if (n.tagName === 'ul' || n.tagName === 'ol') {
        const items = listItems(n, log);
        add(items.length > 0 && { type: 'list', ...(n.tagName === 'ol' && { ordered: true }), items });
      } else if (n.tagName === 'table') add(table(n, log, notes));
      else if (n.tagName === 'address') {
        const lines = linesOf(n);
        add(lines.length > 0 && { type: 'address', lines });
      } else if (n.tagName === 'dl') {
        notes.push('a definition list became a list of "term: description" items');
        add({ type: 'list', items: definitions(n) });
      } else if (n.tagName === 'pre') add(textOf(n).trim());
      else walk(kids(n)); // a container: div, section, article, blockquote, details...
    }
    foreign = outer;
    flush();
  };
  walk(kids(root));
  return { title: titleEl && textOf(titleEl).trim(), sections, notes };
}

/** A <dl>'s terms, each with its first description, in one pass over its children. */
function definitions(dl: Element): string[] {
  const items: string[] = [];
  let term: string | undefined;
  // HTML lets a <div> wrap each term and its description.
  for (const k of kids(dl).flatMap((c) => (isElement(c) && c.tagName === 'div' ? kids(c) : [c]))) {
    if (!isElement(k)) continue;
    if (k.tagName === 'dt') {
      if (term !== undefined) items.push(term);
      term = textOf(k).trim();
    } else if (k.tagName === 'dd') {
      const description = textOf(k).trim();
      items.push(term === undefined ? description : `${term}: ${description}`);
      term = undefined;
    }
  }
  if (term !== undefined) items.push(term);
  return items.filter(Boolean);
}
