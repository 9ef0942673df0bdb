/**
 * Makes sure the interface strings for a reading language are loaded, and says which
 * language the interface will actually be in. `cy-GB` uses `cy`; a language with no
 * locale file uses English, with a console warning (never silently), and strings a
 * locale lacks fall back to English one by one, also with a warning.
 */
import { i18n } from './i18n.js';
import { baseLanguage } from './language.js';
import { fetchLocale } from './locale-source.js';
import { SHIPPED_LOCALES, canonicalTag } from './shipped.js';
import en from '../../locales/en.json' with { type: 'json' };

/** The pseudo-locale (accented, 40 % longer) that exposes hard-coded strings and tight layouts. */
export const PSEUDO_LOCALE = 'en-XA';

/** Loads in flight or done, per base URL and tag, so many notices share one request. */
const loads = new Map<string, Promise<boolean>>();

const keys = (o: Record<string, unknown>, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object'
      ? keys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );

const load = (tag: string, base?: string): Promise<boolean> => {
  const key = `${base ?? ''} ${tag}`;
  let loading = loads.get(key);
  if (!loading) {
    loading = fetchLocale(tag, base).then(
      (strings) => {
        if (!strings) return false;
        i18n().addResourceBundle(tag, 'translation', strings, true, true);
        const have = new Set(keys(strings));
        const missing = [...new Set(keys(en))].filter((k) => !have.has(k));
        if (missing.length)
          console.warn(
            `<layered-notice>: locales/${tag}.json lacks ${missing.join(', ')}: shown in English. Fix: add them (docs/translating.md).`,
          );
        return true;
      },
      (e: Error) => {
        console.warn(
          `<layered-notice>: locales/${tag}.json could not be read (${e.message}): English is shown. Fix: node scripts/check-locales.mjs.`,
        );
        return false;
      },
    );
    loads.set(key, loading);
  }
  return loading;
};

/**
 * The interface language for `lang`: itself, its base language, or English. A locale is
 * fetched only for a well-formed tag, in its canonical form, that ships or that `listed`
 * (the payload's languages) names: the tag becomes part of a URL.
 */
export async function interfaceLanguage(lang: string, base?: string, listed: readonly (string | undefined)[] = []): Promise<string> {
  const tag = canonicalTag(lang);
  const fetchable = new Set([...SHIPPED_LOCALES, ...listed.map(canonicalTag)]);
  // Not a language tag (BCP 47): nothing to load, English with the warning below.
  for (const t of new Set(tag ? [tag, baseLanguage(tag)] : [])) {
    if (t === 'en' || i18n().hasResourceBundle(t, 'translation')) return t;
    // English is bundled: regional English (en-GB) needs no request, the pseudo-locale does.
    if ((baseLanguage(t) !== 'en' || t === PSEUDO_LOCALE) && fetchable.has(t) && (await load(t, base))) return t;
  }
  console.warn(
    `<layered-notice>: no interface strings for "${lang}": English is shown. Fix: add locales/${baseLanguage(lang)}.json (docs/translating.md).`,
  );
  return 'en';
}
