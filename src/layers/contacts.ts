/**
 * Layer 4, contact details: the controller, the Data Protection Officer, a
 * representative and any other contacts, each with postal address, email, phone
 * (`tel:` links) and website.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '../schema/types.js';
import type { RenderContext } from './context.js';
import { heading } from './heading.js';
import { address, mailHref, row as detail, safeHref, telHref, text } from './rich-text.js';

const card = (ctx: RenderContext, role: unknown, c: Contact & { icoRegistration?: string }): TemplateResult => {
  const { t } = ctx;
  const mail = mailHref(c.email);
  const tel = telHref(c.phone);
  const web = safeHref(c.url);
  return html`<li part="contact">
    <p><strong>${role}</strong>${c.name ? html`<br />${text(ctx, c.name)}` : nothing}</p>
    <dl>
      ${c.address ? detail(t('contacts.address'), address(ctx, c.address)) : nothing}
      ${mail ? detail(t('contacts.email'), html`<a href=${mail}>${c.email}</a>`) : nothing}
      ${tel ? detail(t('contacts.phone'), html`<a href=${tel}>${c.phone}</a>`) : nothing}
      ${web ? detail(t('contacts.website'), html`<a href=${web}>${web}</a>`) : nothing}
      ${c.icoRegistration ? detail(t('contacts.ico'), c.icoRegistration) : nothing}
    </dl>
  </li>`;
};

export function renderContacts(ctx: RenderContext): TemplateResult {
  const { notice: n, t } = ctx;
  return html`<div class="contacts" part="contacts">
    ${heading(ctx.level + 1, t('contacts.heading'), ctx.id('contact'))}
    <ul class="list">
      ${card(ctx, t('contacts.controller'), n.controller)}
      ${n.dpo ? card(ctx, t('contacts.dpo'), n.dpo) : nothing}
      ${n.representative ? card(ctx, t('contacts.representative'), n.representative) : nothing}
      ${(n.contacts ?? []).map((c) => card(ctx, c.role ? text(ctx, c.role) : t('contacts.other'), c))}
    </ul>
  </div>`;
}
