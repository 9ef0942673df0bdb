/**
 * A Welsh page shows the notice in Welsh from its first render: the element never draws
 * it in English first and switches in place. Screen readers take a text's language
 * from `lang` when they first meet it (Firefox ESR keeps it after an in-place change),
 * so an English first render would have Welsh read with an English voice.
 */
import { expect } from '@open-wc/testing';
import { openFrame } from './helpers/a11y.js';

it('a page that sets lang="cy" on the element gets the notice in Welsh, marked cy, from the first render on', async () => {
  const f = await openFrame('/demo/coventry-family-valued.html?lang=cy');
  const seen: string[] = [];
  await new Promise<void>((done) => {
    const start = performance.now();
    const look = () => {
      const base = f.doc.querySelector('layered-notice')?.shadowRoot?.querySelector('[part="base"]');
      const now = base ? `${base.getAttribute('lang')}: ${base.querySelector('h2')?.textContent?.trim()}` : 'fallback';
      if (seen.at(-1) !== now) seen.push(now);
      if (performance.now() - start > 2000 && base) done();
      else requestAnimationFrame(look);
    };
    look();
  });
  f.frame.remove();
  // The fallback may already be gone when the frame's load event comes.
  expect(seen.filter((s) => s !== 'fallback')).to.deep.equal(['cy: Hysbysiad preifatrwydd Family Valued']);
});
