/**
 * Layer 1, "At a glance": a short summary that is always visible (WP260 paras
 * 35-36): who we are, what matters most, the rights and how to get in touch.
 * Authored in the payload's `summary`, or derived from the
 * structured fields when absent. The purposes and their lawful bases follow in the
 * key facts, so without an authored `summary.why` they are not repeated here: layer 1
 * stays about one phone screen long.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Contact, Notice, Text } from '../schema/types.js';
import { forAudience, type RenderContext } from './context.js';
import { heading } from './heading.js';
import { mailHref, plain, rich, row, telHref, text, unitList } from './rich-text.js';

const impactPoints = (ctx: RenderContext, n: Notice): unknown[] => {
  const { t } = ctx;
  const points: unknown[] = n.purposes
    .filter((p) => (p.highImpact || p.surprising) && forAudience(ctx, p.audiences))
    .map((p) => rich(ctx, p.description));
  if (n.dataCategories?.some((c) => c.special)) points.push(t('glance.special'));
  if (n.dataCategories?.some((c) => c.criminal)) points.push(t('glance.criminal'));
  // Only what is notable: "we do not ..." is said once, in the key facts.
  if (n.automatedDecisions?.used) points.push(t('glance.automated'));
  if (n.transfers?.outsideUK) points.push(t('glance.transfers'));
  return points;
};

/** "Data Protection Officer: Jo Bloggs", or the role alone when the payload names the role, not a person. */
const dpoLine = (ctx: RenderContext, name: Text): unknown =>
  plain(ctx, name).trim().toLowerCase() === ctx.t('contacts.dpo').toLowerCase()
    ? ctx.t('contacts.dpo')
    : html`${ctx.t('glance.dpo')} ${text(ctx, name)}`;

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
  const rights = n.rights.filter((r) => r.code !== 'A77');
  const who = s.who
    ? rich(ctx, s.who)
    : html`${text(ctx, n.controller.name)}${dpo ? html`<br />${dpo.name ? dpoLine(ctx, dpo.name) : t('contacts.dpo')}` : nothing}`;
  const contactVia = dpo?.email || dpo?.phone ? dpo : n.controller;
  return html`<div class="glance" part="glance">
    ${heading(ctx.level + 1, t('glance.heading'), ctx.id('glance'))}
    <dl>
      ${row(t('glance.who'), who)}
      ${s.why ? row(t('glance.why'), rich(ctx, s.why)) : nothing}
      ${impact.length ? row(t('glance.impact'), html`<ul>${impact.map((p) => html`<li>${p}</li>`)}</ul>`) : nothing}
      ${row(
        t('glance.rights'),
        html`${
          s.rights
            ? rich(ctx, s.rights)
            : html`<p>${unitList(
                ctx,
                rights.map((r) => t(`rights.${r.code}.name`)),
              )}</p>`
        }
          <a href="#${ctx.id('rights')}">${t('glance.rightsLink')}</a>`,
      )}
      ${row(
        t('glance.contact'),
        html`${s.contact ? rich(ctx, s.contact) : contactVia ? contactLine(contactVia) : nothing}
          <a href="#${ctx.id('contact')}">${t('glance.contactLink')}</a>`,
      )}
    </dl>
  </div>`;
}
