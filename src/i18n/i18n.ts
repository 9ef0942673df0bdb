/**
 * The component's private i18next instance. It is made with `createInstance()` so a
 * host page that runs its own i18next is never touched, and English is bundled so
 * the notice renders without a request.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import en from '../../locales/en.json' with { type: 'json' };
// In a JSON file so test/node/locales.test.mjs sets up its instance the same way.
import options from './i18next-options.json' with { type: 'json' };

const instance: I18n = i18next.createInstance();
// Payload and locale strings are bound as Lit text, which escapes them; i18next's own
// HTML escaping would double-escape ("&amp;").
void instance.init({ ...options, resources: { en: { translation: en } } } as Parameters<typeof instance.init>[0]);

export { instance as i18n };

/** A translation function fixed to one language, so several notices on one page do not share state. */
export const translator = (lang: string): TFunction => instance.getFixedT(lang);

/** The writing direction of a language, from i18next's list of right-to-left languages. */
export const direction = (lang: string): 'ltr' | 'rtl' => instance.dir(lang);
