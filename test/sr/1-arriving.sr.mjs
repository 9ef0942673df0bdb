/**
 * Arriving at a notice: a resident who moves by headings (H) hears the notice's title
 * and its first layer as headings, one level below the page's own; reading on, each
 * key fact comes with its label (a description list's term), and the way to the
 * rights layer is a link named for what it does.
 */
import { check, heard, inLang, lit, notHeard, payload } from './helpers.mjs';

export const title = 'Arriving: title and first layer as headings, key facts with their labels';

export async function run(sr) {
  const n = payload('coventry-family-valued');
  const noticeTitle = inLang(n.title);
  await sr.open('demo/coventry-family-valued.html');

  // H from the top: the page's h1, then the notice's title at the level the page asked for (2).
  const headings = await sr.pressUntil('h', /at a glance/i, 6);
  const titleAt = headings.findIndex((u) => new RegExp(`^${lit(noticeTitle)}\\b.*heading level 2`, 'i').test(u));
  check(titleAt >= 0, `the notice's title "${noticeTitle}" was not announced as a level 2 heading: ${headings.join(' | ')}`);
  const glance = heard(headings, /^at a glance\b/i, 'the first layer');
  check(/heading level 3/i.test(glance), `"At a glance" should be a heading one level below the title: "${glance}"`);
  check(headings.indexOf(glance) > titleAt, 'the first layer should come after the title');
  // A heading that says "clickable" invites a click that does nothing.
  notHeard(headings, /clickable/i, '"clickable" on a heading');

  // Reading on from "At a glance": the facts come as a description list, each with its label.
  const facts = [];
  for (let i = 0; i < 20 && !facts.some((u) => /how to contact us/i.test(u)); i++) facts.push(...(await sr.press('Down')));
  heard(facts, /description list/i, 'the key facts as a description list');
  heard(facts, /^who we are\b.*description term/i, 'the label "Who we are"');
  const who = facts.findIndex((u) => /^who we are\b/i.test(u));
  const controller = inLang(n.controller.name);
  check(
    facts.slice(who + 1, who + 3).some((u) => u.includes(controller)),
    `"Who we are" should be followed by "${controller}": ${facts.slice(who, who + 4).join(' | ')}`,
  );
  // Why the data is used is in the key facts after layer 1; layer 1 says what matters most.
  heard(facts, /^what you should know\b.*description term/i, 'the label "What you should know"');
  heard(facts, /^your rights\b.*description term/i, 'the label "Your rights"');
  heard(facts, /^how to use your rights link/i, 'the link to the rights layer');
  heard(facts, /^how to contact us\b.*description term/i, 'the label "How to contact us"');
}
