/**
 * Inline content (text, links, bold, italics) as the payload's runs. HTML is never
 * carried over: only the text, whether it is strong or emphasised, and links whose
 * scheme the schema accepts (https, http, mailto, tel).
 */
import type { Inline, Rich } from '../../schema/types.js';
import { attr, isElement, isSkipped, isText, kids, type Node } from './dom.js';

/** Elements that sit inside a line of text. Anything else breaks the line. */
export const INLINE = new Set(
  'a abbr b bdi bdo br cite code data dfn em i kbd label mark q s samp small span strong sub sup time u var wbr'.split(' '),
);

interface Run {
  text: string;
  href?: string;
  strong?: boolean;
  em?: boolean;
}

export interface LinkLog {
  /** Page address that relative links are resolved against. */
  base?: URL;
  /** Relative links that could not be resolved (no page address), kept as text. */
  relative: string[];
  /** Links with a scheme the payload refuses (javascript:, data:, ftp: ...), kept as text. */
  refused: string[];
}

/** An `href` as the payload may hold it, or undefined (the link text stays as text). */
export function linkOf(raw: string, log: LinkLog): string | undefined {
  const href = raw.trim();
  if (!href || href.startsWith('#')) return undefined; // an in-page anchor of the old page
  if (/^mailto:/i.test(href)) return `mailto:${href.slice(7).trim().replace(/\s/g, '%20')}`;
  if (/^tel:/i.test(href)) {
    const tel = `tel:${href.slice(4).replace(/[^\d+]/g, '')}`;
    return /^tel:\+?\d/.test(tel) ? tel : undefined;
  }
  let url: URL;
  try {
    url = new URL(href, log.base);
  } catch {
    log.relative.push(href); // relative, and no page address to resolve it against
    return undefined;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  log.refused.push(href);
  return undefined;
}

const runsOf = (nodes: Node[], log: LinkLog, format: Omit<Run, 'text'> = {}): Run[] =>
  nodes.flatMap((n): Run[] => {
    if (isText(n)) return [{ text: n.value, ...format }];
    if (!isElement(n) || isSkipped(n, true)) return [];
    const tag = n.tagName;
    if (tag === 'br') return [{ text: ' ', ...format }];
    const inner: Omit<Run, 'text'> = { ...format };
    if (tag === 'a') {
      const href = linkOf(attr(n, 'href') ?? '', log);
      if (href) inner.href = href;
    }
    if (tag === 'strong' || tag === 'b') inner.strong = true;
    if (tag === 'em' || tag === 'i') inner.em = true;
    const runs = runsOf(kids(n), log, inner);
    // A block inside inline content (a <p> in an <li>) still separates words.
    return INLINE.has(tag) ? runs : [{ text: ' ' }, ...runs, { text: ' ' }];
  });

const plain = (r: Run) => !r.href && !r.strong && !r.em;
const same = (a: Run, b: Run) => a.href === b.href && !!a.strong === !!b.strong && !!a.em === !!b.em;

/** Tidies runs: whitespace collapsed, neighbours with the same format merged, spaces moved out of links. */
function tidy(input: Run[]): Run[] {
  const runs: Run[] = [];
  for (const r of input) {
    const run = { ...r, text: r.text.replace(/\s+/g, ' ') };
    if (!run.text.trim() && !plain(run)) run.href = run.strong = run.em = undefined;
    const last = runs.at(-1);
    if (last && (same(last, run) || (!run.text.trim() && plain(last)))) last.text += run.text;
    else runs.push(run);
  }
  for (let i = 0; i < runs.length; i++) {
    const [prev, run, next] = [runs[i - 1], runs[i], runs[i + 1]];
    if (plain(run)) continue;
    if (prev && plain(prev) && /^\s/.test(run.text)) {
      prev.text += ' ';
      run.text = run.text.trimStart();
    }
    if (next && plain(next) && /\s$/.test(run.text)) {
      next.text = ' ' + next.text;
      run.text = run.text.trimEnd();
    }
  }
  for (let i = 1; i < runs.length; i++)
    if (runs[i - 1].text.endsWith(' ') && runs[i].text.startsWith(' ')) runs[i].text = runs[i].text.slice(1);
  if (runs.length) {
    runs[0].text = runs[0].text.trimStart();
    runs[runs.length - 1].text = runs[runs.length - 1].text.trimEnd();
  }
  return runs.filter((r) => r.text.trim());
}

/** The inline content of `nodes` as rich text: a string when it is plain, else a list of runs; undefined when empty. */
export function richOf(nodes: Node[], log: LinkLog): Rich | undefined {
  const runs = tidy(runsOf(nodes, log));
  if (!runs.length) return undefined;
  if (runs.length === 1 && plain(runs[0])) return runs[0].text;
  return runs.map((r): Inline =>
    plain(r) ? r.text : { text: r.text, ...(r.href && { href: r.href }), ...(r.strong && { strong: true }), ...(r.em && { em: true }) },
  );
}
