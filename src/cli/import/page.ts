/**
 * The page around the notice: its title, site name, address (for relative links),
 * language, and its main content read into sections.
 */
import { parse } from 'parse5';
import { readContent, type Content } from './blocks.js';
import { attr, depthOf, find, mainContent, textOf, type Node } from './dom.js';
import type { LinkLog } from './inline.js';
import { LANGUAGE_TAG } from '../../schema/notice-schema.js';

/** Records something a person must check: where in the draft, and what. */
export type Note = (path: string, message: string) => void;

export interface Page {
  content: Content;
  /** The main content element, for searches the sections lose (a <time datetime>). */
  root: Node;
  /** "Parking privacy notice | Example Council" as ["Parking privacy notice", "Example Council"]. */
  titleParts: string[];
  /** The site's name: og:site_name, else the last part of the <title>. */
  site?: string;
  /** The page's address, when it gives one. */
  base?: URL;
  /** The base language of <html lang>. */
  language?: string;
}

/**
 * Browsers stop nesting at 512 elements (Chromium's HTML parser, `kMaximumHTMLParserDOMTreeDepth`);
 * no real page comes near it, and every walk over the tree stays well within the stack.
 */
export const MAX_DEPTH = 512;

/** A page that cannot be imported as it is, with what to do about it. */
export class PageError extends Error {}

export function readPage(html: string, baseUrl: string | undefined, note: Note): Page {
  const doc = parse(html);
  const depth = depthOf(doc);
  if (depth > MAX_DEPTH)
    throw new PageError(
      `the page's elements are nested more than ${MAX_DEPTH} elements deep (${depth}), deeper than a browser keeps: save the page from a browser's developer tools (Copy outerHTML of <main>) and import that`,
    );
  const meta = (key: string) => find(doc, (el) => el.tagName === 'meta' && (attr(el, 'property') === key || attr(el, 'name') === key));
  const link = (rel: string) => find(doc, (el) => el.tagName === 'link' && attr(el, 'rel') === rel);
  const titleParts = textOf(find(doc, (el) => el.tagName === 'title') ?? doc)
    .split(/\s+[|–—-]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);

  const address =
    baseUrl ??
    attr(
      find(doc, (el) => el.tagName === 'base'),
      'href',
    ) ??
    attr(link('canonical'), 'href') ??
    attr(meta('og:url'), 'content');
  const log: LinkLog = { relative: [], refused: [] };
  try {
    if (address) log.base = new URL(address);
  } catch {
    note('url', `the page address "${address}" is not a URL: relative links were kept as text`);
  }

  const { root, marked } = mainContent(doc);
  if (!marked)
    note(
      'sections',
      'the page has no <main>: its body, less the site header, navigation and footer, was read; check nothing from the site around the notice came in',
    );
  const lang = attr(
    find(doc, (el) => el.tagName === 'html'),
    'lang',
  )?.toLowerCase();
  const language = lang && LANGUAGE_TAG.test(lang) ? lang.split('-')[0] : undefined;
  const content = readContent(root, marked, log, language);
  for (const n of content.notes) note('sections', n);
  const some = (links: string[]) => [...new Set(links)].slice(0, 5).join(', ') + (new Set(links).size > 5 ? ', ...' : '');
  if (log.relative.length)
    note(
      'sections',
      `${log.relative.length} relative link(s) kept as text, as the page gives no address to resolve them against (use --base): ${some(log.relative)}`,
    );
  if (log.refused.length)
    note('sections', `${log.refused.length} link(s) kept as text, as they are not web, email or phone links: ${some(log.refused)}`);

  return {
    content,
    root,
    titleParts,
    site: attr(meta('og:site_name'), 'content') || (titleParts.length > 1 ? titleParts.at(-1) : undefined),
    base: log.base && /^https?:$/.test(log.base.protocol) ? log.base : undefined,
    language,
  };
}
