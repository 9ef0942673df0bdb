import { expect, fixture, html } from '@open-wc/testing';
import type { LayeredNotice } from '../src/layered-notice.js';
import { invisible } from './helpers/payload-strings.mjs';
import { $, $$, NOTICES, loadPayload, openAll, renderNotice } from './helpers/notices.js';

/**
 * Nothing in the payload is invisible: every string a payload holds (apart from ids,
 * codes and `$schema`) is shown to a reader, in every language it is written in. The
 * same check runs on `layered-notice render` and `render --embed` in
 * test/node/visible.test.mjs.
 */

const hrefs = (root: ParentNode): string[] => [...root.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href);

describe('every payload string is shown', () => {
  for (const slug of NOTICES)
    it(`${slug}: in the element, in each of its languages`, async () => {
      const payload = await loadPayload(slug);
      for (const lang of payload.languages ?? [payload.language ?? 'en']) {
        const el = await renderNotice(payload, lang);
        await openAll(el);
        // "See all updates" opened too: what the reader can open counts as shown.
        for (const d of $$<HTMLDetailsElement>(el, 'details')) d.open = true;
        const base = $(el, '[part="base"]');
        expect(invisible(payload, lang, base.innerText, hrefs(base)), `${lang}: not shown`).to.deep.equal([]);
      }
    });

  for (const slug of NOTICES)
    it(`${slug}: each purpose's own facts in its just-in-time variant`, async () => {
      const payload = await loadPayload(slug);
      for (const [i, purpose] of payload.purposes.entries()) {
        if (!purpose.id) continue;
        let ready!: () => void;
        const shown = new Promise<void>((r) => (ready = r));
        const el = await fixture<LayeredNotice>(
          html`<layered-notice lang="en" purpose=${purpose.id} .notice=${payload} @ln-ready=${() => ready()}></layered-notice>`,
        );
        await shown;
        await el.updateComplete;
        const box = $(el, '[part="jit"]');
        const own = { language: payload.language, purposes: [{ ...purpose, id: undefined, audiences: undefined }] };
        expect(invisible(own, 'en', box.innerText, hrefs(box)), `purposes[${i}] not shown`).to.deep.equal([]);
        expect($$(el, '[part="sections"]')).to.have.length(0);
      }
    });
});
