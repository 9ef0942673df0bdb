/**
 * The full text of a notice written as facts alone (no `sections`): one section per
 * fact the payload has, under standard, translated headings, so a notice can be
 * written once. Rights, complaints, contacts and changes have their own layers.
 */
import { html, nothing } from 'lit';
import type { Notice, Section } from '../schema/types.js';
import type { RenderContext } from './context.js';
import { automatedItems, dataItems, items, meanings, purposeRows, purposesFor, retentionItems, transferItems } from './facts.js';
import { rich } from './rich-text.js';

/** A generated section: its content is already a template, not payload blocks. */
export type Generated = Section & { content?: unknown };

/** Which generated sections a facts-only notice has, by id, in reading order. */
const present = (n: Notice): [string, boolean][] => [
  ['information', !!n.dataCategories?.length],
  ['purposes', true],
  ['sources', !!n.sources?.length],
  ['sharing', !!(n.recipients?.length || n.transfers)],
  ['retention', !!n.retention?.length],
  ['automated', !!n.automatedDecisions],
  ['provision', !!n.provision],
];

/** The ids of the notice's sections, written or generated. */
export const sectionIds = (n: Notice): string[] =>
  n.sections?.map((s) => s.id) ??
  present(n)
    .filter((p) => p[1])
    .map((p) => p[0]);

const HEADINGS: Record<string, string> = {
  information: 'facts.data',
  purposes: 'glance.why',
  sources: 'facts.sources',
  sharing: 'facts.recipients',
  retention: 'jit.keep',
  automated: 'facts.automated',
  provision: 'facts.provision',
};

const content = (ctx: RenderContext, id: string): unknown => {
  const n = ctx.notice;
  switch (id) {
    case 'information':
      return items(dataItems(ctx));
    case 'purposes':
      return html`${purposesFor(ctx).map((p) => html`<dl>${purposeRows(ctx, p)}</dl>`)}<dl>${meanings(ctx, purposesFor(ctx))}</dl>`;
    case 'sources':
      return items(n.sources!.map((s) => rich(ctx, s.description)));
    case 'sharing':
      return html`${items((n.recipients ?? []).map((r) => rich(ctx, r.description)))}${n.transfers ? items(transferItems(ctx)) : nothing}`;
    case 'retention':
      return items(retentionItems(ctx));
    case 'automated':
      return items(automatedItems(ctx));
    default:
      return html`<p>${rich(ctx, n.provision!)}</p>`;
  }
};

/** The sections of a notice without `sections`: headings from the locale, content from the facts. */
export const generatedSections = (ctx: RenderContext): Generated[] =>
  sectionIds(ctx.notice).map((id) => ({ id, heading: { [ctx.uiLang]: ctx.t(HEADINGS[id]) }, body: [], content: content(ctx, id) }));
