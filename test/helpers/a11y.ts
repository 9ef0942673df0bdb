/**
 * Helpers for the accessibility tests (test/a11y*.test.ts): which engine runs, colour
 * contrast from computed styles, the accessible name as axe computes it, the Tab
 * sequence, media rules applied where an engine cannot emulate the media, and demo
 * pages in frames.
 */
import { sendKeys } from '@web/test-runner-commands';
import type { LayeredNotice } from '../../src/layered-notice.js';

/** axe-core, with the two internals accessibleName uses (not in its published types). */
type Axe = NonNullable<Window['axe']> & {
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
  utils: { getNodeFromTree(el: Element): unknown };
};

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine = (): Engine => {
  const ua = navigator.userAgent;
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrom(e|ium)\//.test(ua)) return 'chromium';
  return 'webkit';
};

/** Whitespace collapsed, no space before a comma: a name as a screen reader speaks it. */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();

/**
 * An element's text as a screen reader takes it from content: its text with every
 * aria-hidden="true" part left out (the visible "Show" beside the read "Show this section").
 */
export const spokenText = (el: Element): string => {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return norm(copy.textContent);
};

export const nextFrame = (win: Window = window): Promise<void> => new Promise((r) => win.requestAnimationFrame(() => win.setTimeout(r)));

export const until = async (ok: () => unknown, what: string, ms = 5000): Promise<void> => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

// ------------------------------------------------------------------ colour

export type RGBA = [number, number, number, number];

/** Parses a computed colour: rgb(), rgba() or color(srgb ...). */
export function parseColor(value: string): RGBA {
  const v = value.trim();
  if (v === 'transparent') return [0, 0, 0, 0];
  let m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(v);
  if (m) {
    const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return [+m[1], +m[2], +m[3], a];
  }
  m = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)$/.exec(v);
  if (m) return [+m[1] * 255, +m[2] * 255, +m[3] * 255, m[4] === undefined ? 1 : +m[4]];
  throw new Error(`cannot parse colour "${value}"`);
}

const channel = (c: number): number => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: RGBA): number => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG contrast ratio of two opaque colours. */
export const contrast = (a: RGBA, b: RGBA): number => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
};

/** `top` painted over `bottom` (alpha compositing), so a translucent colour can be compared. */
export const over = (top: RGBA, bottom: RGBA): RGBA => {
  const a = top[3];
  return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
};

const WHITE: RGBA = [255, 255, 255, 1];

/** The parent in the flat tree: the parent element, or the shadow host at a shadow root. */
export const flatParent = (el: Element): Element | null => el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);

/** The colour behind an element: the first ancestor with a background, else the canvas (white). */
export function backgroundBehind(el: Element): RGBA {
  for (let p = flatParent(el); p; p = flatParent(p)) {
    const c = parseColor(getComputedStyle(p).backgroundColor);
    if (c[3] > 0) return over(c, WHITE);
  }
  return WHITE;
}

export interface Shadow {
  color: RGBA;
  x: number;
  y: number;
  blur: number;
  spread: number;
}

/** Parses a computed box-shadow list ("rgb(…) 0px -2px 0px 0px, …"). */
export function parseBoxShadow(value: string): Shadow[] {
  if (!value || value === 'none') return [];
  const parts = value.split(/,(?![^(]*\))/);
  return parts.map((part) => {
    const color = /(rgba?\([^)]*\)|color\([^)]*\))/.exec(part)?.[1] ?? 'rgb(0, 0, 0)';
    const lengths = part
      .replace(color, '')
      .trim()
      .split(/\s+/)
      .filter((s) => /px$/.test(s))
      .map(parseFloat);
    const [x = 0, y = 0, blur = 0, spread = 0] = lengths;
    return { color: parseColor(color), x, y, blur, spread };
  });
}

export interface FocusIndicator {
  /** Each visible part of the indicator and its contrast with what surrounds the control. */
  parts: { what: string; color: RGBA; contrast: number }[];
  /** The best of those contrasts. */
  best: number;
  /** Contrast of the focused control's text with its focused background. */
  text: number;
}

/**
 * What a focused control shows, from computed styles: its focus background (if it
 * changed), each box-shadow at least 2px thick, and its outline (if not transparent),
 * with the contrast of each against the colour around the control.
 */
export function focusIndicator(el: Element, unfocused: CSSStyleDeclaration | Record<string, string>): FocusIndicator {
  const cs = getComputedStyle(el);
  const around = backgroundBehind(el);
  const parts: FocusIndicator['parts'] = [];
  const bg = parseColor(cs.backgroundColor);
  if (bg[3] > 0 && cs.backgroundColor !== unfocused.backgroundColor) {
    const c = over(bg, around);
    parts.push({ what: `background ${cs.backgroundColor}`, color: c, contrast: contrast(c, around) });
  }
  if (cs.boxShadow !== unfocused.boxShadow)
    for (const s of parseBoxShadow(cs.boxShadow)) {
      const thickness = Math.max(Math.abs(s.x), Math.abs(s.y)) + s.spread;
      if (thickness >= 2 && s.color[3] > 0) {
        const c = over(s.color, around);
        parts.push({ what: `box-shadow ${thickness}px`, color: c, contrast: contrast(c, around) });
      }
    }
  const outline = parseColor(cs.outlineColor);
  if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && outline[3] > 0) {
    const c = over(outline, around);
    parts.push({ what: `outline ${cs.outlineWidth} ${cs.outlineStyle}`, color: c, contrast: contrast(c, around) });
  }
  const fill = bg[3] > 0 ? over(bg, around) : around;
  return { parts, best: Math.max(0, ...parts.map((p) => p.contrast)), text: contrast(over(parseColor(cs.color), fill), fill) };
}

