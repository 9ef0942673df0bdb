/**
 * The full notice as an accordion. Tab to a section: its name, that it is collapsed,
 * and that it can be opened ("Show this section"). Enter: "expanded". Back in browse
 * mode (Orca switches to focus mode on an expandable button; Orca+A switches back),
 * Down reads the section's first paragraph. Enter again closes it, focus staying on
 * the button. "Show all sections" reports that everything is now expanded. A link
 * to a section (the notice's own index, and an address with the section's fragment)
 * opens it and announces it as expanded.
 */
import { check, heard, inLang, lit, notHeard, payload, startOf } from './helpers.mjs';

export const title = 'Accordion: a section says it is collapsed and can open; open it, read it, Show all, deep links';

export async function run(sr) {
  const n = payload('family-valued-evaluation');
  const [first, second] = n.sections;
  const name1 = lit(inLang(first.heading));
  await sr.open('demo/family-valued-evaluation.html');

  // Tab to the first section: name, "Show this section", collapsed, a button, a heading.
  const toSection = await sr.pressUntil('Tab', new RegExp(`^${name1}\\b.*show this section`, 'i'), 30);
  const button = heard(toSection, new RegExp(`^${name1}\\b.*show this section`, 'i'), 'the first section button');
  check(/\bcollapsed\b/i.test(button), `the closed section should be announced as collapsed: "${button}"`);
  check(/\bbutton\b/i.test(button), `the section control should be announced as a button: "${button}"`);
  check(/heading level 4/i.test(button), `the section should be announced as a level 4 heading: "${button}"`);

  // Open it: "expanded".
  const opened = await sr.press('Return', { expect: /expanded/i });
  heard(opened, /\bexpanded\b/i, '"expanded" after opening');
  notHeard(opened, /\bcollapsed\b/i, '"collapsed" after opening');

  // Browse mode, then Down: the section's first paragraph.
  const mode = await sr.press('Insert+a', { label: 'Orca+A' });
  heard(mode, /browse mode/i, 'the switch back to browse mode');
  const read = await sr.press('Down');
  heard(read, startOf(inLang(first.body[0])), "the section's first paragraph");

  // Up again: the button now says it is expanded and can hide the section.
  const back = await sr.press('Up');
  heard(back, new RegExp(`^${name1}\\b.*hide this section.*\\bexpanded\\b`, 'i'), 'the open section button');

  // Close it: "collapsed", and Down no longer reaches its text.
  const closed = await sr.press('Return', { expect: /collapsed/i });
  heard(closed, /\bcollapsed\b/i, '"collapsed" after closing');

  // Show all sections: says what it did.
  const toShowAll = await sr.pressUntil('shift+Tab', /show all sections/i, 4);
  const showAll = heard(toShowAll, /show all sections/i, 'the Show all sections button');
  check(/\bcollapsed\b/i.test(showAll), `Show all should say its sections are collapsed: "${showAll}"`);
  const all = await sr.press('Return', { expect: /expanded/i });
  heard(all, /\bexpanded\b/i, 'that Show all expanded the sections');
  const allAgain = await sr.press('Tab');
  heard(allAgain, new RegExp(`^${name1}\\b.*hide this section.*\\bexpanded\\b`, 'i'), 'the first section open after Show all');

  // Deep link from the notice's own index: opens the section and announces it.
  const id2 = `${n.id}-${second.id}`;
  await sr.open('demo/family-valued-evaluation.html');
  const name2 = lit(inLang(second.heading));
  await sr.pressUntil('Tab', new RegExp(`^${name2} link`, 'i'), 10);
  const followed = await sr.press('Return', { expect: /expanded/i });
  heard(followed, new RegExp(`^${name2}\\b.*\\bexpanded\\b`, 'i'), 'the linked section, open, after following the index link');

  // Deep link from another page: the address names the section. Orca announces the
  // focused section with the page, or, when the page's own announcement comes last (a
  // race on a busy machine, seen in Firefox), the next Tab lands on its open button.
  const open2 = new RegExp(`^${name2}\\b.*\\bexpanded\\b`, 'i');
  let arrived = await sr.open(`demo/family-valued-evaluation.html#${id2}`);
  if (!arrived.some((u) => open2.test(u))) arrived = await sr.press('Tab');
  heard(arrived, open2, 'the linked section, open, on arriving from a link');
}
