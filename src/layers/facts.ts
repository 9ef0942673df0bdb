/**
 * Key facts: a standard layer built from the structured fields, right after layer 1.
 * The same questions in the same order in every notice, so people can compare one
 * notice with another (Kelley et al., "Standardizing privacy notices", CHI 2010):
 * for each purpose, what it is for, its lawful basis and conditions, its legitimate
 * interest and how long it is kept; then what is the same for every purpose, said
 * once: what the bases mean, the data, where it comes from, who receives it, how
 * long it is kept, transfers abroad, automated decisions, whether you must provide
 * it, and how to complain. Rows whose field is absent are left out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Notice, Rich } from '../schema/types.js';
import { baseCode } from '../schema/codes.js';
import { forAudience, type RenderContext } from './context.js';
import { heading } from './heading.js';
import { rich, row, safeHref, text, unitList } from './rich-text.js';

type Purpose = Notice['purposes'][number];

/** Names of lawful-basis or Article 9 codes, each once, in the locale. */
const names = (ctx: RenderContext, codes: string[] | undefined): string =>
  unitList(ctx, [...new Set((codes ?? []).map((c) => ctx.t(`bases.${baseCode(c)}.name`)))]);

/** A list of rich texts; one item is shown without a list around it. */
export const items = (values: unknown[]): unknown =>
  values.length === 1 ? values[0] : html`<ul>${values.map((v) => html`<li>${v}</li>`)}</ul>`;

/** The purposes the chosen audience sees. */
export const purposesFor = (ctx: RenderContext): Purpose[] => ctx.notice.purposes.filter((p) => forAudience(ctx, p.audiences));

/** A key of a purpose's lawful basis, so bases shared by every purpose are said once. */
const basisKey = (p: Purpose): string => JSON.stringify([p.lawfulBasis, p.specialCategoryConditions, p.criminalOffenceCondition]);

const list = (ctx: RenderContext, label: string, values: unknown[] | undefined): unknown =>
  values?.length ? row(ctx.t(label), items(values)) : nothing;

/** The rows about the lawful basis of one purpose (or of every purpose, when shared). */
const basisRows = (ctx: RenderContext, p: Purpose): unknown => {
  const { t } = ctx;
  return html`${row(t('jit.basis'), names(ctx, p.lawfulBasis))}
  ${p.specialCategoryConditions?.length ? row(t('facts.condition'), names(ctx, p.specialCategoryConditions)) : nothing}
  ${p.criminalOffenceCondition ? row(t('facts.criminal'), text(ctx, p.criminalOffenceCondition)) : nothing}`;
};

/**
 * The rows of one purpose, for a `<dl>`: what it is for, its basis and conditions
 * (unless given once for every purpose), its legitimate interest and how long it is
 * kept. The key facts, the generated full text and the just-in-time variant share them.
 */
export const purposeRows = (ctx: RenderContext, p: Purpose, withBasis = true): unknown => {
  const { t } = ctx;
  return html`${row(t('jit.use'), rich(ctx, p.description))} ${withBasis ? basisRows(ctx, p) : nothing}
  ${p.legitimateInterests ? row(t('facts.interests'), rich(ctx, p.legitimateInterests)) : nothing}
  ${p.retention ? row(t('jit.keep'), rich(ctx, p.retention)) : nothing}`;
};

/** Every lawful basis the purposes use, with its plain-language meaning, once each. */
export const meanings = (ctx: RenderContext, purposes: Purpose[]): unknown =>
  list(
    ctx,
    'facts.bases',
    [...new Set(purposes.flatMap((p) => p.lawfulBasis.map(baseCode)))].map(
      (c) => html`<strong>${ctx.t(`bases.${c}.name`)}</strong>: ${ctx.t(`bases.${c}.desc`)}`,
    ),
  );

/** Data categories, each marked when it is special category or criminal offence data. */
export const dataItems = (ctx: RenderContext): unknown[] =>
  (ctx.notice.dataCategories ?? [])
    .filter((c) => forAudience(ctx, c.audiences))
    .map(
      (c) =>
        html`${rich(ctx, c.description)}${c.special ? html` <span class="meta">(${ctx.t('facts.special')})</span>` : nothing}${c.criminal ? html` <span class="meta">(${ctx.t('facts.criminalData')})</span>` : nothing}`,
    );

/** Retention periods of the whole notice, "data: period". */
export const retentionItems = (ctx: RenderContext): unknown[] =>
  (ctx.notice.retention ?? []).map((r) => html`${r.data ? html`<strong>${text(ctx, r.data)}</strong>: ` : nothing}${rich(ctx, r.period)}`);

/** Transfers abroad: whether there are any, then each country with its safeguard. */
export const transferItems = (ctx: RenderContext): unknown[] => {
  const tr = ctx.notice.transfers!;
  return [
    ctx.t(tr.outsideUK ? 'glance.transfers' : 'glance.noTransfers'),
    ...(tr.details ?? []).map((d) => {
      const href = safeHref(d.url);
      return html`<strong>${text(ctx, d.country)}</strong>: ${href ? html`<a href=${href}>${text(ctx, d.safeguard)}</a>` : text(ctx, d.safeguard)}`;
    }),
  ];
};

export const automatedItems = (ctx: RenderContext): unknown[] => {
  const a = ctx.notice.automatedDecisions!;
  return [ctx.t(a.used ? 'glance.automated' : 'glance.noAutomated'), ...(a.details ? [rich(ctx, a.details)] : [])];
};

const described = (ctx: RenderContext, entries?: { description: Rich }[]): unknown[] | undefined =>
  entries?.map((e) => rich(ctx, e.description));

export function renderFacts(ctx: RenderContext): TemplateResult {
  const { notice: n, t } = ctx;
  const purposes = purposesFor(ctx);
  const shared = purposes.length > 1 && new Set(purposes.map(basisKey)).size === 1 ? purposes[0] : undefined;
  return html`<div class="facts" part="facts">
    ${heading(ctx.level + 1, t('facts.heading'), ctx.id('facts'))}
    <ol class="list">
      ${purposes.map((p) => html`<li><dl>${purposeRows(ctx, p, !shared)}</dl></li>`)}
    </ol>
    ${purposes.length > 1 ? heading(ctx.level + 2, t('facts.common')) : nothing}
    <dl>
      ${shared ? basisRows(ctx, shared) : nothing} ${meanings(ctx, purposes)}
      ${list(ctx, 'facts.data', dataItems(ctx))} ${list(ctx, 'facts.sources', described(ctx, n.sources))}
      ${list(ctx, 'facts.recipients', described(ctx, n.recipients))} ${list(ctx, 'jit.keep', retentionItems(ctx))}
      ${n.transfers ? list(ctx, 'facts.transfers', transferItems(ctx)) : nothing}
      ${n.automatedDecisions ? list(ctx, 'facts.automated', automatedItems(ctx)) : nothing}
      ${n.provision ? row(t('facts.provision'), rich(ctx, n.provision)) : nothing}
      ${n.complaint ? row(t('rights.A77.name'), html`${t('rightsLayer.complainIntro')} <a href="#${ctx.id('complain')}">${t('facts.complainLink')}</a>`) : nothing}
    </dl>
  </div>`;
}
