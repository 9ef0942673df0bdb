/**
 * Acting on a right. From the first layer's "How to use your rights" link a resident
 * lands on the rights layer's heading; reading on, each right comes with its name and
 * what it lets them do, and each way to act says what it is for (the right it is
 * about), not only "Email someone". The route to complain to the regulator is there.
 */
import { check, heard, lit, locale, payload, startOf } from './helpers.mjs';

export const title = 'Acting on a right: rights link, each right explained, actions named for their purpose, complaint route';

export async function run(sr) {
  const n = payload('family-valued-evaluation');
  const en = locale('en');
  const rights = n.rights.filter((r) => r.code !== 'A77').map((r) => ({ name: en.rights[r.code].name, desc: en.rights[r.code].desc }));
  await sr.open('demo/family-valued-evaluation.html');

  // The first layer's link to the rights layer: followed, focus lands on the layer's heading.
  await sr.pressUntil('Tab', /^how to use your rights link/i, 6);
  const arrived = await sr.press('Return', { expect: /use your rights/i });
  heard(arrived, /^use your rights\b.*heading level 3/i, 'the rights layer heading after following the link');

  // Reading on: the first right's name and its explanation; rights that share a way to act
  // are listed together, then their action once.
  const [first] = rights;
  const read = [];
  for (let i = 0; i < 40 && !read.some((u) => /\blink\b/i.test(u)); i++) read.push(...(await sr.press('Down')));
  heard(read, new RegExp(lit(first.name), 'i'), `the first right's name ("${first.name}")`);
  heard(read, startOf(first.desc, 4), `what the first right lets you do ("${first.desc}")`);
  // Read line by line, Firefox gives the link's visually hidden end as further pieces of the same link.
  const at = read.findIndex((u) => /\blink\b/i.test(u));
  check(at >= 0, `expected to hear the first right's action as a link; heard: ${read.join(' | ')}`);
  const action = read.slice(at, at + 4).join(' ');
  const email = n.rightsAction.email;
  heard(
    [action],
    new RegExp(`email ${lit(email)}.*${lit(first.name)}`, 'i'),
    `the action saying how ("Email ${email}") and what it is for ("${first.name}")`,
  );

  // Every right's action is named for its right: the shared action names every right it serves.
  const links = [];
  for (let i = 0; i < 25 && !links.some((u) => /information commissioner/i.test(u)); i++) links.push(...(await sr.press('Tab')));
  const emailed = [action, ...links].filter((u) => new RegExp(`email ${lit(email)}`, 'i').test(u)).join(' ');
  for (const r of rights.slice(1)) {
    heard([emailed], new RegExp(lit(r.name), 'i'), `an email action naming "${r.name}"`);
  }
  // The complaint route to the regulator.
  heard(links, /information commissioner.*link/i, "the link to the Information Commissioner's Office");
}
