/**
 * The guided form for the facts a notice gives, generated from the published schema:
 * the fields below, in the order an author meets them, each with the schema's title
 * and help. It reads the payload the JSON view holds and changes it one field at a time,
 * so fields it does not show (audiences, tables, anything unknown) are kept
 * exactly as written.
 */
import { html, nothing, render } from 'lit';
import type { JsonSchema } from '../schema-lookup.js';
import type { FormContext } from './form-context.js';
import { errorSummary } from './error-summary.js';
import { field } from './schema-field.js';

/** The parts of the form, each a list of the payload's top-level fields. */
const PARTS: { heading: string; fields: string[] }[] = [
  { heading: 'About this notice', fields: ['title', 'id', 'noticeType', 'language', 'languages', 'lastUpdated', 'url'] },
  { heading: 'Who is responsible', fields: ['controller', 'dpo', 'representative', 'contacts'] },
  { heading: 'Why and how the information is used', fields: ['purposes', 'dataCategories', 'sources', 'recipients', 'provision'] },
  { heading: 'How long and where it is kept', fields: ['retention', 'transfers', 'automatedDecisions'] },
  { heading: 'Rights and complaints', fields: ['rights', 'rightsAction', 'complaint'] },
  { heading: 'Changes to this notice', fields: ['changes'] },
  { heading: 'The full notice: its text', fields: ['intro', 'sections'] },
];

export interface FormState {
  value: unknown;
  problems: { path: string; message: string }[];
}

export class FactsForm {
  constructor(
    private readonly host: HTMLElement,
    /** Where the error summary goes: above the form, its links found once the form is drawn. */
    private readonly summary: HTMLElement,
    private readonly schema: JsonSchema,
    private readonly edit: FormContext['edit'],
  ) {}

  /** Shows the payload; a text that is not a JSON object leaves the form as it was. */
  show({ value, problems }: FormState): void {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    const notice = value as { language?: unknown; languages?: unknown };
    const first = typeof notice.language === 'string' ? notice.language : 'en';
    const listed = Array.isArray(notice.languages) ? notice.languages.filter((l): l is string => typeof l === 'string') : [];
    const byPath = new Map<string, string[]>();
    for (const p of problems) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p.message]);
    const ctx: FormContext = {
      root: this.schema,
      value,
      langs: [first, ...listed.filter((l) => l !== first)],
      problems: byPath,
      edit: this.edit,
    };
    const props = this.schema.properties ?? {};
    const required = new Set(this.schema.required ?? []);
    const top = (name: string) => (props[name] ? field(ctx, [name], props[name], required.has(name)) : nothing);
    render(
      html`${PARTS.map(
        (part, i) => html`<section class="ed-form-part" aria-labelledby=${`ed-part-${i}`}>
          <h3 class="ed-form-heading" id=${`ed-part-${i}`}>${part.heading}</h3>
          ${part.fields.map(top)}
        </section>`,
      )}`,
      this.host,
    );
    render(errorSummary(this.host, problems, ctx.langs), this.summary);
  }
}
