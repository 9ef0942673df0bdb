/**
 * The first-screen-of-text probe: an init script that, in every animation frame, counts
 * the characters of text rendered inside the viewport, through open shadow roots
 * (declarative ones too) and slots, as the reader's composed (flat) tree has them.
 * Samples go to `window.__text` as `{ t, ms, layoutMs, counts }`: `t` the frame's time
 * from navigation start, `ms` what the count itself cost, `layoutMs` the style and
 * layout it forced (which the frame would have run anyway), `counts` `[id, chars]` pairs, where
 * `id` stands for a text string (interned in the page), so that text re-rendered into
 * new nodes (the embed taken over by the element) still counts as the same text.
 * The pure part (how complete each frame is, the 90 % crossing) is lib/first-screen.mjs.
 */
// textProbe() runs in the page (an init script), with its globals.
/* global window, document, requestAnimationFrame, Node, getComputedStyle */

export function textProbe() {
  const ids = new Map();
  const idOf = (s) => {
    let id = ids.get(s);
    if (id === undefined) ids.set(s, (id = ids.size));
    return id;
  };
  const out = (window.__text = { samples: [], stopped: false, measure: null });
  const range = document.createRange();

  /** The nodes a reader's tree puts under `el`: its shadow root's, a slot's assigned nodes, or its children. */
  const flatChildren = (el) => {
    if (el.shadowRoot) return el.shadowRoot.childNodes;
    if (el.localName === 'slot') {
      const assigned = el.assignedNodes({ flatten: false });
      return assigned.length ? assigned : el.childNodes;
    }
    return el.childNodes;
  };

  function measure() {
    const t0 = performance.now();
    // Style and layout first, on their own: the frame would run them anyway, right after
    // this callback; what the count itself adds is timed apart from them.
    document.documentElement?.getBoundingClientRect();
    const t1 = performance.now();
    const W = window.innerWidth;
    const H = window.innerHeight;
    const perId = new Map();
    const visit = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.data.replace(/\s+/g, '');
        if (!text) return;
        const parent = node.parentElement;
        // Not rendered, or not seen: display:none, content-visibility:hidden (hidden=until-found), visibility, opacity 0.
        if (parent && !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
        range.selectNodeContents(node);
        let all = 0;
        let seen = 0;
        for (const r of range.getClientRects()) {
          const area = r.width * r.height;
          all += area;
          const w = Math.min(r.right, W) - Math.max(r.left, 0);
          const h = Math.min(r.bottom, H) - Math.max(r.top, 0);
          if (w > 0 && h > 0) seen += w * h;
        }
        if (all > 0 && seen > 0) {
          const id = idOf(node.data.trim());
          perId.set(id, (perId.get(id) ?? 0) + (text.length * seen) / all);
        }
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
      if (node.nodeType === Node.ELEMENT_NODE) {
        const tag = node.localName;
        if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'head' || tag === 'noscript') return;
        // Below the fold or not rendered at all: nothing under it is on the first screen
        // (display:contents boxes, slots among them, have no rect and are walked through).
        const box = node.getBoundingClientRect();
        if (box.width || box.height) {
          if (box.top >= H || box.left >= W) return;
          if (!node.checkVisibility()) return;
          // Visually hidden text (1 px boxes that clip, the usual screen-reader-only pattern).
          if ((box.width <= 1 || box.height <= 1) && getComputedStyle(node).overflow !== 'visible') return;
        } else if (getComputedStyle(node).display === 'none') return;
      }
      for (const child of flatChildren(node)) visit(child);
    };
    if (document.documentElement) visit(document.documentElement);
    const counts = [...perId];
    return { t: t0, ms: performance.now() - t1, layoutMs: t1 - t0, counts };
  }
  out.measure = measure;

  const frame = () => {
    if (out.stopped) return;
    out.samples.push(measure());
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}
