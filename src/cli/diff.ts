/**
 * `layered-notice diff <old> <new>`: `changes` entries, in plain words, for what changed
 * in the structured fields between two versions of a notice. The wording comes from
 * locales/cli/<lang>.json, and names of rights and lawful bases from locales/<lang>.json.
 */
import cliCy from '../../locales/cli/cy.json' with { type: 'json' };
import cliEn from '../../locales/cli/en.json' with { type: 'json' };
import { i18n, translator } from '../i18n/i18n.js';
import { baseLanguage, pickText } from '../i18n/language.js';
import { interfaceLanguage } from '../i18n/locales.js';
import { baseCode } from '../schema/codes.js';
import type { Notice, Rich } from '../schema/types.js';
import { UsageError } from './args.js';
import { checkSource, formatProblem } from './check.js';
import { EXIT, type Command } from './command.js';
import { compare, type Change, type Value } from './diff/compare.js';
import { readSource } from './source.js';

/** Languages the diff wording ships in; another falls back to English, with a warning. */
const WORDING: Record<string, object> = { en: cliEn, cy: cliCy };
for (const [lang, strings] of Object.entries(WORDING)) i18n().addResourceBundle(lang, 'cli', strings, true, true);

const LANG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i;
const DATE = /^\d{4}-\d\d-\d\d$/;

/** Payload text as one plain string in `lang`: the runs of a rich text joined. */
const plainIn =
  (lang: string, fallback: string) =>
  (value: Rich): string =>
    typeof value === 'string' || !Array.isArray(value)
      ? pickText(value, lang, fallback)[0]
      : value
          .map((run) => plainIn(lang, fallback)(typeof run === 'object' && !Array.isArray(run) && 'text' in run ? run.text : (run as Rich)))
          .join('');

/** The sentence for a change in one language. */
async function word(change: Change, lang: string, notice: Notice): Promise<string> {
  const ui = await interfaceLanguage(lang);
  const t = translator(ui);
  const read = plainIn(lang, notice.language ?? 'en');
  const fill = (v: Value): string =>
    'rich' in v
      ? read(v.rich)
      : 'codes' in v
        ? v.codes.length
          ? v.codes.map((c) => t(`bases.${baseCode(c)}.name`)).join(', ')
          : t('cli:diff.none')
        : 'right' in v
          ? t(`rights.${v.right}.name`)
          : t(`cli:diff.${v.key}`);
  // "Case records" reads as "case records" inside a sentence; an acronym ("CCTV footage") stays.
  const lower = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0].toLowerCase() + s.slice(1) : s);
  const vars = Object.fromEntries(Object.entries(change.vars).map(([k, v]) => [k, k === 'data' ? lower(fill(v)) : fill(v)]));
  return i18n().getFixedT(baseLanguage(ui) in WORDING ? ui : 'en', 'cli')(`diff.${change.key}`, vars) as string;
}

const read = (file: string): Notice => {
  const checked = checkSource(readSource(file));
  if (checked.notice) return checked.notice;
  for (const p of checked.problems) console.error(formatProblem(file, p));
  throw Object.assign(new Error(`${file} is not a valid notice`), { invalid: true });
};

export const diffCommand: Command = {
  name: 'diff',
  summary: 'write "changes" entries for what changed between two versions of a notice',
  help: `Usage: layered-notice diff <old.json> <new.json> [--lang cy] [--date YYYY-MM-DD] [--format json]

Compares the structured fields of two versions of a notice (purposes and their lawful
bases and retention, data, sources, recipients, retention periods, transfers,
automated decisions, rights, contacts, sections) and writes each change as a plain
sentence, ready for the notice's "changes" list: for example "How long we keep case
records changed from 6 years to 25 years." Changes to the prose of sections are not
described: say what they mean in your own words.

Options:
  --lang <tag>          the language to write in (default: every language of the new
                        notice's "languages" in JSON, its "language" in text); wording
                        ships in English and Welsh (cy), others get English
  --date YYYY-MM-DD     the date of the entries (default: the new notice's lastUpdated,
                        else today)
  --format text|json    text (default): one "date: sentence" line per change;
                        json: [{"date", "description"}], to paste into "changes"
                        (description is a {"en", "cy"} map for a notice in several languages)
  --help                show this help

Exit codes: 0 written (also when nothing changed), 1 a file is not a valid notice
(problems on standard error), 2 usage error.`,
  options: { lang: [], date: [], format: ['text', 'json'] },
  async run(args) {
    if (args.files.length !== 2)
      throw new UsageError(
        args.files.length < 2
          ? `expected two files, the old version and the new, got ${args.files.length}`
          : `expected two files, got ${args.files.length}`,
      );
    const { lang, date: given, format } = args.options;
    if (lang !== undefined && !LANG.test(lang)) throw new UsageError(`--lang must be a language tag such as en or cy, got "${lang}"`);
    if (given !== undefined && !(DATE.test(given) && !Number.isNaN(Date.parse(given))))
      throw new UsageError(`--date must be a date written YYYY-MM-DD, got "${given}"`);
    let before: Notice, after: Notice;
    try {
      [before, after] = [read(args.files[0]), read(args.files[1])];
    } catch (e) {
      if (!(e as { invalid?: boolean }).invalid) throw e;
      console.error(`${(e as Error).message}: nothing compared`);
      return EXIT.problems;
    }
    const date = given ?? after.lastUpdated ?? new Date().toISOString().slice(0, 10);
    const langs = lang ? [lang] : format === 'json' && (after.languages?.length ?? 0) > 1 ? after.languages! : [after.language ?? 'en'];
    for (const l of langs)
      if (!(baseLanguage(l) in WORDING))
        console.error(
          `layered-notice diff: no wording for "${l}" in locales/cli/: written in English. Add locales/cli/${baseLanguage(l)}.json (docs/translating.md).`,
        );

    const noticeLang = after.language ?? 'en';
    const changes = compare(before, after, plainIn(noticeLang, noticeLang));
    const worded = await Promise.all(
      changes.map(async (c) => Object.fromEntries(await Promise.all(langs.map(async (l) => [l, await word(c, l, after)] as const)))),
    );
    // Two fields can change in the same words ("Our contact details changed."): say it once.
    const unique = worded.filter((w, i) => worded.findIndex((x) => JSON.stringify(x) === JSON.stringify(w)) === i);
    if (format === 'json') {
      const entries = unique.map((w) => ({ date, description: langs.length > 1 ? w : w[langs[0]] }));
      console.log(JSON.stringify(entries, null, 2));
    } else if (!unique.length) console.log(`${date}: ${await word({ key: 'noChange', vars: {} }, langs[0], after)}`);
    else for (const w of unique) console.log(`${date}: ${w[langs[0]]}`);
    return EXIT.ok;
  },
};
