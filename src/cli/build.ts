/**
 * `layered-notice build <folder|files...> --out <site>`: every payload in a folder
 * validated, linted and rendered as a static page and a server-rendered embed, with an
 * index page, a register (notices.json) and an Atom feed of changes. One bad notice
 * does not stop the build: it is reported with its path, and the exit code says so.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from './args.js';
import { checkSource, formatProblem } from './check.js';
import { EXIT, type Command } from './command.js';
import { feed, indexPage, plainText, register, type Built } from './build/site.js';
import { readSource } from './source.js';
import { payloadFiles } from './payloads.js';
import { boundedWrites } from './build/writes.js';
import { renderers } from './build/pool.js';

/** A progress bar on a terminal; a plain line per notice otherwise (logs, CI). */
function progress(total: number) {
  const tty = process.stderr.isTTY;
  return (done: number, file: string, ok: boolean) => {
    if (!tty) return void process.stderr.write(`${ok ? 'built' : 'FAILED'} ${file} (${done}/${total})\n`);
    const width = 30;
    const filled = Math.round((width * done) / total);
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${file.slice(-40).padEnd(40)}`);
    if (done === total) process.stderr.write('\n');
  };
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'build a site from a folder of payloads: pages, embeds, index, register, feed',
  help: `Usage: layered-notice build <folder|file...> --out <site-folder> [--base-url https://...]

Builds every notice payload (*.json) in the folders and files given:
  <id>.html        the notice as a static page, every section shown, no script
  <id>.embed.html  the <layered-notice> embed to paste into a CMS page, server-rendered
  index.html       every notice with its organisation, last update and lint status
  notices.json     the same as a register for machines, with each notice left out and why
  feed.xml         an Atom feed of every notice's "changes" (or its last update),
                   so residents and the DPO can follow what changed
Each payload is validated and linted first. A payload that is not valid, or whose id
another payload already uses, is left out and reported with its path; the rest are built.
With 50 notices or more, they are rendered on every core of the machine at once.

Options:
  --out <folder>      where to write the site (created if missing; required)
  --base-url <url>    the address the site will be published at, for the feed's and
                      the register's links (default: links relative to the site)
  --help              show this help

Exit codes: 0 every notice built with no lint errors, 1 a notice left out or with
lint errors (each is listed), 2 usage error.`,
  options: { out: [], 'base-url': [] },
  async run(args) {
    if (!args.files.length) throw new UsageError('no folder or file given');
    const out = args.options.out;
    if (!out) throw new UsageError('--out <folder> is required: where to write the site');
    const base = args.options['base-url'];
    if (base && !/^https?:\/\/\S+\/$/.test(base))
      throw new UsageError(`--base-url must be an https:// address ending in "/", got "${base}"`);
    const files = payloadFiles(args.files, out);
    if (!files.length) throw new UsageError(`no .json payloads found in ${args.files.join(', ')}`);
    try {
      mkdirSync(out, { recursive: true });
    } catch (e) {
      throw new UsageError(`cannot create ${out}: ${(e as Error).message}`);
    }

    const tick = progress(files.length);
    const writes = boundedWrites();
    const render = renderers(files.length);
    const built: Built[] = [];
    const ids = new Map<string, string>();
    // Read and checked here in file order (so the first of two notices with one id wins),
    // rendered by the workers, at most `capacity` at once.
    const rendering = new Set<Promise<void>>();
    let done = 0;
    try {
      for (const file of files) {
        const b: Built = { file, problems: [] };
        built.push(b);
        const checked = checkSource(readSource(file));
        if (!checked.notice) {
          b.problems.push(
            ...checked.problems.slice(0, 5).map((p) => formatProblem(file, p)),
            ...(checked.problems.length > 5 ? [`and ${checked.problems.length - 5} more: run layered-notice validate ${file}`] : []),
          );
          tick(++done, file, false);
          continue;
        }
        const notice = checked.notice;
        if (ids.has(notice.id)) {
          b.problems.push(`its id "${notice.id}" is already used by ${ids.get(notice.id)}: give each notice its own id`);
          tick(++done, file, false);
          continue;
        }
        ids.set(notice.id, file);
        // A page that cannot be written leaves its notice out, as one that cannot be rendered does.
        const unwritten = (e: Error) => {
          b.notice = b.lint = undefined;
          b.problems.push(`could not be written (${e.message})`);
        };
        const job: Promise<void> = render
          .render(notice, base ? new URL(`${notice.id}.html`, base).href : `${notice.id}.html`)
          .then(
            async ({ page, embed, lint }) => {
              // Set before the writes start: a failed write then takes them back.
              b.notice = notice;
              b.lint = lint;
              await writes.write(join(out, `${notice.id}.html`), page, unwritten);
              await writes.write(join(out, `${notice.id}.embed.html`), embed, unwritten);
            },
            (e: Error) => void b.problems.push(`could not be rendered (${e.message}): please report it with the payload`),
          )
          .then(() => {
            rendering.delete(job);
            tick(++done, file, !b.problems.length);
          });
        rendering.add(job);
        while (rendering.size >= render.capacity) await Promise.race(rendering);
      }
      await Promise.all(rendering);
    } finally {
      await render.close();
    }
    await writes.done();

    const generated = new Date().toISOString();
    writeFileSync(join(out, 'index.html'), indexPage(built, generated));
    writeFileSync(join(out, 'notices.json'), register(built, generated, base));
    writeFileSync(join(out, 'feed.xml'), feed(built, generated, base));

    // A summary table: every notice with problems, then the totals.
    const failed = built.filter((b) => !b.notice);
    const withErrors = built.filter((b) => b.lint?.error);
    for (const b of failed) console.error(`${b.file}: left out:\n  ${b.problems.join('\n  ')}`);
    if (withErrors.length) {
      console.error('Built, with lint errors (run layered-notice lint <file> for each):');
      for (const b of withErrors)
        console.error(
          `  ${b.file.padEnd(50)} ${plainText(b.notice!, b.notice!.title).slice(0, 40).padEnd(40)} ${b.lint!.error} error(s), ${b.lint!.warning} warning(s)`,
        );
    }
    console.log(
      `${built.length - failed.length} of ${built.length} notice(s) built into ${out} (index.html, notices.json, feed.xml); ${failed.length} left out, ${withErrors.length} with lint errors.`,
    );
    return failed.length || withErrors.length ? EXIT.problems : EXIT.ok;
  },
};
