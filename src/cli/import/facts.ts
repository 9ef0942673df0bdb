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
export const ICO = /information commissioner|\bICO\b|comisiynydd gwybodaeth/i;
/** A right to complain to the regulator, as notices word it. */
const COMPLAINT =
  /(?:complain|complaint|raise a concern|cwyn|gwyno|gŵyn)[^.\n]{0,160}(?:information commissioner|\bICO\b|comisiynydd gwybodaeth)|(?:information commissioner|\bICO\b|comisiynydd gwybodaeth)[^.\n]{0,160}(?:complain|complaint|concern|cwyn|gwyno|gŵyn)/i;
const DPO = /data protection officer|\bDPO\b|swyddog diogelu data/i;
const LINK = /^(https?:|mailto:|tel:)/;
const DPO_MAILBOX = /^(dpo|data\.?protection|information\.?governance|ig|privacy)[^@]*@/i;

/** Every string and every link target in a block. */
const words = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : Array.isArray(v)
      ? v.flatMap(words)
      : v && typeof v === 'object'
        ? Object.entries(v).flatMap(([k, x]) => (k === 'type' ? [] : words(x)))
        : [];

/** A block's readable units: a paragraph, each item of a list, each row of a table. */
const units = (b: Block): { text: string; links: string[]; lines?: string[] }[] => {
  const unit = (v: unknown) => {
    const all = words(v);
    return {
      text: all
        .filter((w) => !LINK.test(w))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
      links: all.filter((w) => LINK.test(w)),
    };
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
      const emails = new Set([
        ...u.links.filter((l) => l.startsWith('mailto:')).flatMap((l) => mailbox(l)),
        ...(u.text.match(EMAIL) ?? []),
      ]);
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
export const pageText = (sections: RawSection[]): string =>
  sections.flatMap((s) => [s.heading ?? '', ...s.body.flatMap(words).filter((w) => !LINK.test(w))]).join('\n');

/** Every link target in the page's sections. */
export const pageLinks = (sections: RawSection[]): string[] => sections.flatMap((s) => s.body.flatMap(words)).filter((w) => LINK.test(w));

/** "X is the data controller", "the data controller is X", or in Welsh "X yw'r rheolydd data". */
export function controllerName(text: string): string | undefined {
  const found =
    /(?:^|[.\n]\s{0,3}|\b(?:the|The)\s{1,3})([A-Z][\w'’&-]{0,40}(?:\s{1,3}(?:[A-Z][\w'’&-]{0,40}|of|and|for|the)){0,7})\s{1,3}(?:is|are|will be|acts as)\s{1,3}(?:the\s+|a\s+)?(?:data\s+)?controller/.exec(
      text,
    ) ??
    /\b(?:data\s+)?controller\s+(?:is|will be)\s+((?:the\s+)?[A-Z][\w'’&-]{0,40}(?:\s{1,3}(?:[A-Z][\w'’&-]{0,40}|of|and|for|the)){0,7})/.exec(
      text,
    ) ??
    /(?:^|[.\n]\s{0,3})([A-Z][\w'’&-]{0,40}(?:\s{1,3}(?:[A-Z][\w'’&-]{0,40}|a|ac|y|yr)){0,7})\s{1,3}yw['’]r\s+rheolydd(?:\s+data)?/.exec(
      text,
    ) ??
    /\brheolydd(?:\s+data)?\s+yw\s+([A-Z][\w'’&-]{0,40}(?:\s{1,3}(?:[A-Z][\w'’&-]{0,40}|a|ac|y|yr)){0,7})/.exec(text);
  return found?.[1].replace(/^(The|the)\s+/, '').trim();
}

/** "Article 6(1)(e)", "Art. 6(1)(e)", "Article 6, part e", "Article 9(2)(h)", "Erthygl 6(1)(e)": the letters cited. */
const art = (text: string, article: '6' | '9', letters: string): string[] =>
  [
    ...text.matchAll(
      new RegExp(
        `(?:(?:Article|Art\\.?|Erthygl)\\s{0,3}|\\b)${article}\\s{0,3}(?:\\(\\s{0,3}${article === '6' ? '1' : '2'}\\s{0,3}\\)\\s{0,3}\\(\\s{0,3}([${letters}])\\s{0,3}\\)|(?<=(?:Article|Art\\.?|Erthygl)\\s{0,3}\\d),?\\s{0,3}(?:part|paragraph|point|rhan)\\s{1,3}\\(?([${letters}])\\b)`,
        'gi',
      ),
    ),
  ].map((m) => (m[1] ?? m[2]).toLowerCase());

