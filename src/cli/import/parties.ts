/**
 * The controller, the DPO and the regulator, from the contact details found in the
 * page and the words around them. Each value is noted for a person to check.
 */
import type { RawSection } from './blocks.js';
import { contactFacts, controllerName, ICO, icoRegistration, pageLinks, pageText, type Owner } from './facts.js';
import type { Note } from './page.js';

const ICO_COMPLAINTS = 'https://ico.org.uk/make-a-complaint/';

export interface Parties {
  controller: { name?: string; email?: string; phone?: string; address?: string[]; icoRegistration?: string };
  dpo?: { name: string; email?: string; phone?: string; address?: string[] };
  regulator?: { name: string; url: string; phone?: string };
}

const clip = (s: string) => (s.length > 90 ? s.slice(0, 87) + '...' : s);

/** `site` is the site's name, the fallback for the controller's; `mentionsIco` whether the page names the ICO. */
export function readParties(sections: RawSection[], site: string | undefined, language: string | undefined, note: Note): Parties {
  const mentionsIco = ICO.test(pageText(sections));
  const text = pageText(sections);
  const facts = contactFacts(sections);
  const details = (owner: Owner, path: string) => {
    const out: { address?: string[]; email?: string; phone?: string } = {};
    for (const kind of ['address', 'email', 'phone'] as const) {
      const f = facts.find((x) => x.owner === owner && x.kind === kind);
      if (!f) continue;
      if (kind === 'address') out.address = f.value as string[];
      else out[kind] = f.value as string;
      note(
        `${path}.${kind}`,
        `${Array.isArray(f.value) ? f.value.join(', ') : f.value}, found in "${clip(f.context)}": check it is this contact's`,
      );
    }
    return out;
  };

  // The controller: the page's own words first, then the site's name.
  const said = controllerName(text);
  note(
    'controller.name',
    said
      ? `"${said}" from the sentence naming the data controller`
      : site
        ? `"${site}" is the site's name: check it is the data controller`
        : 'QUESTION: who is the data controller? The page does not say; validate will refuse the draft until controller.name is filled in',
  );
  const registration = icoRegistration(text);
  const own = details('controller', 'controller');
  if (!Object.keys(own).length) note('controller', 'no email, phone or address of the controller found: add them');
  const name = said ?? site;
  const controller = { ...(name && { name }), ...own, ...(registration && { icoRegistration: registration }) };

  // A DPO only when the page speaks of one: a "dataprotection@" mailbox alone is the controller's.
  const dpoDetails = details('dpo', /data protection officer|\bDPO\b|swyddog diogelu data/i.test(text) ? 'dpo' : 'controller');
  const named = /data protection officer|\bDPO\b|swyddog diogelu data/i.test(text);
  const dpo = named ? { name: language === 'cy' ? 'Swyddog Diogelu Data' : 'Data Protection Officer', ...dpoDetails } : undefined;
  if (!named) for (const [k, v] of Object.entries(dpoDetails)) (controller as Record<string, unknown>)[k] ??= v;

  if (!mentionsIco) return { controller, dpo };
  // The page's own link to the ICO, a complaints page first; else the ICO's complaints page.
  const icoUrl = pageLinks(sections)
    .filter((l) => /^https:\/\/(www\.)?ico\.org\.uk\//.test(l))
    .sort((a, b) => Number(/complain|concern/.test(b)) - Number(/complain|concern/.test(a)))[0];
  const phone = facts.find((f) => f.owner === 'ico' && f.kind === 'phone')?.value as string | undefined;
  note('complaint.regulator', `the page mentions the ICO: ${icoUrl ? 'its link' : `its complaints page ${ICO_COMPLAINTS}`} was used`);
  // The regulator's own name in the page's language (https://ico.org.uk/global/cymraeg/).
  const regulatorName = language === 'cy' ? "Swyddfa'r Comisiynydd Gwybodaeth" : "Information Commissioner's Office";
  return { controller, dpo, regulator: { name: regulatorName, url: icoUrl ?? ICO_COMPLAINTS, ...(phone && { phone }) } };
}
