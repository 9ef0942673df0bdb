/**
 * Registers `<layered-notice>`. Does nothing when the tag is already defined, since a
 * CMS page may load the script twice, or when the browser has no custom elements.
 */
import { LayeredNotice } from './layered-notice.js';

// A browser without custom elements keeps the fallback content, and throws nothing.
if (typeof customElements === 'object' && customElements && !customElements.get('layered-notice'))
  customElements.define('layered-notice', LayeredNotice);

declare global {
  interface HTMLElementTagNameMap {
    'layered-notice': LayeredNotice;
  }
}

export { LayeredNotice };
