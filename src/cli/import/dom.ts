/**
 * Small helpers over parse5's tree, and where the page's own content is: a privacy
 * notice page is a site header, navigation, breadcrumbs, a cookie banner and a footer
 * around the part that matters.
 */
import type { DefaultTreeAdapterMap } from 'parse5';

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];

export const isElement = (n: Node): n is Element => 'tagName' in n;
export const isText = (n: Node): n is DefaultTreeAdapterMap['textNode'] => n.nodeName === '#text';
export const attr = (el: Element | undefined, name: string): string | undefined => el?.attrs.find((a) => a.name === name)?.value;
export const kids = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);

/** Elements under `root` (itself included) that match, in document order. */
export function findAll(root: Node, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (isElement(n) && match(n)) out.push(n);
    // A <template>'s content is not part of the page.
    if (!isElement(n) || n.tagName !== 'template') kids(n).forEach(walk);
  };
  walk(root);
  return out;
}
/** Like `findAll`, but not inside page furniture (`isSkipped`): a footer's heading is not the notice's. */
export function findInContent(root: Node, inMain: boolean, match: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (isElement(n) && n !== root && isSkipped(n, inMain)) return;
    if (isElement(n) && match(n)) out.push(n);
    kids(n).forEach(walk);
  };
  walk(root);
  return out;
}
export const find = (root: Node, match: (el: Element) => boolean): Element | undefined => findAll(root, match)[0];
export const byTag =
  (...tags: string[]) =>
  (el: Element) =>
    tags.includes(el.tagName);

/**
 * The text of a node with whitespace collapsed, as a reader sees it (line breaks are
 * spaces). Pieces are gathered once and joined once, so deep markup costs no more
 * than flat markup.
 */
export function textOf(node: Node): string {
  const out: string[] = [];
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (isText(n)) out.push(n.value);
    else if (isElement(n) && n.tagName === 'br') out.push(' ');
    else if (!isElement(n) || !NEVER.has(n.tagName)) for (let i = kids(n).length - 1; i >= 0; i--) stack.push(kids(n)[i]);
  }
  return out.join('').replace(/\s+/g, ' ');
}

/** How deeply elements nest under `root`, counted without recursion (the page may be hostile). */
export function depthOf(root: Node): number {
  let deepest = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    for (const k of kids(n)) stack.push([k, depth + 1]);
    // A <template>'s content hangs off .content, outside childNodes.
    if (isElement(n) && n.tagName === 'template' && 'content' in n) stack.push([(n as unknown as { content: Node }).content, depth + 1]);
  }
  return deepest;
}

/** Never content: scripts, forms, media and anything hidden from everyone. */
const NEVER = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'iframe',
  'svg',
  'img',
  'picture',
  'video',
  'audio',
  'canvas',
  'dialog',
  'head',
]);
/** Page furniture around the content. Inside <main> a <header> or <footer> belongs to the article, so only these go. */
const FURNITURE = new Set(['nav', 'aside']);
/** Furniture named by class or id on many council sites (GOV.UK Frontend, LocalGov Drupal, Jadu). */
const FURNITURE_NAME =
  /\b(breadcrumbs?|cookie[\w-]*|skip[\w-]*|feedback|share[\w-]*|page-rating|back-to-top|on-this-page|contents-list|related[\w-]*)\b/i;

export const isSkipped = (el: Element, inMain: boolean): boolean =>
  NEVER.has(el.tagName) ||
  FURNITURE.has(el.tagName) ||
  (!inMain && (el.tagName === 'header' || el.tagName === 'footer')) ||
  attr(el, 'hidden') !== undefined ||
  attr(el, 'aria-hidden') === 'true' ||
  attr(el, 'role') === 'navigation' ||
  attr(el, 'role') === 'banner' ||
  attr(el, 'role') === 'contentinfo' ||
  FURNITURE_NAME.test(`${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`);

/** The page's main content, and whether it was marked as such (else the whole body, less its header and footer). */
export function mainContent(doc: ParentNode): { root: Node; marked: boolean } {
  const marked =
    find(doc, (el) => el.tagName === 'main' || attr(el, 'role') === 'main') ??
    find(doc, (el) => /^(main-content|maincontent|content|main)$/i.test(attr(el, 'id') ?? '')) ??
    (findAll(doc, byTag('article')).length === 1 ? find(doc, byTag('article')) : undefined);
  return marked ? { root: marked, marked: true } : { root: find(doc, byTag('body')) ?? doc, marked: false };
}
