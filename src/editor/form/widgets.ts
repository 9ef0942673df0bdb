/**
 * The form's controls, written as the GOV.UK Design System writes them: a visible label
 * for every field, the schema's help as a hint linked by aria-describedby, the
 * validator's problem as an error message linked the same way, and related controls in
 * a fieldset whose legend asks the question. Every payload string is bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { codeHelp, codeName } from './code-names.js';
import { idFor, pathKey, sameJson, valueAt, type FormContext } from './form-context.js';
import { isPlainText, readText, writeText } from './text-value.js';
import type { JsonSchema, Segment } from '../schema-lookup.js';

/** What a field is called and how it is explained, from the schema. */
export interface FieldHelp {
  title: string;
  description?: string;
}

const languageName = (lang: string): string => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
};

/** Sets a value, or removes it; an object left empty by a removal is removed too. */
export function set(ctx: FormContext, path: Segment[], next: unknown): void {
  if (sameJson(valueAt(ctx.value, path), next)) return;
  const parentPath = path.slice(0, -1);
  const parent = valueAt(ctx.value, parentPath);
  if (next === undefined && parentPath.length > 1 && typeof path.at(-1) === 'string' && parent && typeof parent === 'object') {
    const others = Object.keys(parent).filter((k) => k !== path.at(-1));
    if (!others.length && typeof parentPath.at(-1) === 'string') return ctx.edit(parentPath, undefined);
  }
  ctx.edit(path, next);
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || nothing;

/** The hint and error message of a field, and the ids that describe its control. */
function helpParts(ctx: FormContext, path: Segment[], help: FieldHelp, id: string, extra?: string) {
  const errors = ctx.problems.get(pathKey(path)) ?? [];
  const hintId = help.description || extra ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  return {
    errors,
    ids: describedBy(hintId, errorId),
    hint: hintId ? html`<div class="ed-hint" id=${hintId}>${[help.description, extra].filter(Boolean).join(' ')}</div>` : nothing,
    error: errorId
      ? html`<p class="ed-error-message" id=${errorId}>
          <span class="ed-visually-hidden">Error:</span> ${errors.join('; ')}
        </p>`
      : nothing,
  };
}

const group = (errors: string[], body: unknown) =>
  html`<div class="ed-form-group ${errors.length ? 'ed-form-group--error' : ''}">${body}</div>`;

/** A line of text, or a paragraph (`multiline`), once per language of the payload. */
export function textField(ctx: FormContext, path: Segment[], help: FieldHelp, multiline: boolean): TemplateResult {
  const value = valueAt(ctx.value, path);
  if (!isPlainText(value)) return readOnly(path, help, 'This text has links or emphasis: edit it in the JSON view.');
  const [defaultLang] = ctx.langs;
  const several = ctx.langs.length > 1;
  const parts = ctx.langs.map((lang) => {
    const id = idFor(path, several ? lang : undefined);
    const text = readText(value, lang, defaultLang);
    const missing = several && !text && ctx.langs.some((l) => readText(value, l, defaultLang));
    const { errors, ids, hint, error } = helpParts(
      ctx,
      path,
      help,
      id,
      missing ? `Missing in ${languageName(lang)}: readers of that language see the ${languageName(defaultLang)} text.` : undefined,
    );
    const onInput = (e: Event) =>
      set(ctx, path, writeText(valueAt(ctx.value, path), lang, defaultLang, (e.target as HTMLInputElement).value));
    const label = several ? `${help.title} (${languageName(lang)})` : help.title;
    const control = multiline
      ? html`<textarea class="ed-textarea" id=${id} lang=${lang} rows="3" aria-describedby=${ids} aria-invalid=${errors.length ? 'true' : nothing}
          .value=${live(text)} @input=${onInput}></textarea>`
      : html`<input class="ed-input" id=${id} lang=${lang} type="text" aria-describedby=${ids} aria-invalid=${errors.length ? 'true' : nothing}
          .value=${live(text)} @input=${onInput} />`;
    return group(errors, html`<label class="ed-label" for=${id}>${label}</label>${hint}${error}${control}`);
  });
  return html`${parts}`;
}

/** A value the form shows but leaves to the JSON view. */
export function readOnly(path: Segment[], help: FieldHelp, why: string): TemplateResult {
  const id = idFor(path);
  return html`<div class="ed-form-group">
    <p class="ed-label" id=${id}>${help.title}</p>
    <p class="ed-hint">${why}</p>
  </div>`;
}

/** The `type` an input gets for a string field, from its schema's format and pattern. */
const inputType = (s: JsonSchema & { format?: string; pattern?: string }): string =>
  s.format === 'email' ? 'email' : s.pattern?.startsWith('^\\+?[0-9]') ? 'tel' : s.pattern?.startsWith('^https?') ? 'url' : 'text';

/** One string that is not text for readers: an id, an email address, a date, a link. */
export function stringField(ctx: FormContext, path: Segment[], help: FieldHelp, schema: JsonSchema): TemplateResult {
  const id = idFor(path);
  const value = valueAt(ctx.value, path);
  const { errors, ids, hint, error } = helpParts(ctx, path, help, id);
  const type = inputType(schema);
  return group(
    errors,
    html`<label class="ed-label" for=${id}>${help.title}</label>${hint}${error}
      <input class="ed-input" id=${id} type=${type} spellcheck="false" autocomplete="off" aria-describedby=${ids}
        aria-invalid=${errors.length ? 'true' : nothing} .value=${live(typeof value === 'string' ? value : '')}
        @input=${(e: Event) => set(ctx, path, (e.target as HTMLInputElement).value || undefined)} />`,
  );
}

/** A list of strings written one per line (address lines) or separated by spaces (language tags). */
export function linesField(
  ctx: FormContext,
  path: Segment[],
  help: FieldHelp,
  separator: '\n' | ' ',
  /** What a line is, for the hint (an address's lines unless said). */
  each = 'One line per line of the address.',
): TemplateResult {
  const value = valueAt(ctx.value, path);
  if (value !== undefined && !(Array.isArray(value) && value.every((v) => typeof v === 'string')))
    return readOnly(path, help, 'This list has text in several languages, links, emphasis or nested items: edit it in the JSON view.');
  const id = idFor(path);
  const linesOf = (typed: string) => {
    const lines = typed.split(separator === ' ' ? /\s+/ : '\n').filter((l) => l.trim() !== '');
    return lines.length ? lines : undefined;
  };
  // Lines are written as typed (language tags when the field is left, as a half-typed tag
  // would add a language to every field), but while the field has focus and says what the payload holds, it is
  // shown as typed: the form is drawn again on every check, and a new line being typed
  // must not be tidied away (or the text reset) under the cursor.
  const own = document.getElementById(id) as HTMLTextAreaElement | HTMLInputElement | null;
  const typing = !!own && own === document.activeElement && sameJson(linesOf(own.value), value);
  const text = typing ? own.value : ((value as string[] | undefined)?.join(separator) ?? '');
  const { errors, ids, hint, error } = helpParts(ctx, path, help, id, separator === '\n' ? each : 'Separate them with spaces.');
  const onChange = (e: Event) => set(ctx, path, linesOf((e.target as HTMLTextAreaElement).value));
  const control =
    separator === '\n'
      ? html`<textarea class="ed-textarea" id=${id} rows="4" aria-describedby=${ids} aria-invalid=${errors.length ? 'true' : nothing}
          .value=${live(text)} @input=${onChange} @change=${onChange}></textarea>`
      : html`<input class="ed-input" id=${id} type="text" spellcheck="false" aria-describedby=${ids}
          aria-invalid=${errors.length ? 'true' : nothing} .value=${live(text)} @change=${onChange} />`;
  return group(errors, html`<label class="ed-label" for=${id}>${help.title}</label>${hint}${error}${control}`);
}

/** Yes or no. An optional flag is a checkbox; a required one asks the question with two radios. */
export function flagField(ctx: FormContext, path: Segment[], help: FieldHelp, required: boolean): TemplateResult {
  const id = idFor(path);
  const value = valueAt(ctx.value, path);
  const { errors, ids, hint, error } = helpParts(ctx, path, help, id);
  if (!required)
    return group(
      errors,
      html`<div class="ed-checkbox">
        <input type="checkbox" id=${id} aria-describedby=${ids} .checked=${live(value === true)}
          @change=${(e: Event) => {
            const checked = (e.target as HTMLInputElement).checked;
            // Unticked: false where the payload said false, absent where it said nothing.
            set(ctx, path, checked ? true : value === undefined ? undefined : false);
          }} />
        <label for=${id}>${help.title}</label>
      </div>${hint}${error}`,
    );
  return group(
    errors,
    html`<fieldset class="ed-fieldset ed-fieldset--inline" aria-describedby=${ids}>
      <legend class="ed-legend">${help.title}</legend>${hint}${error}
      ${[true, false].map(
        (answer) =>
          html`<div class="ed-radio">
            <input type="radio" id=${`${id}-${answer}`} name=${id} .checked=${live(value === answer)}
              @change=${(e: Event) => (e.target as HTMLInputElement).checked && set(ctx, path, answer)} />
            <label for=${`${id}-${answer}`}>${answer ? 'Yes' : 'No'}</label>
          </div>`,
      )}
    </fieldset>`,
  );
}

/** One value from a fixed set: radios with their meaning where it is short, else a menu. */
export function choiceField(ctx: FormContext, path: Segment[], help: FieldHelp, values: string[], used: string[] = []): TemplateResult {
  const id = idFor(path);
  const value = valueAt(ctx.value, path);
  const { errors, ids, hint, error } = helpParts(ctx, path, help, id);
  const label = (v: string) => (codeName(v) === v ? v : `${codeName(v)} (${v})`);
  if (values.length <= 4)
    return group(
      errors,
      html`<fieldset class="ed-fieldset" aria-describedby=${ids}>
        <legend class="ed-legend">${help.title}</legend>${hint}${error}
        ${values.map(
          (v) => html`<div class="ed-radio">
            <input type="radio" id=${`${id}-${v}`} name=${id} .checked=${live(value === v)}
              @change=${(e: Event) => (e.target as HTMLInputElement).checked && set(ctx, path, v)} />
            <label for=${`${id}-${v}`}>${v}</label>
          </div>`,
        )}
      </fieldset>`,
    );
  return group(
    errors,
    html`<label class="ed-label" for=${id}>${help.title}</label>${hint}${error}
      <select class="ed-select" id=${id} aria-describedby=${ids} aria-invalid=${errors.length ? 'true' : nothing}
        @change=${(e: Event) => set(ctx, path, (e.target as HTMLSelectElement).value || undefined)}>
        <option value="" ?selected=${value === undefined}>Choose one</option>
        ${values.map(
          (v) => html`<option value=${v} ?selected=${value === v} ?disabled=${v !== value && used.includes(v)}>${label(v)}</option>`,
        )}
      </select>`,
  );
}

/**
 * Codes chosen from a list (lawful bases, Article 9 conditions), each by its plain name.
 * The main codes are always offered; a DPV sub-term is offered once the payload uses it.
 * A tick adds the code at the end and an untick removes it, so the order written stays.
 */
export function codesField(
  ctx: FormContext,
  path: Segment[],
  help: FieldHelp,
  values: string[],
  shown: (code: string) => boolean,
): TemplateResult {
  const id = idFor(path);
  const raw = valueAt(ctx.value, path);
  const chosen = Array.isArray(raw) ? (raw as string[]) : [];
  const { errors, ids, hint, error } = helpParts(ctx, path, help, id);
  const offered = values.filter((v) => shown(v) || chosen.includes(v));
  return group(
    errors,
    html`<fieldset class="ed-fieldset" id=${id} aria-describedby=${ids}>
      <legend class="ed-legend">${help.title}</legend>${hint}${error}
      ${offered.map((code) => {
        const box = `${id}-${code}`;
        const meaning = codeHelp(code);
        return html`<div class="ed-checkbox">
          <input type="checkbox" id=${box} value=${code} aria-describedby=${meaning ? `${box}-hint` : nothing} .checked=${live(chosen.includes(code))}
            @change=${(e: Event) => {
              const now = Array.isArray(valueAt(ctx.value, path)) ? (valueAt(ctx.value, path) as string[]) : [];
              const on = (e.target as HTMLInputElement).checked;
              if (on === now.includes(code)) return;
              const next = on ? [...now, code] : now.filter((c) => c !== code);
              set(ctx, path, next.length || raw !== undefined ? next : undefined);
            }} />
          <label for=${box}>${codeName(code)} <span class="ed-code">(${code})</span></label>
          ${meaning ? html`<div class="ed-hint ed-checkbox-hint" id=${`${box}-hint`}>${meaning}</div>` : nothing}
        </div>`;
      })}
    </fieldset>`,
  );
}
