/**
 * A group of radio buttons in a fieldset with a legend: how the reader picks an
 * audience or a language. Native radios give the keyboard model (arrow keys) and the
 * announcements ("radio button, 2 of 4, checked") for free.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface Choice<T> {
  value: T;
  label: unknown;
  /** The language of the label, when it is not the interface's (a language's own name). */
  lang?: string;
}

export const choice = <T>(
  part: string,
  legend: string,
  name: string,
  options: Choice<T>[],
  current: T,
  pick: (value: T) => void,
): TemplateResult =>
  html`<fieldset part=${part}>
    <legend>${legend}</legend>
    ${options.map(
      (o) =>
        html`<label lang=${o.lang ?? nothing}><input type="radio" name=${name} .checked=${o.value === current} @change=${() => pick(o.value)} /> ${o.label}</label>`,
    )}
  </fieldset>`;
