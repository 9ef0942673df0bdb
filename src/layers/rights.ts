/**
 * Layer 3, rights actions: one entry per right, with its name and a one-line
 * explanation from the locale, the payload's note, and one clear way to act (an email
 * with the subject filled in, a form, a phone number or a postal address), who
 * handles it and the time limit; then how to complain, to the controller and to the
 * regulator (named in the reader's language, regulator.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Action, Contact, Party } from '../schema/types.js';
import type { RenderContext } from './context.js';
import { heading } from './heading.js';
import { address, mailHref, plain, rich, safeHref, telHref, text } from './rich-text.js';
import { regulatorFor } from './regulator.js';

/**
 * The links of one action; `code` names the right for the `ln-action` event. Every right
 * has its own "Email ..." link, so each link's name ends with what it is for (visually
 * hidden, after a pause): out of context, in a screen reader's list of links or on Tab,
 * six identical "Email dpo@..." links would not say which right each one asks for
 * (WCAG 2.4.4, 2.4.9).
 */
const actionLinks = (ctx: RenderContext, a: Action, subject: string | undefined, code: string, purpose: string): TemplateResult => {
  const { t } = ctx;
  const mail = mailHref(a.email, a.subject ? plain(ctx, a.subject) : subject);
  const tel = telHref(a.phone);
  const form = safeHref(a.url);
  const why = html`<span class="vh">${', ' + purpose}</span>`;
  return html`<ul class="actions" data-right=${code}>
      ${form ? html`<li><a part="action" href=${form} data-channel="form">${a.label ? text(ctx, a.label) : html`${t('rightsLayer.form')}${why}`}</a></li>` : nothing}
      ${mail ? html`<li><a part="action" href=${mail} data-channel="email">${t('rightsLayer.email', { email: a.email })}${why}</a></li>` : nothing}
      ${tel ? html`<li><a part="action" href=${tel} data-channel="phone">${t('rightsLayer.call', { phone: a.phone })}${why}</a></li>` : nothing}
      ${a.post ? html`<li>${t('rightsLayer.write')} ${address(ctx, a.post)}</li>` : nothing}
    </ul>
    ${a.handledBy ? html`<p class="meta">${t('rightsLayer.handledBy')} ${text(ctx, a.handledBy)}</p>` : nothing}
    ${a.timeLimit ? html`<p class="meta">${t('rightsLayer.timeLimit')} ${text(ctx, a.timeLimit)}</p>` : nothing}`;
};

const toAction = (c: Contact | Party): Action => ({ email: c.email, phone: c.phone, url: c.url, post: c.address });

export function renderRights(ctx: RenderContext): TemplateResult {
  const { notice: n, t } = ctx;
  const title = plain(ctx, n.title);
  const regulator = n.complaint?.regulator && regulatorFor(ctx, n.complaint.regulator);
  return html`<div class="rights" part="rights">
    ${heading(ctx.level + 1, t('rightsLayer.heading'), ctx.id('rights'))}
    <p>${t('rightsLayer.intro')}</p>
    <ul class="list">
      ${n.rights
        .filter((r) => r.code !== 'A77')
        .map((r) => {
          const name = t(`rights.${r.code}.name`);
          const action = r.action ?? n.rightsAction;
          return html`<li>
            <p><strong class="right-name">${name}</strong><br />${t(`rights.${r.code}.desc`)}</p>
            ${r.note ? html`<p class="note">${rich(ctx, r.note)}</p>` : nothing}
            ${action ? actionLinks(ctx, action, t('rightsLayer.subject', { right: name, notice: title }), r.code, name) : nothing}
          </li>`;
        })}
    </ul>
    ${n.complaint
      ? html`${heading(ctx.level + 2, t('rights.A77.name'), ctx.id('complain'))}
          <p>${t('rightsLayer.complainIntro')}</p>
          <ul class="list">
            ${n.complaint.controller
              ? html`<li><p><strong>${t('rightsLayer.complainUs')}</strong>${n.complaint.controller.name ? html`<br />${text(ctx, n.complaint.controller.name)}` : nothing}</p>
                  ${actionLinks(ctx, toAction(n.complaint.controller), t('rightsLayer.subject', { right: t('rightsLayer.complainUs'), notice: title }), 'complaint', t('rightsLayer.complainUs'))}</li>`
              : nothing}
            ${regulator
              ? html`<li><p><strong>${t('rightsLayer.complainRegulator', { name: regulator.name })}</strong></p>
                  ${actionLinks(ctx, { ...regulator.action, label: t('rightsLayer.website', { name: regulator.name }) }, undefined, 'A77', t('rightsLayer.complainRegulator', { name: regulator.name }))}</li>`
              : nothing}
          </ul>`
      : nothing}
  </div>`;
}
