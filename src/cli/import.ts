/**
 * `layered-notice import <page...>`: draft payloads from existing privacy notice pages
 * (files or https:// addresses). With one page, the JSON goes to standard output and
 * what a person must answer or check to standard error, so
 * `layered-notice import page.html > draft.json` works; with many, each draft is
 * written to --out-dir and a summary table is printed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validateNotice } from '../schema/validate.js';
import { UsageError } from './args.js';
import { EXIT, type Command } from './command.js';
import { draftNotice, type DraftNote } from './import/draft.js';
import { isAddress, readInput } from './import/input.js';
import { PageError } from './import/page.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'draft payloads from existing HTML privacy notice pages (files or https:// addresses)',
  help: `Usage: layered-notice import <page.html | https://...> [--base https://...] > draft.json
       layered-notice import <page...> --out-dir drafts/

Reads an existing privacy notice page and drafts a payload from it:
  - the page's main content becomes sections (headings, paragraphs, lists, tables,
    addresses, links); site header, navigation, cookie banner and footer are left out
  - the facts the page states become fields: the controller and its contact details
    and ICO registration number, the DPO, purposes with lawful bases and Article 9
    conditions, data categories, sources, recipients, retention periods, the rights
    listed, the ICO, the last-updated date (in English or Welsh wording), and that
    data stays in the UK or no decision is automated, when the page plainly says so
  - the page's language is kept, and parts marked in another language (<p lang="en">
    on a Welsh page) stay marked

Nothing is invented. What the page does not state is left out and asked as a question
on standard error; everything read is listed there for a person to check. A required
field the page does not give (the controller's name) is left out, so
"layered-notice validate" refuses the draft until a person adds it; "layered-notice
lint" reports what else is missing.

Options:
  --base <url>      the page's address, to turn relative links into full ones
                    (default: the address fetched, else the page's <base>,
                    canonical link or og:url)
  --out-dir <dir>   write each draft to <dir>/<name>.json and print a summary table
                    (needed for more than one page)
  --help            show this help

An https:// address is fetched with a 20 s time limit; pages over 8 MB, or nested more
than 512 elements deep, are refused.

Exit codes: 0 every draft is a valid payload, 1 a draft still needs a required field
(or a page could not be read, with several pages), 2 usage error (a bad option, a page
that cannot be read or is refused).`,
  options: { base: [], 'out-dir': [] },
  async run(args) {
    if (!args.files.length) throw new UsageError('no page given');
    if (args.options.base && !/^https?:\/\//.test(args.options.base))
      throw new UsageError(`--base must be an https:// or http:// address, got "${args.options.base}"`);
    const dir = args.options['out-dir'];
    if (args.files.length > 1 && !dir) throw new UsageError('more than one page: give --out-dir <folder> for the drafts');
    if (!dir) {
      const { draft, notes, ok, problems } = await importOne(args.files[0], args.options.base);
      console.log(JSON.stringify(draft, null, 2));
      console.error(report(args.files[0], notes, ok, problems).join('\n'));
      return ok ? EXIT.ok : EXIT.problems;
    }
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new UsageError(`cannot create ${dir}: ${(e as Error).message}`);
    }
    // Many pages: one failing page is reported in the table, and the rest are drafted.
    const rows: string[][] = [];
    const used = new Set<string>();
    let failed = 0;
    for (const source of args.files) {
      try {
        const { draft, notes, ok, problems } = await importOne(source, args.options.base);
        let name = String(draft.id);
        for (let n = 2; used.has(name); n++) name = `${draft.id}-${n}`;
        used.add(name);
        const out = join(dir, `${name}.json`);
        writeFileSync(out, JSON.stringify(draft, null, 2) + '\n');
        writeFileSync(join(dir, `${name}.report.txt`), report(source, notes, ok, problems).join('\n') + '\n');
        if (!ok) failed++;
        rows.push([
          source,
          out,
          String(notes.filter((x) => x.message.startsWith('QUESTION: ')).length),
          ok ? 'valid' : `needs ${problems.map((p) => p.path).join(', ')}`,
        ]);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        failed++;
        rows.push([source, '-', '-', e.message]);
      }
    }
    const widths = [0, 1, 2].map((i) => Math.min(60, Math.max(...rows.map((r) => r[i].length), 9)));
    const line = (r: string[]) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c)).join('  ');
    console.log([line(['Page', 'Draft', 'Questions', 'Status']), ...rows.map(line)].join('\n'));
    console.log(
      `${rows.length - failed} of ${rows.length} draft(s) valid; each draft's questions and checks are in <draft>.report.txt beside it.`,
    );
    return failed ? EXIT.problems : EXIT.ok;
  },
};

/** Reads and drafts one page; a page that cannot be read or is refused is a UsageError. */
async function importOne(source: string, base: string | undefined) {
  const { html, url } = await readInput(source);
  let drafted: ReturnType<typeof draftNotice>;
  try {
    const name = isAddress(source) ? (new URL(source).pathname.split('/').filter(Boolean).at(-1) ?? 'notice') : basename(source);
    drafted = draftNotice(html, name, base ?? url);
  } catch (e) {
    if (e instanceof PageError) throw new UsageError(`cannot import ${source}: ${e.message}`);
    throw e;
  }
  const result = validateNotice(drafted.draft);
  return { ...drafted, ok: result.ok, problems: result.ok ? [] : result.problems };
}

/** The report for one draft: the questions first, then what to check, then what validate will say. */
function report(source: string, notes: DraftNote[], ok: boolean, problems: { path: string; message: string }[]): string[] {
  const questions = notes.filter((n) => n.message.startsWith('QUESTION: '));
  const checks = notes.filter((n) => !n.message.startsWith('QUESTION: '));
  const out = [`layered-notice import: a draft from ${source}.`];
  if (questions.length)
    out.push(
      `${questions.length} question(s) the page does not answer (add the answers to the draft):`,
      ...questions.map((n) => `  ${n.path}: ${n.message.slice('QUESTION: '.length)}`),
    );
  if (checks.length)
    out.push(`${checks.length} thing(s) read from the page for a person to check:`, ...checks.map((n) => `  ${n.path}: ${n.message}`));
  if (ok)
    out.push(
      'The draft is a valid payload. Answer the questions, check the rest, then run: layered-notice lint <draft.json> (it reports what is still missing).',
    );
  else
    out.push(
      'The draft is not yet a valid payload: layered-notice validate will refuse it until these are filled in:',
      ...problems.map((p) => `  ${p.path}: ${p.message}`),
    );
  return out;
}