/** The words the law and the ICO use for each lawful basis, in English and Welsh (Erthygl 6). */
const BASIS_WORDS: [string, RegExp][] = [
  [
    'e',
    /public task|task carried out in the public interest|official authority|\b(?:t|th|d)asg gyhoeddus|budd y cyhoedd|awdurdod swyddogol/i,
  ],
  ['c', /legal obligation|r(?:h)?wymedigaeth gyfreithiol/i],
  ['d', /vital interests?|buddiannau hanfodol/i],
  ['f', /legitimate interests?|buddiannau dilys/i],
  ['b', /performance of a contract|contract (?:with|between) (?:you|us)|perfformio contract/i],
  [
    'a',
    /(?:rely|relies|based) on (?:your )?consent|on the basis of (?:your )?consent|your consent to|ar sail (?:eich )?cydsyniad|eich caniatâd/i,
  ],
];

/** Lawful bases named by article number or by their usual wording. */
export function lawfulBases(text: string): string[] {
  const letters = new Set(art(text, '6', 'a-f'));
  for (const [letter, words] of BASIS_WORDS) if (words.test(text)) letters.add(letter);
  return [...letters].sort().map((l) => `A6-1-${l}`);
}

/**
 * The Article 9(2) conditions, by article number or, where the page speaks of special
 * category data, by the words of Article 9(2) and Schedule 1 of the Data Protection
 * Act 2018 that the ICO's guidance uses.
 */
