/**
 * The notice payload, version 1: the one source of truth for the runtime validator,
 * the TypeScript types (`types.ts`) and the JSON Schema (`dist/notice.schema.json`,
 * built from these objects plus the field help in `field-docs.ts`).
 *
 * Each schema's title is the phrase used in messages, so an error reads
 * `sections[3].body[2].items[0]: expected text, got number 5`.
 */
import { LAWFUL_BASIS_CODES, RIGHT_CODES, SPECIAL_CATEGORY_CODES } from './codes.js';
import { any, bool, list, literal, object, oneOf, optional, record, ref, str, type Infer, type Schema } from './kit.js';

/** A language tag as payloads write them (BCP 47, https://www.rfc-editor.org/info/bcp47): `en`, `cy`, `cy-GB`; the command line also checks it with Intl (src/cli/check.ts). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const LANG = str('a language tag ("en", "cy")', LANGUAGE_TAG);
const TEXT_STRING = str('text');

/** A map of language tag to string: `{"en": "...", "cy": "..."}`. */
export const LangMapSchema = record(LANG, TEXT_STRING, 'a map of language to text');

/** Text: one string, or a map of language tag to string. */
export const TextSchema = any('text', TEXT_STRING, LangMapSchema);
const text = ref<Infer<typeof TextSchema>>('text');

const id = str('an id (a-z, 0-9, -)', /^[a-z0-9][a-z0-9-]*$/);
/** Link targets a payload may hold; anything else could be a script or data URL. */
const href = str('a https:, http:, mailto: or tel: link', /^(https?:\/\/|mailto:|tel:\+?[0-9])\S*$/i);
const url = str('a https:// address', /^https?:\/\/\S+$/i);
const email = str('an email address', undefined, { format: 'email' });
const phone = str('a phone number', /^\+?[0-9][0-9 ()-]{4,}$/);
const date = str('a date (YYYY-MM-DD)', undefined, { format: 'date' });
const address = list(text, 'a list of address lines');
const flag = optional(bool());
const audiences = optional(list(id, 'a list of audience ids'));

/** A run of inline text: plain, emphasised, strong, or a link. */
const InlineSchema = any('text or {"text", "href"}', text, object({ text, href: optional(href), strong: flag, em: flag }, 'an inline run'));

/** Rich text: plain text, or a list of inline runs (for links and emphasis inside a sentence). */
export const RichSchema = any('text or a list of runs', text, list(InlineSchema, 'a list of runs'));
const rich = ref<Infer<typeof RichSchema>>('rich');

export type ListItem = Infer<typeof RichSchema> | { text: Infer<typeof RichSchema>; items: ListItem[]; ordered?: boolean };
const items = list(ref<ListItem>('listItem'), 'a list of items');
const ListItemSchema: Schema<ListItem> = any(
  'text or {"text", "items"}',
  rich,
  object({ text: rich, items, ordered: flag }, 'a nested list item'),
);

const block = <P extends Record<string, Schema>, T extends string>(kind: T, fields: P) =>
  object({ type: literal(kind, `"${kind}"`), ...fields, audiences }, `a ${kind} block`);

/** Blocks of a section's body. Bare text (a string or a language map) is a paragraph. */
export const BlockSchema = any(
  'text or a block whose "type" is paragraph, heading, list, table or address',
  text,
  block('paragraph', { text: rich }),
  block('heading', { text }),
  block('list', { ordered: flag, items }),
  // An empty string is an empty cell, as in a table whose cell spans two rows.
  block('table', {
    caption: optional(text),
    head: list(rich, 'a list of header cells'),
    rows: list(list(any('a cell', literal('', '""'), rich), 'a row: a list of cells'), 'a list of rows'),
  }),
  block('address', { lines: address }),
);

export const SectionSchema = object(
  { id, heading: text, summary: optional(text), audiences, body: list(BlockSchema, 'a list of blocks', 1) },
  'a section',
);

