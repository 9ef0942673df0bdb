/**
 * Layer 1, "At a glance": a short, standardised summary that is always visible
 * (WP260 paras 35-36): who we are, why we use the data, what matters most, the
 * rights, how to get in touch, and an index of the full notice. Authored in the
 * payload's `summary`, or derived from the structured fields when absent.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Contact, Notice } from '../schema/types.js';
import { baseCode } from '../schema/codes.js';
import { forAudience, type RenderContext } from './context.js';
import { heading } from './heading.js';
import { visibleSections } from './sections.js';
import { mailHref, rich, row, telHref, text } from './rich-text.js';

/**
 * The lawful bases and Article 9 conditions of a purpose, each with its name and,
 * for lawful bases, its one-line explanation, from the locale by code. DPV sub-terms
 * (`A6-1-e-public-interest`) are explained as their family; repeats are dropped.
 */
export const bases = (ctx: RenderContext, codes: string[]): unknown =>
  [...new Set(codes.map(baseCode))].map((c, i) => {
    const desc = ctx.t(`bases.${c}.desc`, { defaultValue: '' });
    return html`${i ? html`<br />` : nothing}<span class="basis">${ctx.t(`bases.${c}.name`)}${desc ? `: ${desc}` : ''}</span>`;
  });

const impactPoints = (ctx: RenderContext, n: Notice): unknown[] => {
  const { t } = ctx;
  const points: unknown[] = n.purposes.filter((p) => (p.highImpact || p.surprising) && forAudience(ctx, p.audiences)).map((p) => rich(ctx, p.description));
  if (n.dataCategories?.some((c) => c.special)) points.push(t('glance.special'));
  if (n.dataCategories?.some((c) => c.criminal)) points.push(t('glance.criminal'));
  if (n.automatedDecisions) points.push(t(n.automatedDecisions.used ? 'glance.automated' : 'glance.noAutomated'));
  if (n.transfers) points.push(t(n.transfers.outsideUK ? 'glance.transfers' : 'glance.noTransfers'));
  return points;
};

/** The first way to reach the people who handle data protection: the DPO, else the controller. */
const contactLine = (c: Contact): unknown => {
  const email = mailHref(c.email);
  const tel = telHref(c.phone);
  return [
    email ? html`<a href=${email}>${c.email}</a>` : nothing,
    email && tel ? ', ' : nothing,
    tel ? html`<a href=${tel}>${c.phone}</a>` : nothing,
  ];
};

export function renderGlance(ctx: RenderContext): TemplateResult {
  const { notice: n, t } = ctx;
  const s = n.summary ?? {};
  const dpo = n.dpo;
  const impact = s.impact ? s.impact.map((p) => rich(ctx, p)) : impactPoints(ctx, n);
  const purposes = n.purposes.filter((p) => forAudience(ctx, p.audiences));
  const rights = n.rights.filter((r) => r.code !== 'A77');
  const who = s.who
    ? rich(ctx, s.who)
    : html`${text(ctx, n.controller.name)}${dpo?.name ? html`<br />${t('glance.dpo')} ${text(ctx, dpo.name)}` : nothing}`;
  const why = s.why
    ? rich(ctx, s.why)
    : html`<ul>${purposes.map((p) => html`<li>${rich(ctx, p.description)}<br />${bases(ctx, [...p.lawfulBasis, ...(p.specialCategoryConditions ?? [])])}</li>`)}</ul>`;
  const sections = visibleSections(ctx);
  const contactVia = dpo?.email || dpo?.phone ? dpo : n.controller;
  return html`<div class="glance" part="glance">
    ${heading(ctx.level + 1, t('glance.heading'), ctx.id('glance'))}
    <dl>
      ${row(t('glance.who'), who)}
      ${row(t('glance.why'), why)}
      ${impact.length ? row(t('glance.impact'), html`<ul>${impact.map((p) => html`<li>${p}</li>`)}</ul>`) : nothing}
      ${row(
        t('glance.rights'),
        html`${s.rights ? rich(ctx, s.rights) : html`<p>${new Intl.ListFormat(ctx.uiLang, { type: 'unit' }).format(rights.map((r) => t(`rights.${r.code}.name`)))}</p>`}
          <a href="#${ctx.id('rights')}">${t('glance.rightsLink')}</a>`,
      )}
      ${row(
        t('glance.contact'),
        html`${s.contact ? rich(ctx, s.contact) : contactVia ? contactLine(contactVia) : nothing}
          <a href="#${ctx.id('contact')}">${t('glance.contactLink')}</a>`,
      )}
    </dl>
    <nav class="index" aria-labelledby=${ctx.id('index')}>
      ${heading(ctx.level + 2, t('glance.index', { count: sections.length }), ctx.id('index'))}
      <ul>
        ${sections.map((sec) => html`<li><a href="#${ctx.id(sec.id)}">${text(ctx, sec.heading)}</a></li>`)}
      </ul>
    </nav>
  </div>`;
}
