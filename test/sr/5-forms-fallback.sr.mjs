/**
 * Three smaller journeys. Audiences: the "Show information for" chooser is a named
 * group of radio buttons and choosing one is confirmed. Just in time: beside a form
 * field, the field's label is its name, the short notice is its description, and the
 * link to the full notice says where it goes. Fallback: when the payload cannot be
 * loaded, the page's own link is announced and nothing empty is (no nameless link,
 * heading or group).
 */
import { check, heard, inLang, lit, notHeard, payload } from './helpers.mjs';

export const title = 'Audiences, the just-in-time notice beside a form field, and the fallback when the payload fails';

/** An utterance that is only a role, with no name: something empty a resident would hear. */
const EMPTY = /^(link|button|push button|heading level \d|clickable|panel|list with 0 items|blank)\.?$/i;

export async function run(sr) {
  // Audiences.
  const n = payload('no-wrong-door-evaluation');
  const first = inLang(n.audiences[0].label);
  await sr.open('demo/no-wrong-door-evaluation.html');
  // R (next radio button) goes to the chooser; Shift+Tab and Tab come back into it as a
  // Tab user would, which is when the group's name is read.
  await sr.pressUntil('r', /radio button/i, 3);
  await sr.press('shift+Tab');
  const group = await sr.press('Tab', { expect: /radio button/i });
  heard(group, /^show information for\b/i, 'the audience group\'s name "Show information for"');
  heard([group.join(' ')], /\beveryone\W+selected radio button/i, '"Everyone", chosen');
  const next = await sr.press('r');
  heard([next.join(' ')], new RegExp(`^${lit(first)}\\W+not selected radio button`, 'i'), `the option "${first}"`);
  const chose = await sr.press('space', { expect: /selected/i });
  heard(chose, /\bselected\b/i, 'that the audience is now chosen');
  notHeard(chose, /not selected/i, '"not selected" after choosing');

  // Just in time: the field, its label, its description; then the link to the full notice.
  const purpose = n && payload('family-valued-evaluation').purposes.find((p) => p.id === 'evaluation');
  await sr.open('demo/jit.html');
  const field = await sr.pressUntil('Tab', /\bentry\b|\bedit\b|text/i, 4);
  heard(field, /^your email address\b/i, 'the field named by its label "Your email address"');
  const described = field.join(' ');
  check(
    new RegExp(lit(inLang(purpose.description).split(/\s+/).slice(0, 4).join(' ')), 'i').test(described),
    `the field's description should be the short notice (what the data is used for): ${described}`,
  );
  const more = await sr.pressUntil('Tab', /\blink\b/i, 4);
  heard(more, /^read the full privacy notice link/i, 'the link to the full notice, named for where it goes');

  // The fallback when the payload fails.
  await sr.open('test/sr/pages/payload-fails.html');
  const fallback = await sr.pressUntil('Tab', /privacy notice/i, 3);
  heard(fallback, /^read our privacy notice link/i, "the page's own link to the notice");
  const all = [];
  await sr.press('ctrl+Home');
  for (let i = 0; i < 6; i++) all.push(...(await sr.press('Down')));
  heard(all, /^read our privacy notice link/i, 'the fallback link when reading the page');
  notHeard(all, EMPTY, 'something empty');
}