const contact = { email: optional(email), phone: optional(phone), url: optional(url), address: optional(address) };
export const PartySchema = object(
  { name: text, ...contact, icoRegistration: optional(str('an ICO registration number', /^[A-Z0-9]{6,10}$/)) },
  'an organisation',
);
export const ContactSchema = object({ name: optional(text), role: optional(text), ...contact }, 'a contact');

/** How a resident acts on a right: one primary channel, with a prefilled email subject. */
export const ActionSchema = object(
  {
    email: optional(email),
    subject: optional(text),
    url: optional(url),
    label: optional(text),
    phone: optional(phone),
    post: optional(address),
    handledBy: optional(text),
    timeLimit: optional(text),
  },
  'an action',
);

const codes = <T extends readonly string[]>(values: T, what: string) => list(oneOf(values, what), `a list of ${what}s`);
/** Article 6(1) lawful bases, as codes; given per purpose, or once for the whole notice. */
const basis = codes(LAWFUL_BASIS_CODES, 'lawful basis code');
const entries = <P extends Record<string, Schema>>(what: string, fields: P) => optional(list(object(fields, what), `a list of ${what}s`));

export const NoticeSchema = object(
  {
    $schema: optional(str('the address of the schema')),
    version: literal(1, '1'),
    id,
    title: text,
    language: optional(LANG),
    languages: optional(list(LANG, 'a list of language tags')),
    noticeType: oneOf(['direct', 'indirect', 'both'], 'a notice type'),
    lastUpdated: optional(date),
    url: optional(url),
    controller: PartySchema,
    dpo: optional(ContactSchema),
    representative: optional(PartySchema),
    audiences: entries('audience', { id, label: text }),
    summary: optional(
      object(
        {
          who: optional(rich),
          why: optional(rich),
          impact: optional(list(rich, 'a list of points')),
          rights: optional(rich),
          contact: optional(rich),
        },
        'a summary',
      ),
    ),
    lawfulBasis: optional(basis),
    purposes: list(
      object(
        {
          id: optional(id),
          description: rich,
          lawfulBasis: optional(basis),
          specialCategoryConditions: optional(codes(SPECIAL_CATEGORY_CODES, 'Article 9 condition code')),
          criminalOffenceCondition: optional(text),
          legitimateInterests: optional(rich),
          retention: optional(rich),
          highImpact: flag,
          surprising: flag,
          audiences,
        },
        'a purpose',
      ),
      'a list of purposes',
    ),
    dataCategories: entries('data category', { description: rich, special: flag, criminal: flag, audiences }),
    sources: entries('source', { description: rich, publiclyAccessible: flag }),
    recipients: entries('recipient', { description: rich }),
    transfers: optional(
      object({ outsideUK: bool(), details: entries('transfer', { country: text, safeguard: text, url: optional(url) }) }, 'transfers'),
    ),
    retention: entries('retention period', { data: optional(text), period: rich }),
    automatedDecisions: optional(object({ used: bool(), details: optional(rich) }, 'automated decisions')),
    provision: optional(rich),
    rightsAction: optional(ActionSchema),
    rights: list(
      object(
        { code: oneOf(RIGHT_CODES, 'a right code'), name: optional(text), note: optional(rich), action: optional(ActionSchema) },
        'a right',
      ),
      'a list of rights',
    ),
    complaint: optional(object({ controller: optional(ContactSchema), regulator: PartySchema }, 'a complaint')),
    contacts: optional(list(ContactSchema, 'a list of contacts')),
    changes: entries('change', { date, description: rich }),
    intro: optional(list(BlockSchema, 'a list of blocks', 1)),
    sections: optional(list(SectionSchema, 'a list of sections', 1)),
  },
  'a notice object',
);

/** Shared definitions the schemas refer to by `$ref`; recursive ones must live here. */
export const defs: Record<string, Schema> = { text: TextSchema, rich: RichSchema, listItem: ListItemSchema };
