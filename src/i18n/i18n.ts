/**
 * The component's private i18next instance. It is made with `createInstance()` so a
 * host page that runs its own i18next is never touched, and English is bundled so
 * the notice renders without a request.
 */
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import en from '../../locales/en.json' with { type: 'json' };
// In a JSON file so test/node/locales.test.mjs sets up its instance the same way.
import options from './i18next-options.json' with { type: 'json' };
import { nextTask } from '../element/next-task.js';

const instance: I18n = i18next.createInstance();
let started = false;

/**
 * The instance, set up on first use. The classic script asks for it in a task of its
 * own after it starts (below), while the payload downloads, rather than in the task that
 * runs the script: setting up i18next was about a fifth of that task at CPU ×4 (npm run bench:tasks).
 */
export const i18n = (): I18n => {
  if (!started) {
    started = true;
    // Payload and locale strings are bound as Lit text, which escapes them; i18next's own
    // HTML escaping would double-escape ("&amp;").
    void instance.init({ ...options, resources: { en: { translation: en } } } as Parameters<typeof instance.init>[0]);
    // i18next's emitter takes several events separated by spaces; its types list one.
    instance.store.on('added removed' as 'added', () => memo.clear());
  }
  return instance;
};
void nextTask().then(i18n);

/**
 * Strings already translated, per language: a notice asks for the same few strings
 * (each section's button, each right's label) hundreds of times, and i18next resolves,
 * interpolates and pluralises each anew, which was most of the script time of a render.
 * Emptied whenever strings are added or removed, and when it grows past MEMO_LIMIT (the editor
 * renders notices that change with every keystroke).
 */
const memo = new Map<string, Map<string, string>>();
const MEMO_LIMIT = 5000;

/** A translation function fixed to one language, so several notices on one page do not share state. */
export const translator = (lang: string): TFunction => {
  const t = i18n().getFixedT(lang);
  let seen = memo.get(lang);
  if (!seen) memo.set(lang, (seen = new Map()));
  const known = seen;
  return ((key: string, options?: object) => {
    const id = options ? `${key}\0${JSON.stringify(options)}` : key;
    let text = known.get(id);
    if (text === undefined) {
      if (known.size > MEMO_LIMIT) known.clear();
      known.set(id, (text = String(t(key, options as never))));
    }
    return text;
  }) as TFunction;
};

/** The writing direction of a language, from i18next's list of right-to-left languages. */
export const direction = (lang: string): 'ltr' | 'rtl' => i18n().dir(lang);
