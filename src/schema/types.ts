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

export type Notice = Infer<typeof NoticeSchema>;
export type Text = Infer<typeof TextSchema>;
export type Rich = Infer<typeof RichSchema>;
export type Block = Infer<typeof BlockSchema>;
export type Section = Infer<typeof SectionSchema>;
export type Party = Infer<typeof PartySchema>;
export type Contact = Infer<typeof ContactSchema>;
export type Action = Infer<typeof ActionSchema>;
export type Inline = Exclude<Rich, Text>[number];
export type { ListItem } from './notice-schema.js';
