/**
 * Facts a notice's structured fields need, read from the page's text where they are
 * plain to see: emails, phone numbers and addresses (and whose they are), the
 * controller's name, the lawful bases and Article 9 conditions cited, the rights
 * described, the ICO, and the date of the last update. Each is a guess for a person
 * to check, and the draft's report says so.
 */
import type { Block } from '../../schema/types.js';
import type { RawSection } from './blocks.js';

export type Owner = 'controller' | 'dpo' | 'ico';

export interface ContactFact {
  owner: Owner;
  kind: 'email' | 'phone' | 'address';
  value: string | string[];
  /** The words it was found in, for the report. */
  context: string;
}

/**
 * Bounded as RFC 5321 bounds them (64 characters before the @, labels of 63), so a
 * long run of letters and dots costs linear time rather than a backtracking search.
 */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;
/** UK numbers: 0 or +44 and ten more digits, spaced as people write them. */
const PHONE = /(?:\+44\s?(?:\(0\)\s?)?|\b0)\d(?:[\s-]?\d){8,9}\b/g;
const ICO = /information commissioner|\bICO\b/i;
const DPO = /data protection officer|\bDPO\b/i;
const LINK = /^(https?:|mailto:|tel:)/;
const DPO_MAILBOX = /^(dpo|data\.?protection|information\.?governance|ig|privacy)[^@]*@/i;

/** Every string and every link target in a block. */
const words = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(words) : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => (k === 'type' ? [] : words(x))) : [];

/** A block's readable units: a paragraph, each item of a list, each row of a table. */
const units = (b: Block): { text: string; links: string[]; lines?: string[] }[] => {
  const unit = (v: unknown) => {
    const all = words(v);
    return { text: all.filter((w) => !LINK.test(w)).join(' ').replace(/\s+/g, ' ').trim(), links: all.filter((w) => LINK.test(w)) };
  };
  if (typeof b === 'string') return [unit(b)];
  // `as`: the inferred Block type does not narrow on `type` (src/layers/rich-text.ts casts the same way).
  if (b.type === 'list') return (b.items as unknown[]).map(unit);
  if (b.type === 'table') return (b.rows as unknown[]).map(unit);
  if (b.type === 'address') return [{ ...unit(b.lines), lines: b.lines as string[] }];
  return b.type === 'heading' ? [] : [unit(b)];
};

/** A full UK number (0 and 9 or 10 digits) or an international one. */
const DIALLABLE = /^(?:0\d{9,10}|[1-9]\d{7,14})$/;

/** The address of a mailto: link when it is one; broken percent-encoding is no address. */
function mailbox(link: string): string[] {
  try {
    const address = decodeURIComponent(link.slice(7).split('?')[0]);
    return new RegExp(`^${EMAIL.source}$`).test(address) ? [address] : [];
  } catch {
    return [];
  }
}

/** Whose a detail is, from the words in its unit and around it (not from addresses: "dpo@" is not a mention of the DPO). */
const ownerOf = (unitText: string, aroundText: string, email?: string): Owner => {
  const [text, around] = [unitText, aroundText].map((t) => t.replace(EMAIL, ' '));
  return email?.toLowerCase().endsWith('ico.org.uk') || ICO.test(text)
    ? 'ico'
    : (email && DPO_MAILBOX.test(email)) || DPO.test(text)
      ? 'dpo'
      : ICO.test(around)
        ? 'ico'
        : DPO.test(around)
          ? 'dpo'
          : 'controller';
};

/** Emails, phone numbers and postal addresses, each with whose it probably is. */
export function contactFacts(sections: RawSection[]): ContactFact[] {
  const facts: ContactFact[] = [];
  for (const s of sections) {
    let previous = '';
    for (const u of s.body.flatMap(units)) {
      // The words before a detail often say whose it is: "Contact our Data Protection Officer:".
      const around = `${s.heading ?? ''} ${previous}`;
      const emails = new Set([...u.links.filter((l) => l.startsWith('mailto:')).flatMap((l) => mailbox(l)), ...(u.text.match(EMAIL) ?? [])]);
      // The same number as written and as a tel: link counts once, as written.
      const phones = new Map<string, string>();
      for (const p of [...(u.text.match(PHONE) ?? []), ...u.links.filter((l) => l.startsWith('tel:')).map((l) => l.slice(4))]) {
        const digits = p.replace(/\D/g, '').replace(/^44/, '0');
        // 999, 111 and short codes are not anyone's contact number.
        if (!DIALLABLE.test(digits)) continue;
        if (!phones.has(digits)) phones.set(digits, p.replace(/[\s-]+/g, ' ').trim());
      }
      for (const email of emails) facts.push({ owner: ownerOf(u.text, around, email), kind: 'email', value: email, context: u.text });
      for (const phone of phones.values()) facts.push({ owner: ownerOf(u.text, around), kind: 'phone', value: phone, context: u.text });
      if (u.lines) facts.push({ owner: ownerOf(u.text, around), kind: 'address', value: u.lines, context: u.text });
      previous = u.text;
    }
  }
  return facts;
}

