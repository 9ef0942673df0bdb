/**
 * Headings at a configurable level: the host page decides where the notice sits in
 * its outline (WCAG 1.3.1). Levels past 6 stay at 6. One literal template per level
 * keeps tag names out of data (and lit/static-html out of the bundle).
 *
 * No `tabindex` here: a focusable heading inside the notice's click listener is
 * announced as "clickable" by screen readers (Orca in Firefox and Chromium), though
 * clicking it does nothing. A deep link makes its heading focusable only while it
 * holds focus (see `focusTarget` in layered-notice.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';

export const heading = (level: number, content: unknown, id?: string): TemplateResult => {
  const i = id ?? nothing;
  switch (Math.min(Math.max(level, 1), 6)) {
    case 1:
      return html`<h1 id=${i}>${content}</h1>`;
    case 2:
      return html`<h2 id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 id=${i}>${content}</h5>`;
    default:
      return html`<h6 id=${i}>${content}</h6>`;
  }
};
