// Plural forms: which ones a language needs (CLDR via Intl), and which stand for one number.

/** i18next JSON v4 plural suffixes, in CLDR order. */
export const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];
export const PLURAL_KEY = /^(.+)_(zero|one|two|few|many|other)$/;

/**
 * The plural forms a language must provide, from CLDR via Intl. Welsh always needs
 * all six (standards §5), whatever the runtime's CLDR data says.
 */
export function requiredForms(lang) {
  if (lang.toLowerCase().split('-')[0] === 'cy') return [...PLURAL_FORMS];
  const have = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return PLURAL_FORMS.filter((f) => have.includes(f));
}

/**
 * Whether a plural form of `lang` stands for a single number (cy `_two` is only 2), so a
 * translation may spell that number out instead of using {{count}}. i18next uses
 * `_zero` for 0 in every language.
 */
export function isSingleNumber(lang, form) {
  if (form === 'zero') return true;
  const rules = new Intl.PluralRules(lang);
  const samples = [...Array(1001).keys(), 0.5, 1.5, 2.5, 0.1, 1.2];
  return samples.filter((n) => rules.select(n) === form).length === 1;
}
