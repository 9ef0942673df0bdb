/** `layered-notice render <file>`: the notice as static, accessible HTML with every section shown. */
import { writeFileSync } from 'node:fs';
import { oneFile, UsageError } from './args.js';
import { checkSource, formatProblem } from './check.js';
import { EXIT, type Command } from './command.js';
import { renderPage } from './render/page.js';
import { renderEmbed } from './render/embed.js';
import { readSource } from './source.js';
import { LANGUAGE_TAG } from '../schema/notice-schema.js';

export const renderCommand: Command = {
  name: 'render',
  summary: 'write the notice as a static HTML page, every section visible, no script',
  help: `Usage: layered-notice render <file> [--lang en] [--out notice.html] [--embed <page-url>]

Renders a valid notice as one static HTML page with the element's semantics
(headings, lists, tables with header cells, links limited to https, http, mailto
and tel) and every section shown: for pages without JavaScript, for print and for
archiving. The page has no script.

Options:
  --lang <tag>    reading language (default: the payload's "language", else en)
  --embed <url>   write the <layered-notice> embed for a CMS page instead of a page:
                  the element's own markup in a declarative shadow root (the notice
                  shows before any script runs, and nothing moves when it does), the
                  payload inline (never fetched), and a fallback link to <url>
  --out <file>    write the page to this file (default: standard output)
  --help          show this help

Exit codes: 0 written, 1 the payload is not valid (problems on standard error), 2 usage error.`,
  options: { lang: [], out: [], embed: [] },
  async run(args) {
    const file = oneFile(args);
    const checked = checkSource(readSource(file));
    if (!checked.notice) {
      for (const p of checked.problems) console.error(formatProblem(file, p));
      console.error(`${file} is not a valid notice: nothing rendered`);
      return EXIT.problems;
    }
    const lang = args.options.lang ?? checked.notice.language ?? 'en';
    if (!LANGUAGE_TAG.test(lang)) throw new UsageError(`--lang must be a language tag such as en or cy, got "${lang}"`);
    const page = args.options.embed ? await renderEmbed(checked.notice, lang, args.options.embed) : await renderPage(checked.notice, lang);
    if (!args.options.out) process.stdout.write(page);
    else
      try {
        writeFileSync(args.options.out, page);
      } catch (e) {
        throw new UsageError(`cannot write ${args.options.out}: ${(e as Error).message}`);
      }
    return EXIT.ok;
  },
};
