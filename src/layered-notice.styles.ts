import { css } from 'lit';

/**
 * The notice inherits the host page's font and text colour; everything else is a
 * `--ln-*` custom property with a GOV.UK-like default. Logical properties throughout,
 * so right-to-left needs no branches.
 */
export const styles = css`
  :host {
    display: block;
    color: var(--ln-color-text, inherit);
    --_link: var(--ln-color-link, #1d70b8);
    --_border: 1px solid var(--ln-color-border, #b1b4b6);
    --_s: var(--ln-space, 1rem);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
    margin-block: calc(var(--_s) * 1.5) calc(var(--_s) * 0.75);
    scroll-margin-block-start: var(--ln-scroll-margin, 1rem);
  }
  p,
  ul,
  ol,
  dl,
  address,
  dd,
  table {
    margin-block: 0 var(--_s);
  }
  address {
    font-style: normal;
  }
  span[lang] {
    unicode-bidi: plaintext;
  }
  dt,
  legend {
    font-weight: bold;
  }
  dd {
    margin-inline-start: 0;
  }
  summary {
    color: var(--_link);
    cursor: pointer;
  }
  .meta {
    color: var(--ln-color-muted, #505a5f);
  }
  a,
  button {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:hover,
  button:hover span {
    color: var(--ln-color-link-hover, #003078);
    text-decoration: underline max(3px, 0.1875rem);
  }
  :focus-visible {
    outline: 3px solid transparent;
    background: var(--ln-color-focus, #fd0);
    color: var(--ln-color-focus-text, #0b0c0c) !important;
    box-shadow: 0 -2px var(--ln-color-focus, #fd0), 0 4px var(--ln-color-focus-text, #0b0c0c);
    text-decoration: none;
  }
  input:focus-visible {
    outline-color: var(--ln-color-focus-text, #0b0c0c);
  }
  .glance {
    background: var(--ln-color-surface, #f3f2f1);
    border-radius: var(--ln-radius, 0);
    /* Transparent, so the panel keeps an edge in forced colours. */
    border: 1px solid transparent;
    padding: 0 var(--_s);
  }
  /* Key facts: a question beside its answer where there is room, stacked on a phone. */
  .facts {
    container-type: inline-size;
  }
  .facts .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    column-gap: var(--_s);
    border-block-end: var(--_border);
    padding-block: 0.5em;
  }
  @container (min-width: 34em) {
    .facts .row {
      grid-template-columns: 13em minmax(0, 1fr);
    }
  }
  .facts dd > :last-child {
    margin-block-end: 0;
  }
  button {
    font: inherit;
    background: none;
    border: 0;
    padding: 0.25em 0;
    min-block-size: 24px;
    cursor: pointer;
    text-align: start;
  }
  .section {
    border-block-start: var(--_border);
  }
  .section:last-child {
    border-block-end: var(--_border);
  }
  .section > * {
    margin: 0;
  }
  .section button {
    display: block;
    inline-size: 100%;
    padding-block: calc(var(--_s) * 0.75);
    font-weight: bold;
  }
  .section button > span {
    display: block;
  }
  .summary,
  .toggle {
    font-weight: normal;
  }
  .chevron::before {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin: 0 0.3em 0.2em;
    border: solid;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  [aria-expanded='true'] .chevron::before {
    transform: rotate(-135deg);
    margin-block: 0.2em 0;
  }
  .content {
    padding-block-end: var(--_s);
  }
  .table {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    border-block-end: var(--_border);
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_s);
  }
  label {
    display: inline-block;
    min-block-size: 24px;
    margin-inline-end: var(--_s);
  }
  .list {
    list-style: none;
    padding: 0;
  }
  .list > li {
    border-inline-start: 4px solid var(--ln-color-border, #b1b4b6);
    padding-inline-start: var(--_s);
    margin-block-end: var(--_s);
  }
  .vh {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    [role='status'],
    [data-copy],
    fieldset,
    .controls,
    .section .toggle {
      display: none;
    }
    .content[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
  }
`;
