/**
 * Layer 3, rights actions: the rights, each with its name (and the payload's own
 * wording of it), a one-line explanation from the locale and the payload's note;
 * rights that share a way to act are grouped under it, so it shows once (an email
 * with the subject filled in, a form, a phone number or a postal address), who
 * handles it and the time limit; then how to complain, to the controller and to the
 * regulator (named in the reader's language, regulator.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Action, Contact, Notice, Party } from '../schema/types.js';

type Right = Notice['rights'][number];
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

/**
 * Rights grouped by the way to act on them, in payload order: rights that share a
 * channel show it once, so a long address is not repeated under every right.
 */
const groups = (ctx: RenderContext): [Action | undefined, Right[]][] => {
  const out = new Map<string, [Action | undefined, Right[]]>();
  for (const r of ctx.notice.rights.filter((r) => r.code !== 'A77')) {
    const action = r.action ?? ctx.notice.rightsAction;
    const key = JSON.stringify(action ?? null);
    const group = out.get(key);
    if (group) group[1].push(r);
    else out.set(key, [action, [r]]);
  }
  return [...out.values()];
};

/** Articles 15 to 22: requests that are usually free and answered within one month (UK GDPR Article 12(3) and (5)). */
const FREE = /^A(1[5-9]|2[0-2])$/;

export function renderRights(ctx: RenderContext): TemplateResult {
  const { notice: n, t } = ctx;
  const title = plain(ctx, n.title);
  const regulator = n.complaint?.regulator && regulatorFor(ctx, n.complaint.regulator);
  return html`<div class="rights" part="rights">
    ${heading(ctx.level + 1, t('rightsLayer.heading'), ctx.id('rights'))}
    <p>${t('rightsLayer.intro')}${n.rights.some((r) => FREE.test(r.code)) ? ` ${t('rightsLayer.free')}` : nothing}</p>
    <ul class="list">
      ${groups(ctx).map(([action, rights]) => {
        const names = rights.map((r) => t(`rights.${r.code}.name`));
        const subject = t('rightsLayer.subject', { right: rights.length > 1 ? t('rightsLayer.heading') : names[0], notice: title });
        return html`<li>
          ${rights.map(
            (
              r,
              i,
            ) => html`<p><strong class="right-name">${names[i]}</strong>${r.name ? html` (${text(ctx, r.name)})` : nothing}<br />${t(`rights.${r.code}.desc`)}</p>
              ${r.note ? html`<p class="note">${rich(ctx, r.note)}</p>` : nothing}`,
          )}
          ${action ? actionLinks(ctx, action, subject, rights.map((r) => r.code).join(' '), names.join(', ')) : nothing}
        </li>`;
      })}
    </ul>
    ${
      n.complaint
        ? html`${heading(ctx.level + 2, t('rights.A77.name'), ctx.id('complain'))}
          <p>${t('rightsLayer.complainIntro')}</p>
          <ul class="list">
            ${
              n.complaint.controller
                ? html`<li><p><strong>${t('rightsLayer.complainUs')}</strong>${n.complaint.controller.name ? html`<br />${text(ctx, n.complaint.controller.name)}` : nothing}</p>
                  ${n.complaint.controller.role ? html`<p>${text(ctx, n.complaint.controller.role)}</p>` : nothing}
                  ${actionLinks(ctx, toAction(n.complaint.controller), t('rightsLayer.subject', { right: t('rightsLayer.complainUs'), notice: title }), 'complaint', t('rightsLayer.complainUs'))}</li>`
                : nothing
            }
            ${
              regulator
                ? html`<li><p><strong>${t('rightsLayer.complainRegulator', { name: regulator.name })}</strong></p>
                  ${actionLinks(ctx, { ...regulator.action, label: t('rightsLayer.website', { name: regulator.name }) }, undefined, 'A77', t('rightsLayer.complainRegulator', { name: regulator.name }))}</li>`
                : nothing
            }
          </ul>`
        : nothing
    }
  </div>`;
}
