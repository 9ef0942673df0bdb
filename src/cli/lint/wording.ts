/**
 * How the notice reads: the first layer (WP260 para 36), complete translations
 * (WP260 para 13; Welsh Language Standards) and vague words (WP260 paras 12-16).
 */
import { baseLanguage } from '../../i18n/language.js';
import type { Rule } from './finding.js';
import { join, type Finding } from './finding.js';
import { texts } from './texts.js';

/** The words WP260 names as vague; "May" before or after a number is the month. */
const VAGUE = /\b(may|might|some|possibly|often)\b/gi;
const isMonth = (s: string, m: RegExpMatchArray): boolean =>
  m[0] === 'May' && (/\d\s*$/.test(s.slice(0, m.index)) || /^\s*\d/.test(s.slice(m.index! + 3)));

export const firstLayerImpact: Rule = (n) =>
  n.purposes.some((p) => p.highImpact || p.surprising)
    ? []
    : [
        {
          rule: 'first-layer-impact',
          severity: 'info',
          path: 'purposes',
          message:
            'no purpose is flagged highImpact or surprising: the first layer should name the processing with the most impact and any that could surprise people (WP260 para 36)',
        },
      ];

export const translationMissing: Rule = (n) => {
  const languages = n.languages ?? [];
  if (languages.length < 2) return [];
  // Plain strings are taken as deliberate (names, addresses, codes that read the same in every
  // language); only a map that names some languages but not all is a translation left out.
  return [...texts(n)].flatMap(({ path, text }): Finding[] => {
    if (typeof text === 'string') return [];
    const missing = languages.filter((l) => !(l in text));
    return missing.length
      ? [
          {
            rule: 'translation-missing',
            severity: 'warning',
            path,
            message: `no ${missing.join(', ')} text: every language in languages needs one`,
          },
        ]
      : [];
  });
};

/** A few words either side of a match, so the finding can be read without opening the file. */
const excerpt = (s: string, at: number, length: number): string => {
  const start = s.lastIndexOf(' ', Math.max(0, at - 30)) + 1;
  const end = s.indexOf(' ', Math.min(s.length, at + length + 30));
  return `${start > 0 ? '...' : ''}${s.slice(start, end < 0 ? undefined : end)}${end < 0 ? '' : '...'}`;
};

export const vagueLanguage: Rule = (n) => {
  const english = baseLanguage(n.language ?? 'en') === 'en';
  const inSections = [...texts(n)].filter((t) => t.path.startsWith('sections['));
  return inSections.flatMap(({ path, text }) => {
    // The word list is English: check English strings only.
    const strings: [string, string][] =
      typeof text === 'string'
        ? english
          ? [[path, text]]
          : []
        : Object.entries(text)
            .filter(([l]) => baseLanguage(l) === 'en')
            .map(([l, s]) => [join(path, l), s]);
    return strings.flatMap(([at, s]): Finding[] => {
      const hits = [...s.matchAll(VAGUE)].filter((m) => !isMonth(s, m));
      if (!hits.length) return [];
      const words = [...new Set(hits.map((m) => m[0].toLowerCase()))].map((w) => `"${w}"`);
      const count = hits.length > words.length ? ` (${hits.length} times)` : '';
      return [
        {
          rule: 'vague-language',
          severity: 'info',
          path: at,
          message: `vague ${words.length > 1 ? 'words' : 'word'} ${words.join(', ')}${count}: say exactly what happens (${excerpt(s, hits[0].index!, hits[0][0].length)})`,
        },
      ];
    });
  });
};

export const wordingRules: Rule[] = [firstLayerImpact, translationMissing, vagueLanguage];
