/**
 * Every piece of text a notice payload holds, for the test that finds each one in
 * the rendered notice. Left out: ids, codes, `$schema` and other fields that are
 * machine values rather than text for people (dates are checked as formatted dates
 * by their own tests). Links are checked as links, an email subject as the subject
 * of a mailto: link.
 */

/** Fields whose values are not text for people. */
const MACHINE = new Set([
  '$schema',
  'version',
  'id',
  'code',
  'lawfulBasis',
  'specialCategoryConditions',
  'audiences',
  'language',
  'languages',
  'noticeType',
  'type',
  'date',
  'lastUpdated',
  'ordered',
]);
const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A language map: an object of language tag to string. */
const isLangMap = (v) =>
  v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.keys(v).length > 0 &&
  Object.entries(v).every(([k, s]) => TAG.test(k) && k !== 'url' && typeof s === 'string');

const base = (tag) => tag.toLowerCase().split('-')[0];

/** The string a reader of `lang` sees for a text value (as the element picks it). */
const pick = (value, lang, fallback) => {
  if (typeof value === 'string') return value;
  for (const tag of [lang, base(lang), fallback, base(fallback)]) if (value[tag] !== undefined) return value[tag];
  return Object.values(value)[0];
};

/**
 * The strings of `notice` a reader of `lang` should find, each with its JSON path and
 * how it is shown: `text`, `href` (a link's target) or `subject` (a mailto: subject).
 */
export function payloadStrings(notice, lang) {
  const fallback = notice.language ?? 'en';
  const out = [];
  const walk = (v, path, key) => {
    // `audiences` is a list of ids on a purpose or block, but of labelled entries at the top.
    if (MACHINE.has(key) && !(key === 'audiences' && path.startsWith('audiences'))) return;
    const kind = key === 'url' || key === 'href' ? 'href' : key === 'subject' ? 'subject' : 'text';
    if (typeof v === 'string' || isLangMap(v)) {
      const value = pick(v, lang, fallback).replace(/\s+/g, ' ').trim();
      if (value) out.push({ path, kind, value });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, k);
  };
  walk(notice, '', '');
  return out;
}

/**
 * The payload strings `lang` readers cannot find in a rendering: its visible `text`
 * and the `hrefs` of its links. Returns "path: value" lines. The notice's own address
 * (`url`) is left out by default: the full notice is read on that page, and the
 * just-in-time variant, which links to it, is checked with `skip` empty.
 */
export function invisible(notice, lang, text, hrefs, skip = ['url']) {
  const seen = text.replace(/\s+/g, ' ');
  const subjects = hrefs
    .filter((h) => h.startsWith('mailto:'))
    .map((h) => decodeURIComponent(new URL(h).searchParams.get('subject') ?? ''));
  return payloadStrings(notice, lang)
    .filter(({ path }) => !skip.includes(path))
    .filter(({ kind, value }) =>
      kind === 'href'
        ? !hrefs.some((h) => h === value || h === new URL(value).href)
        : kind === 'subject'
          ? !subjects.some((s) => s.includes(value))
          : !seen.includes(value),
    )
    .map(({ path, value }) => `${path}: ${value.slice(0, 80)}`);
}