/** The computed properties focusIndicator compares, copied before the control takes focus. */
export const snapshotStyle = (el: Element): Record<string, string> => {
  const cs = getComputedStyle(el);
  return { backgroundColor: cs.backgroundColor, boxShadow: cs.boxShadow, outlineStyle: cs.outlineStyle };
};

// ---------------------------------------------------------- accessible name

let axeLoaded: Promise<Axe> | undefined;
const loadAxe = (): Promise<Axe> => (axeLoaded ??= import('axe-core/axe.min.js' as string).then(() => window.axe as Axe));

/** The accessible name of an element as axe-core computes it (accname 1.2, through shadow roots). */
export async function accessibleName(el: Element): Promise<string> {
  const axe = await loadAxe();
  axe.setup(el.ownerDocument);
  try {
    return norm(axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(el)));
  } finally {
    axe.teardown();
  }
}

// ---------------------------------------------------------------- keyboard

/** The element that has focus, looking into the shadow root of `host`. */
export const focused = (host: Element): Element | null =>
  document.activeElement === host ? host.shadowRoot!.activeElement : document.activeElement;

/**
 * The controls a reader reaches with Tab inside a shadow root, in DOM order: links,
 * buttons and form fields that are not disabled, not inside hidden content, not
 * tabindex="-1", and of each radio group only the checked radio (or the first).
 */
export function expectedTabStops(root: ShadowRoot): Element[] {
  const all = [...root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
    (e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && !e.closest('[hidden]') && e.getClientRects().length > 0,
  );
  const groups = new Map<string, HTMLInputElement[]>();
  for (const e of all) if (e instanceof HTMLInputElement && e.type === 'radio') groups.set(e.name, [...(groups.get(e.name) ?? []), e]);
  return all.filter((e) => {
    if (!(e instanceof HTMLInputElement && e.type === 'radio')) return true;
    const group = groups.get(e.name)!;
    return e === (group.find((r) => r.checked) ?? group[0]);
  });
}

/**
 * Presses Tab from a button placed just before `host` until focus reaches a button
 * placed just after it, and returns what had focus at each step inside the host.
 */
export async function tabThrough(host: Element, limit = 400): Promise<Element[]> {
  const before = Object.assign(document.createElement('button'), { textContent: 'before' });
  const after = Object.assign(document.createElement('button'), { textContent: 'after' });
  host.before(before);
  host.after(after);
  try {
    before.focus();
    const seen: Element[] = [];
    for (let i = 0; i < limit; i++) {
      await sendKeys({ press: 'Tab' });
      const now = focused(host);
      if (now === after) return seen;
      if (!now || !host.shadowRoot!.contains(now))
        throw new Error(`Tab left the notice for ${now?.outerHTML.slice(0, 80)} after ${seen.length} stops`);
      seen.push(now);
    }
    throw new Error(`Tab did not leave the notice after ${limit} presses`);
  } finally {
    before.remove();
    after.remove();
  }
}

/** A short label for an element in failure messages. */
export const label = (e: Element | null | undefined): string =>
  e
    ? `${e.localName}${e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : ''} "${norm(e.textContent).slice(0, 40) || (e as HTMLInputElement).value}"`
    : String(e);

// ------------------------------------------------------------------- media

/**
 * Applies the rules of the element's stylesheets that sit inside @media blocks whose
 * condition contains `media` (e.g. "print") as ordinary rules, for engines whose test
 * driver cannot emulate that media. Returns a function that removes them again.
 */
export function applyMediaRules(host: Element, media: string): () => void {
  const root = host.shadowRoot!;
  const sheets = root.adoptedStyleSheets.length ? root.adoptedStyleSheets : [...root.querySelectorAll('style')].map((s) => s.sheet!);
  const text: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText.includes(media))
        text.push([...rule.cssRules].map((r) => r.cssText).join('\n'));
      else if (rule instanceof CSSMediaRule) walk(rule.cssRules);
    }
  };
  sheets.forEach((s) => walk(s.cssRules));
  if (!text.length) return () => {};
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet));
}

// ------------------------------------------------------------------- frames

export interface Frame {
  frame: HTMLIFrameElement;
  win: Window;
  doc: Document;
}

/** Opens a page in an iframe of the given size and waits for it to load. */
export async function openFrame(url: string, width = 800, height = 600): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0; display: block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow!, doc: frame.contentDocument! };
}

/** The notice elements of a framed page, once each has rendered. */
export async function renderedIn(doc: Document, count = 1): Promise<HTMLElement[]> {
  await until(
    () => {
      const els = [...doc.querySelectorAll('layered-notice')];
      return els.length >= count && els.every((e) => e.shadowRoot?.querySelector('[part="base"]'));
    },
    'the notice to render in the frame',
    10_000,
  );
  const els = [...doc.querySelectorAll<HTMLElement>('layered-notice')];
  await Promise.all(els.map((e) => (e as LayeredNotice).updateComplete));
  return els;
}

/** Opens every section of a rendered notice in a frame (clicks "Show all sections"). */
export async function openAllIn(el: HTMLElement): Promise<void> {
  const showAll = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]')!;
  if (showAll.getAttribute('aria-expanded') !== 'true') showAll.click();
  await (el as LayeredNotice).updateComplete;
  await nextFrame(el.ownerDocument.defaultView!);
}
