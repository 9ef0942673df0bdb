/**
 * `layered-notice import <page.html>`: a draft payload from an existing privacy
 * notice page. The JSON goes to standard output; what a person must check or fill
 * in goes to standard error, so `layered-notice import page.html > draft.json` works.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { validateNotice } from '../schema/validate.js';
import { oneFile, UsageError } from './args.js';
import { EXIT, type Command } from './command.js';
import { draftNotice } from './import/draft.js';
import { PageError } from './import/page.js';

/** The largest page read: 8 MB. */
const MAX_PAGE_BYTES = 8 * 1024 * 1024;

export const importCommand: Command = {
  name: 'import',
  summary: 'draft a payload from an existing HTML privacy notice page',
  help: `Usage: layered-notice import <page.html> [--base https://example.gov.uk/privacy]

Reads a privacy notice page and prints a draft payload: the main content's headings
become sections; paragraphs, lists, tables and links become blocks; emails, phone
numbers and addresses fill the controller's and DPO's contact details where the text
makes plain whose they are; lawful bases, rights and the ICO are recognised from the
wording. Unknown required fields are "TODO: ..." placeholders. The draft is checked
against the schema, and a report of everything a person must check goes to standard
error.

Options:
  --base <url>   the page's address, to turn relative links into full ones
                 (default: the page's <base>, canonical link or og:url)
  --help         show this help

Exit codes: 0 draft written, 1 the draft is not a valid payload (a bug: please report it), 2 usage error.`,
  options: { base: [] },
  async run(args) {
    const file = oneFile(args);
    let html: string;
    try {
      // A notice page is tens of kilobytes; far more is not a page to import as it is.
      if (statSync(file).size > MAX_PAGE_BYTES) throw new UsageError(`cannot import ${file}: it is larger than 8 MB, far more than a privacy notice page; save only the notice's part of the page and import that`);
      html = readFileSync(file, 'utf8');
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
    }
    if (args.options.base && !/^https?:\/\//.test(args.options.base)) throw new UsageError(`--base must be an https:// or http:// address, got "${args.options.base}"`);
    let drafted: ReturnType<typeof draftNotice>;
    try {
      drafted = draftNotice(html, basename(file), args.options.base);
    } catch (e) {
      if (e instanceof PageError) throw new UsageError(`cannot import ${file}: ${e.message}`);
      throw e;
    }
    const { draft, notes } = drafted;
    const result = validateNotice(draft);
    console.log(JSON.stringify(draft, null, 2));
    const questions = notes.filter((n) => n.message.startsWith('QUESTION: '));
    const checks = notes.filter((n) => !n.message.startsWith('QUESTION: '));
    const report = [`layered-notice import: a draft from ${file}.`];
    if (questions.length) report.push(`${questions.length} question(s) the page does not answer (add the answers to the draft):`, ...questions.map((n) => `  ${n.path}: ${n.message.slice('QUESTION: '.length)}`));
    if (checks.length) report.push(`${checks.length} thing(s) read from the page for a person to check:`, ...checks.map((n) => `  ${n.path}: ${n.message}`));
    if (result.ok) report.push('The draft is a valid payload. Answer the questions, check the rest, then run: layered-notice lint <draft.json> (it reports what is still missing).');
    else report.push('The draft is not yet a valid payload: layered-notice validate will refuse it until these are filled in:', ...result.problems.map((p) => `  ${p.path}: ${p.message}`));
    console.error(report.join('\n'));
    return result.ok ? EXIT.ok : EXIT.problems;
  },
};