const CONDITION_WORDS: [string, RegExp][] = [
  ['a', /explicit consent|cydsyniad penodol/i],
  ['b', /employment,? social security|social protection law|cyflogaeth,? nawdd cymdeithasol/i],
  ['g', /substantial public interest|budd sylweddol i'r cyhoedd/i],
  [
    'h',
    /(?:provision of|providing) (?:health|social) (?:or|and) (?:social )?care|health or social care (?:purposes|systems)|preventive or occupational medicine|iechyd neu ofal cymdeithasol/i,
  ],
  ['i', /public health|iechyd y cyhoedd/i],
  ['j', /archiving purposes|scientific or historical research|statistical purposes|research purposes|dibenion ymchwil/i],
  ['f', /legal claims|hawliadau cyfreithiol/i],
];
const SPECIAL =
  /special categor|article 9|art\.? 9|schedule 1|sensitive (?:personal )?(?:data|information)|categori arbennig|erthygl 9|atodlen 1/i;

export function article9(text: string): string[] {
  const letters = new Set(art(text, '9', 'a-j'));
  // The words count only in a sentence about special category data, or the one after it:
  // "without explicit consent" elsewhere on the page is no Article 9 condition.
  const sentences = text.split(/(?<=[.!?])\s+|\n/);
  sentences.forEach((s, i) => {
    if (!SPECIAL.test(s)) return;
    const near = `${s} ${sentences[i + 1] ?? ''}`;
    for (const [letter, words] of CONDITION_WORDS) if (words.test(near)) letters.add(letter);
  });
  return [...letters].sort().map((l) => `A9-2-${l}`);
}

/** The rights a "your rights" section describes, in the words notices usually use, in English and Welsh. */
export function rightsNamed(text: string): string[] {
  const said: [string, RegExp][] = [
    [
      'A15',
      /\baccess\b|a copy(?: of (?:the |your )?(?:personal )?(?:information|data)|, or a description)|see the (?:personal )?information|mynediad|copi o'?r wybodaeth/i,
    ],
    ['A16', /rectif|correct|inaccurate|change [^.;\n]{0,80}if it is wrong|cywir/i],
    ['A17', /erase|erasure|delet|to be forgotten|\bdileu/i],
    ['A18', /restrict|limit (?:the way|how)|\bblock(?:ed|ing)\b|cyfyngu/i],
    [
      'A20',
      /portab|machine-readable|transfer\w{0,3} (?:it |them )?to another (?:service )?(?:provider|organisation|controller)|cludadw|trosglwyddo'?ch data/i,
    ],
    ['A21', /\bobject(?:ion)?\b|gwrthwynebu/i],
    ['A22', /automated|by a computer|human intervention|awtomat/i],
    ['A7-3', /withdraw\w{0,6}\s+(?:your\s+)?consent|tynnu'?ch cydsyniad/i],
    ['A77', COMPLAINT],
  ];
  return said.filter(([, re]) => re.test(text)).map(([code]) => code);
}

const MONTHS = 'january february march april may june july august september october november december'.split(' ');
const MISOEDD = 'ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr'.split(' ');
/** A month's number from its English name (or first three letters) or its Welsh name, soft-mutated too ("Fawrth", "Orffennaf"). */
const month = (name: string): number => {
  const m = name.toLowerCase();
  const en = MONTHS.findIndex((x) => x === m || (m.length === 3 && x.startsWith(m)));
  if (en >= 0) return en + 1;
  return MISOEDD.findIndex((x) => [m, m.replace(/^f/, 'm'), `g${m}`].includes(x)) + 1;
};
const two = (n: number | string) => String(n).padStart(2, '0');
const valid = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Words that introduce a notice's date: "Last updated", "Updated:", "Date privacy note written", "Diweddarwyd". */
const DATE_WORDS = String.raw`(?:last\s+(?:updated|reviewed|modified|revised|amended)|(?:updated|reviewed|revised|published)(?:\s+on)?|date\s+of\s+(?:last\s+)?(?:review|update)|date\s+(?:privacy\s+)?(?:note|notice)\s+(?:was\s+)?(?:written|updated|reviewed)|this\s+(?:notice|privacy notice)\s+was\s+(?:last\s+)?(?:updated|reviewed)(?:\s+on)?|diweddarwyd(?:\s+ddiwethaf)?|adolygwyd(?:\s+ddiwethaf)?|dyddiad\s+(?:adolygu|diweddaru))`;
const DATE_AT = new RegExp(
  String.raw`${DATE_WORDS}\s{0,3}(?:on\s|ar\s)?:?\s{0,3}(?:(\d{1,2})(?:st|nd|rd|th)?\s{1,3}([A-Za-z]{3,10})\s{1,3}(\d{4})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[/.-](\d{4})|([A-Za-z]{3,10})\s{1,3}(\d{4}))`,
  'gi',
);

/**
 * The notice's last-updated date in the formats UK pages use: "Updated: 21 July 2021",
 * "last updated on 01 February 2019", "Date privacy note written: 18/09/2020" (day first,
 * as in the UK), "Last reviewed 03/2024" and "March 2024" (the first of the month:
 * `partial` says so), "Diweddarwyd: 21 Gorffennaf 2021". The latest date given wins.
 */
export function lastUpdated(text: string): { date: string; partial: boolean } | undefined {
  let best: { date: string; partial: boolean } | undefined;
  for (const m of text.matchAll(DATE_AT)) {
    let y: number, mo: number, d: number;
    let partial = false;
    if (m[1]) [y, mo, d] = [Number(m[3]), month(m[2]), Number(m[1])];
    else if (m[4]) [y, mo, d] = [Number(m[6]), Number(m[5]), Number(m[4])];
    else if (m[7]) [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
    else if (m[10]) [y, mo, d, partial] = [Number(m[11]), Number(m[10]), 1, true];
    else [y, mo, d, partial] = [Number(m[13]), month(m[12]), 1, true];
    if (!valid(y, mo, d)) continue;
    const date = `${y}-${two(mo)}-${two(d)}`;
    if (!best || date > best.date) best = { date, partial };
  }
  return best;
}

/** An ICO registration number ("registration number Z1234567"). */
export const icoRegistration = (text: string): string | undefined =>
  /(?:regist\w{0,8}|cofrest\w{0,6})(?:\s{1,3}\S{1,40}){0,5}?\s{0,3}:?\s{0,3}(Z[A-Z]?\d{6,8})\b/i.exec(text)?.[1];
