/**
 * The axe matrix (check 1 in docs/accessibility.md): every demo notice, read in English, Welsh and
 * Arabic (right to left), collapsed and with every section open, has 0 axe
 * violations, in Chromium, Firefox and WebKit. One test per notice and language so a
 * failure names both; each renders once and runs axe twice.
 */
import { expect } from '@open-wc/testing';
import { NOTICES, loadPayload, openAll, renderNotice, $ } from './helpers/notices.js';

const LANGS = ['en', 'cy', 'ar'] as const;

describe('axe: every demo notice × {en, cy, ar} × {collapsed, all open}', () => {
  for (const slug of NOTICES) {
    for (const lang of LANGS) {
      it(`${slug} in ${lang}`, async () => {
        const el = await renderNotice(await loadPayload(slug), lang);
        const base = $(el, '[part="base"]');
        // The matrix is only worth something if the language really changed.
        expect(base.getAttribute('lang'), 'interface language').to.equal(lang);
        expect(base.getAttribute('dir'), 'direction').to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        await expect(el).to.be.accessible();
        await openAll(el);
        expect($(el, '[part="content"][hidden]'), 'a section is still closed').to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  }
});
