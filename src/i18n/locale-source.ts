/**
 * Where interface locales come from in the ES module build: one dynamic import per
 * shipped locale, written out literally so bundlers emit one chunk per language and
 * load it only when a reader needs it. (The classic-script build swaps this module
 * for `locale-fetch.ts`, which reads the JSON files next to the script.)
 */
type Strings = Record<string, unknown>;

const SHIPPED: Record<string, () => Promise<{ default: Strings }>> = {
  ar: () => import('../../locales/ar.json', { with: { type: 'json' } }),
  cy: () => import('../../locales/cy.json', { with: { type: 'json' } }),
  'en-XA': () => import('../../locales/en-XA.json', { with: { type: 'json' } }),
  fr: () => import('../../locales/fr.json', { with: { type: 'json' } }),
  pa: () => import('../../locales/pa.json', { with: { type: 'json' } }),
  pl: () => import('../../locales/pl.json', { with: { type: 'json' } }),
  ro: () => import('../../locales/ro.json', { with: { type: 'json' } }),
  ur: () => import('../../locales/ur.json', { with: { type: 'json' } }),
};

/**
 * The strings for `tag`, undefined when none ship for it. `base` is a URL to fetch
 * `<tag>.json` from instead, set with the element's `locales` attribute.
 */
export async function fetchLocale(tag: string, base?: string): Promise<Strings | undefined> {
  if (base) return (await import('./locale-fetch.js')).fetchLocale(tag, base);
  const load = SHIPPED[tag];
  return load && (await load()).default;
}
