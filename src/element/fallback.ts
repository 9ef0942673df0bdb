/** What the element shows while no notice is on screen: the page's own fallback content. */
import { html, nothing } from 'lit';
import { translator } from '../i18n/i18n.js';
import { resolveLanguage } from '../i18n/language.js';

/** The light-DOM content, and a short message after a failure only if the page gave none. */
export function renderFallback(host: HTMLElement, failed: boolean) {
  const given = [...host.childNodes].some((n) => (n.nodeType === 1 ? (n as Element).localName !== 'script' : n.textContent?.trim()));
  return html`<slot></slot>${failed && !given ? html`<p>${translator(resolveLanguage(host))('errors.title')}</p>` : nothing}`;
}
