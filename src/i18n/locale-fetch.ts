/**
 * Where interface locales come from in the classic-script build: `<tag>.json` in a
 * folder next to the script (`dist/locales/`), or in the folder the element's
 * `locales` attribute names. Only fetched when a reader needs that language.
 */
import { bundled } from './bundled-locales.js';

type Strings = Record<string, unknown>;

/**
 * The script's own folder, read while the script runs (currentScript is null later),
 * through the getter: page markup with a name (`<img name="currentScript">`) shadows
 * `document.currentScript` (DOM clobbering, https://html.spec.whatwg.org/#dom-document-nameditem).
 */
const scriptBase = (): string | undefined => {
  const script: unknown = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
  return script instanceof HTMLScriptElement && script.src ? new URL('locales/', script.src).href : undefined;
};
const DEFAULT_BASE = typeof document === 'object' ? scriptBase() : undefined;

/**
 * The strings for `tag`, or undefined when there is no such file (404). A file that
 * is there but broken rejects, so the caller can say so.
 */
export async function fetchLocale(tag: string, base = DEFAULT_BASE): Promise<Strings | undefined> {
  if (bundled[tag]) return bundled[tag];
  if (!base) return undefined;
  const url = new URL(`${encodeURIComponent(tag)}.json`, new URL(base, document.baseURI));
  const response = await fetch(url, { credentials: 'same-origin' });
  if (response.status !== 404) return response.ok ? response.json() : Promise.reject(new Error(`${url} answered ${response.status}`));
}
