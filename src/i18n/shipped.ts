/**
 * The interface locales that ship in locales/ besides English (bundled). Only these, and
 * the languages a payload lists, are ever put into a locale URL: the reading language
 * comes from page markup, which the notice does not control. test/node/locales.test.mjs
 * keeps the list equal to the files.
 */
export const SHIPPED_LOCALES: readonly string[] = ['ar', 'cy', 'en-XA', 'fr', 'pa', 'pl', 'ro', 'ur'];

/**
 * `tag` in its canonical BCP 47 form (RFC 5646, as `Intl.getCanonicalLocales` gives it:
 * `cy-gb` becomes `cy-GB`), or undefined when it is not a well-formed tag.
 */
export function canonicalTag(tag: string | undefined): string | undefined {
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined;
  }
}
