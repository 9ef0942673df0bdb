// WCAG 2.5.3 Label in Name: a phrase read by screen readers in place of a visible word
// must contain that word.

/** Lower case, without the pseudo-locale's brackets and padding ("[Šĥóŵ ~]" -> "šĥóŵ"). */
const bare = (s, lang) =>
  s
    .replace(/[[\]~]/g, '')
    .trim()
    .toLocaleLowerCase(lang);

/** Whole phrases read by screen readers in place of a visible word, which they must contain. */
const LABEL_IN_NAME = [
  ['sections.showSection', 'sections.show'],
  ['sections.hideSection', 'sections.hide'],
];

/** `phrase` problems of one locale: each whole phrase that lacks the visible word it stands for. */
export function labelInNameProblems(locale, lang) {
  const problems = [];
  for (const [phrase, word] of LABEL_IN_NAME) {
    const get = (o, p) => p.split('.').reduce((n, k) => (n && typeof n === 'object' ? n[k] : undefined), o);
    const whole = get(locale, phrase);
    const visible = get(locale, word);
    if (typeof whole === 'string' && typeof visible === 'string' && visible.trim() && !bare(whole, lang).includes(bare(visible, lang))) {
      problems.push({
        type: 'phrase',
        path: phrase,
        message: `"${whole}" does not contain the visible "${visible}" (${word}): screen readers read the phrase in its place, so it must contain the word people see (WCAG 2.5.3 Label in Name)`,
        key: phrase,
      });
    }
  }
  return problems;
}
