/**
 * The notice's lists of facts (purposes, data categories, sources, recipients and
 * retention periods) from the lists and tables the page gives them in. What a list
 * is about is read from the sentence just before it ("We collect the following
 * information:"), else from its section's heading ("Who we share it with"), in English
 * and Welsh. A list whose subject is unclear is left where it is, in the sections.
 */
import type { Block, ListItem, Rich } from '../../schema/types.js';
import type { RawSection } from './blocks.js';

export type Family = 'purposes' | 'dataCategories' | 'sources' | 'recipients' | 'retention';

/** Words that say what a list is, tried in this order (the first match wins). */
const SUBJECTS: [Family, RegExp][] = [
  [
    'retention',
    /how long|retention|retain|keep (?:your|the|this)|(?:hold|store) (?:your|the) (?:information|data) for|am ba hyd|cadw (?:eich|y) (?:wybodaeth|data)/i,
  ],
  [
    'recipients',
    /\bshar(?:e|es|ed|ing)\b|disclos|recipient|pass (?:it|your|the)|who (?:we|will) (?:give|send)|who (?:sees|can see|has access)|rhannu|derbynwyr/i,
  ],
  [
    'sources',
    /where (?:we|do we) get|sources?\b|(?:receive|obtain|collect)\w* (?:it |your (?:information|data) )?from|how we collect|o ble|ffynonell/i,
  ],
  [
    'dataCategories',
    /(?:type|kind|categor)\w* of (?:personal )?(?:information|data)|(?:information|data) (?:we|that we|which we) (?:collect|hold|process|use|may collect|share)|what (?:information|data|personal)|personal (?:data|information) (?:we|collected)|special categor|sensitive|may include|includes? (?:the following )?(?:personal )?(?:data|information)|pa wybodaeth|mathau o (?:wybodaeth|ddata)|categor[iï]au/i,
  ],
  [
    'purposes',
    /\b(?:why|purposes?|how we use|what we (?:use|do with)|we use (?:it|this|your|the)|in order to|use (?:this|your|the) (?:personal )?(?:data|information) (?:to|for)|pam|diben|sut rydym yn defnyddio)\b/i,
  ],
];

/** Headings and lead-ins about rights, complaints and contacts: their lists are not facts of these kinds. */
const NOT_FACTS =
  /\bright|complain|contact|legislation|\blaws?\b|\bacts?\b|regulations|hawl|cwyn|cysylltu|privacy notice will cover|this notice|contents/i;

const isList = (b: Block): b is Extract<Block, { type: 'list' }> =>
  typeof b === 'object' && !Array.isArray(b) && 'type' in b && b.type === 'list';
const isTable = (b: Block): b is Extract<Block, { type: 'table' }> =>
  typeof b === 'object' && !Array.isArray(b) && 'type' in b && b.type === 'table';
const plainOf = (r: unknown): string =>
  typeof r === 'string'
    ? r
    : Array.isArray(r)
      ? r.map(plainOf).join('')
      : r && typeof r === 'object'
        ? plainOf((r as { text?: unknown }).text ?? Object.values(r)[0])
        : '';
const isNested = (item: ListItem): item is Extract<ListItem, { items: ListItem[] }> =>
  typeof item === 'object' && !Array.isArray(item) && Array.isArray((item as { items?: unknown }).items);

export interface Found {
  family: Family;
  /** The entries: a nested item's own text (its sub-items are detail, left in the sections). */
  entries: Rich[];
  /** Whether the lead-in speaks of special category data (for data categories). */
  special: boolean;
  /** Where it came from, for the report. */
  from: string;
}

/** "Information we will share", "Data we hold": words that start with the data are about the data, whatever verb follows. */
const ABOUT_DATA = /^(?:the )?(?:personal )?(?:information|data|gwybodaeth)\b(?! (?:sharing|protection))/i;
/** A lead-in to a list of lawful bases ("The legal bases for processing ... are:"); as a heading it may still head a table of purposes. */
const BASES_LEAD = /legal bas[ie]s|lawful bas[ie]s|sail gyfreithiol/i;
const classify = (words: string): Family | undefined =>
  NOT_FACTS.test(words) ? undefined : ABOUT_DATA.test(words.trim()) ? 'dataCategories' : SUBJECTS.find(([, re]) => re.test(words))?.[0];

/** A list of laws ("Children Act 1989", "Section 3 of ... Regulations 2013") is the legal basis, not a list of facts. */
const LAW = /\b(?:Act|Regulations?|Order|Section \d+|Deddf|Rheoliadau)\b/;
/** A list whose entries mostly give a period ("children in need – 25 years then destroyed") is a retention schedule. */
const PERIOD =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|twenty-five|seventy-five)\s+(?:years?|months?|weeks?|days?)\b|\bmlynedd\b|\bblynedd\b/i;
const periods = (entries: Rich[]): boolean => entries.filter((e) => PERIOD.test(plainOf(e))).length > entries.length / 2;
const laws = (entries: Rich[]): boolean => entries.filter((e) => LAW.test(plainOf(e))).length > entries.length / 2;

/** Every list and two-column table whose subject is clear, in page order. */
export function factLists(sections: RawSection[]): Found[] {
  const found: Found[] = [];
  for (const s of sections) {
    let lead = '';
    for (const b of s.body) {
      if (isList(b) || isTable(b)) {
        // The lead-in decides; a lead-in that says nothing of its own ("This includes:") defers to the heading.
        // A heading that names the data ("Information we will share") decides; else the lead-in; else the heading.
        const heading = s.heading ?? '';
        const family =
          isList(b) && periods(b.items as Rich[])
            ? 'retention'
            : BASES_LEAD.test(lead) && !/purpose|diben/i.test(lead)
              ? undefined
              : ABOUT_DATA.test(heading) && !NOT_FACTS.test(lead)
                ? 'dataCategories'
                : (classify(lead) ?? (lead && NOT_FACTS.test(lead) ? undefined : classify(heading)));
        const from = lead ? `the list after "${lead.slice(0, 60)}${lead.length > 60 ? '...' : ''}"` : `the list under "${s.heading}"`;
        if (family && isList(b) && laws(b.items as Rich[])) {
          // Left in the sections: these are the laws behind the processing.
        } else if (family && isList(b))
          found.push({
            family,
            entries: (b.items as ListItem[]).map((i) => (isNested(i) ? i.text : i)),
            special: /special|sensitive|categori arbennig/i.test(lead),
            from,
          });
        // A table's first column names the entries (a purpose, a recipient, a record kept).
        else if (family && isTable(b) && b.rows.length)
          found.push({
            family,
            entries: (b.rows as Rich[][])
              .map((r) => (family === 'retention' ? r.map(plainOf).filter(Boolean).join(': ') : r[0]))
              .filter((e) => plainOf(e).trim()),
            special: false,
            from: from.replace('list', 'table'),
          });
        lead = '';
      } else lead = typeof b === 'string' || (typeof b === 'object' && 'type' in b && b.type === 'paragraph') ? plainOf(b) : '';
    }
  }
  return found;
}

/** A retention period stated in a paragraph ("kept for 6 years after ..."), when no list gives them. */
export const RETENTION_SENTENCE =
  /[^.]{0,200}\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|twenty-five|seventy-five|un|dwy|dau|tair|tri|pedair|pedwar|pum|pump|chwe|chwech|saith|wyth|naw|deng|deg)\s+(?:years?|months?|weeks?|days?|mlynedd|blynedd|blwyddyn|mis|wythnos|diwrnod)\b[^.]{0,200}\./i;