/** All the page's text, for the searches below. */
export const pageText = (sections: RawSection[]): string => sections.flatMap((s) => [s.heading ?? '', ...s.body.flatMap(words).filter((w) => !LINK.test(w))]).join('\n');

/** Every link target in the page's sections. */
export const pageLinks = (sections: RawSection[]): string[] => sections.flatMap((s) => s.body.flatMap(words)).filter((w) => LINK.test(w));

/** "X is the data controller" or "the data controller is X". */
export function controllerName(text: string): string | undefined {
  const found =
    /(?:^|[.\n]\s*|\b(?:the|The)\s+)([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the)){0,7})\s+(?:is|are|will be|acts as)\s+(?:the\s+|a\s+)?(?:data\s+)?controller/.exec(text) ??
    /\b(?:data\s+)?controller\s+(?:is|will be)\s+((?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the)){0,7})/.exec(text);
  return found?.[1].replace(/^(The|the)\s+/, '').trim();
}

const art = (text: string, article: string, letters: string): string[] =>
  [...text.matchAll(new RegExp(`(?:Article|Art\\.?)?\\s*${article}\\s*\\(\\s*${article === '6' ? '1' : '2'}\\s*\\)\\s*\\(\\s*([${letters}])\\s*\\)`, 'gi'))].map((m) => m[1].toLowerCase());

/** Lawful bases named by article number or by their usual wording. */
export function lawfulBases(text: string): string[] {
  const letters = new Set(art(text, '6', 'a-f'));
  if (/public task|task carried out in the public interest|official authority/i.test(text)) letters.add('e');
  if (/legal obligation/i.test(text)) letters.add('c');
  if (/vital interests?/i.test(text)) letters.add('d');
  if (/legitimate interests?/i.test(text)) letters.add('f');
  if (/performance of a contract|contract (?:with|between) (?:you|us)/i.test(text)) letters.add('b');
  if (/(?:rely|relies|based) on (?:your )?consent|on the basis of (?:your )?consent/i.test(text)) letters.add('a');
  return [...letters].sort().map((l) => `A6-1-${l}`);
}

export const article9 = (text: string): string[] => [...new Set(art(text, '9', 'a-j'))].sort().map((l) => `A9-2-${l}`);

/** The rights a "your rights" section describes, in the words notices usually use. */
export function rightsNamed(text: string): string[] {
  const said: [string, RegExp][] = [
    ['A15', /\baccess\b|a copy of (?:the |your )?(?:personal )?(?:information|data)/i],
    ['A16', /rectif|correct|inaccurate|change [^.;\n]{0,80}if it is wrong/i],
    ['A17', /erase|erasure|delet|to be forgotten/i],
    ['A18', /restrict|limit the way/i],
    ['A20', /portab/i],
    ['A21', /\bobject\b/i],
    ['A22', /automated|by a computer/i],
    ['A7-3', /withdraw\w{0,6}\s+(?:your\s+)?consent/i],
    ['A77', ICO],
  ];
  return said.filter(([, re]) => re.test(text)).map(([code]) => code);
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/** "Last updated: 3 March 2024" as 2024-03-03. */
export function lastUpdated(text: string): string | undefined {
  const m = /(?:last\s+(?:updated|reviewed|modified|revised)|updated\s+on|date\s+of\s+(?:last\s+)?(?:review|update))\s*:?\s*(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})/i.exec(text);
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) : -1;
  return m && month >= 0 ? `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}` : undefined;
}

/** An ICO registration number ("registration number Z1234567"). */
export const icoRegistration = (text: string): string | undefined => /regist\w{0,8}(?:\s+\w{1,30}){0,4}?\s+(?:number|no\.?)?\s*:?\s*(Z[A-Z]?\d{6,8})\b/i.exec(text)?.[1];
