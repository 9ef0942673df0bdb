/**
 * Registers `<layered-notice>`. Does nothing when the tag is already defined, since a
 * CMS page may load the script twice.
 */
import { LayeredNotice } from './layered-notice.js';

if (!customElements.get('layered-notice')) customElements.define('layered-notice', LayeredNotice);

declare global {
  interface HTMLElementTagNameMap {
    'layered-notice': LayeredNotice;
  }
}

export { LayeredNotice };
