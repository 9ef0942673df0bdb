/**
 * Mistakes that slip through when a notice is drafted from a template or an old page:
 * placeholders left in, the regulator's retired phone numbers, HTML pasted into text,
 * and a missing or old "last updated" date.
 */
import type { Finding, LintOptions, Rule } from './finding.js';
import { digits, strings } from './strings.js';

/**
 * Template text: `TODO`/`TBC`, runs of X, "lorem ipsum", example domains (RFC 2606), the
 * "[email protected]" a page shows when a CDN hides its addresses from scrapers,
 * and a bracketed slot such as "[child/young person]" or "[insert name]".
 */
const PLACEHOLDERS: [RegExp, string][] = [
  [/\b(TODO|TBC|TBD|FIXME)\b/, 'a "$1" left in'],
  [/\b[Xx]{3,}\b/, 'a "$&" placeholder'],
  [/\blorem ipsum\b/i, 'placeholder Latin ("lorem ipsum")'],
  [/\[email(&#160;|\s)protected\]/i, '"[email protected]", the text a web page shows in place of an email address it hides'],
  [/@(?:[\w-]+\.)*example\.(?:com|org|net|co\.uk)\b|\.example\b/i, 'an example address ("$&")'],
  [
    /\[(?:insert|enter|add|name|date|your|council|organisation|organization|service)\b[^\]]*\]|\[[A-Za-z][^\]/]{0,30}\/[^\]]{1,30}\]/i,
    'a template slot ("$&")',
  ],
];

export const placeholderText: Rule = (n) =>
  [...strings(n)].flatMap(({ path, value }): Finding[] => {
    for (const [pattern, what] of PLACEHOLDERS) {
      const m = value.match(pattern);
      if (m)
        return [
          {
            rule: 'placeholder-text',
            severity: 'error',
            path,
            message: `${what.replace('$1', m[1] ?? '').replace('$&', m[0])}: replace it with the real text before publishing`,
          },
        ];
    }
    return [];
  });

/** The Information Commissioner's old 0845/08456 helpline; its number is 0303 123 1113 (ico.org.uk/global/contact-us). */
const RETIRED = /^0845/;
const ICO_OLD = '08456306060';

export const retiredNumber: Rule = (n) =>
  [...strings(n)].flatMap(({ path, value }): Finding[] => {
    const regulatorPhone = path === 'complaint.regulator.phone' && RETIRED.test(digits(value));
    const mentioned = [...value.matchAll(/(?:tel:)?\+?[\d ()-]{10,}/g)].some((m) => digits(m[0]) === ICO_OLD);
    return regulatorPhone || mentioned
      ? [
          {
            rule: 'retired-number',
            severity: 'error',
            path,
            message: `"${value.length > 60 ? value.slice(0, 57) + '...' : value}" holds the Information Commissioner's retired 0845/08456 helpline, which no longer answers: use 0303 123 1113 and the complaints page https://ico.org.uk/make-a-complaint/`,
          },
        ]
      : [];
  });

/** An HTML tag or entity: `<p>`, `</a>`, `<a href=...>`, `<br/>`, `&amp;`, `&nbsp;`. */
const HTML = /<\/?(?:a|p|br|b|i|strong|em|ul|ol|li|span|div|h[1-6]|table|tr|td|th)\b[^>]*>|&(?:amp|nbsp|lt|gt|quot|#\d+);/i;

/** HTML pasted into a text field: shown to the reader as literal tags, never as markup. */
export const htmlInText: Rule = (n) =>
  [...strings(n)].flatMap(({ path, value }): Finding[] => {
    const m = value.match(HTML);
    if (!m) return [];
    const link = /^<a\b/i.test(m[0]);
    const fix = link
      ? 'write the link as a run, {"text": "...", "href": "https://..."}, in a list of runs'
      : m[0].startsWith('&')
        ? 'type the character itself ("&", a space, "<")'
        : 'remove the tags: a paragraph is a string in body, a list is {"type": "list"}, emphasis is {"text": "...", "strong": true}';
    return [
      {
        rule: 'html-in-text',
        severity: 'warning',
        path,
        message: `"${m[0]}" looks like HTML pasted into text; the notice shows it to readers as it is, tags and all: ${fix}`,
      },
    ];
  });

const DAY = 86_400_000;

export const lastUpdated: Rule = (n, options: LintOptions = {}) => {
  if (!n.lastUpdated)
    return [
      {
        rule: 'last-updated',
        severity: 'warning',
        path: 'lastUpdated',
        message:
          'no lastUpdated date: say when the notice was last reviewed ("lastUpdated": "YYYY-MM-DD"), so readers can tell it is current',
      },
    ];
  const today = Date.parse(options.today ?? new Date().toISOString().slice(0, 10));
  const age = Math.floor((today - Date.parse(n.lastUpdated)) / DAY);
  if (age < 0)
    return [
      {
        rule: 'last-updated',
        severity: 'warning',
        path: 'lastUpdated',
        message: `lastUpdated (${n.lastUpdated}) is in the future: give the date the notice was last changed`,
      },
    ];
  return age > 366
    ? [
        {
          rule: 'last-updated',
          severity: 'info',
          path: 'lastUpdated',
          message: `last updated ${n.lastUpdated}, over a year ago: review the notice, then update lastUpdated (and changes)`,
        },
      ]
    : [];
};

export const hygieneRules: Rule[] = [placeholderText, retiredNumber, htmlInText, lastUpdated];
