/** `layered-notice render <file>`: the notice as static, accessible HTML with every section shown. */
import { lstatSync, realpathSync, writeFileSync, type Stats } from 'node:fs';
import { oneFile, UsageError } from './args.js';
import { checkSource, formatProblem } from './check.js';
import { EXIT, type Command } from './command.js';
import { renderPage } from './render/page.js';
import { embedJson, renderEmbed } from './render/embed.js';
import { MAX_PAYLOAD_BYTES } from '../load/load-notice.js';
import { readSource } from './source.js';
import { LANGUAGE_TAG } from '../schema/notice-schema.js';
import { styleHashes } from './render/csp.js';
import { canonicalTag } from '../i18n/shipped.js';

/** The fallback link a reader follows: an http(s) address or a path on the site, never a script or data URL (no other scheme, no leading space). */
const isPageAddress = (url: string): boolean =>
  /^https?:\/\/\S/i.test(url) || (/^[\w./~-]/.test(url) && !url.startsWith('//') && !/^[\w+.-]*:/.test(url));

/**
 * Writes the page to `out`, but never over the payload it came from, and never through a
 * symbolic link (which could point anywhere, the payload included).
 */
function writeOut(input: string, out: string, page: string): void {
  let stat: Stats | undefined;
  try {
    stat = lstatSync(out);
  } catch {
    // Not there yet: written below.
  }
  if (stat?.isSymbolicLink()) throw new UsageError(`--out ${out} is a symbolic link: give the file itself`);
  if (stat && realpathSync(out) === realpathSync(input))
    throw new UsageError(`--out ${out} would overwrite the payload: write the page to another file`);
  try {
    writeFileSync(out, page);
  } catch (e) {
    throw new UsageError(`cannot write ${out}: ${(e as Error).message}`);
  }
}

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

Prints on standard error the Content-Security-Policy hash that allows the
page's inline <style> (style-src 'sha256-...'): it changes only with a release.

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
    const embed = args.options.embed;
    if (embed !== undefined && !isPageAddress(embed))
      throw new UsageError(`--embed must be the page's https:// or http:// address, or a path on the site (/privacy/full), got "${embed}"`);
    const lang = args.options.lang ?? checked.notice.language ?? 'en';
    if (!LANGUAGE_TAG.test(lang) || !canonicalTag(lang))
      throw new UsageError(`--lang must be a language tag such as en or cy, got "${lang}"`);
    // The element refuses inline JSON over this size (src/load/load-notice.ts): an embed it would refuse is not written.
    const inline = embed && embedJson(checked.notice).length;
    if (inline && inline > MAX_PAYLOAD_BYTES) {
      console.error(
        `${file}: the payload is ${inline} characters inline, over the element's limit of ${MAX_PAYLOAD_BYTES}: the notice would vanish when the script loads. Link to long annexes instead of including them.`,
      );
      return EXIT.problems;
    }
    const page = embed ? await renderEmbed(checked.notice, lang, embed) : await renderPage(checked.notice, lang);
    // The styles are inline so the notice shows styled before any request: say how a strict policy allows them.
    console.error(
      `Content-Security-Policy: the inline <style> of this ${embed ? 'embed' : 'page'} needs style-src ${styleHashes(page).join(' ')} (see SECURITY.md)`,
    );
    if (!args.options.out) process.stdout.write(page);
    else writeOut(file, args.options.out, page);
    return EXIT.ok;
  },
};
