/**
 * Locales built into the classic script besides English: none by default. A build
 * with `LN_BUNDLE_LOCALES=cy` (see README "Languages") replaces this module with the
 * chosen locales, so a Welsh council can ship one file that needs no locale request.
 */
export const bundled: Record<string, Record<string, unknown>> = {};
