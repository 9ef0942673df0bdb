/** Types of the validated notice, inferred from the schema so they can never drift from it. */
import type { Infer } from './kit.js';
import type {
  ActionSchema,
  BlockSchema,
  ContactSchema,
  NoticeSchema,
  PartySchema,
  RichSchema,
  SectionSchema,
  TextSchema,
} from './notice-schema.js';

/** A payload as written: a purpose may leave its lawful basis to the notice-level `lawfulBasis`. */
export type NoticeInput = Infer<typeof NoticeSchema>;
type PurposeInput = NoticeInput['purposes'][number];
/** A purpose after validation: its lawful basis is always there (its own, or the notice's). */
export type Purpose = PurposeInput & { lawfulBasis: NonNullable<PurposeInput['lawfulBasis']> };
/** A validated notice, as every renderer and check receives it. */
export type Notice = Omit<NoticeInput, 'purposes'> & { purposes: Purpose[] };
export type Text = Infer<typeof TextSchema>;
export type Rich = Infer<typeof RichSchema>;
export type Block = Infer<typeof BlockSchema>;
export type Section = Infer<typeof SectionSchema>;
export type Party = Infer<typeof PartySchema>;
export type Contact = Infer<typeof ContactSchema>;
export type Action = Infer<typeof ActionSchema>;
export type Inline = Exclude<Rich, Text>[number];
export type { ListItem } from './notice-schema.js';
