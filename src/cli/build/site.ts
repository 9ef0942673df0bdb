/**
 * The files `layered-notice build` writes around the notices' own pages: an index page
 * of every notice, a machine-readable register (notices.json) and an Atom feed of each
 * notice's `changes` (RFC 4287), so residents and the DPO can follow what changed.
 */
import { pickText } from '../../i18n/language.js';
import type { Notice, Rich, Text } from '../../schema/types.js';
import { escape } from '../render/markup.js';

/** One notice as the build saw it. */
export interface Built {
  /** The payload file, as given. */
  file: string;
  notice?: Notice;
  /** Lint counts; undefined when the payload is not valid. */
  lint?: { error: number; warning: number; info: number };
  /** Why the notice was left out of the site (invalid, a duplicate id, a render failure). */
  problems: string[];
}

/** Text in the notice's own language (its default), as plain text. */
export const plainText = (notice: Notice, value: Text | Rich | undefined): string => {
  if (value === undefined) return '';
  const lang = notice.language ?? 'en';
  if (Array.isArray(value))
    return value
      .map((run) =>
        typeof run === 'object' && run !== null && 'text' in run ? plainText(notice, run.text as Text) : plainText(notice, run as Text),
      )
      .join('');
  return pickText(value as Text, lang, lang)[0];
};

const page = (id: string) => `${id}.html`;
const status = (b: Built) =>
  !b.lint ? 'not built' : b.lint.error ? `${b.lint.error} error(s)` : b.lint.warning ? `${b.lint.warning} warning(s)` : 'complete';

/** The index page: every notice with its organisation, last update and lint status, and every notice left out. */
export function indexPage(built: Built[], generated: string): string {
  const ok = built.filter((b) => b.notice);
  const rows = ok
    .map(({ notice: n, ...b }) => {
      const notice = n!;
      return `<tr><td><a href="${page(notice.id)}">${escape(plainText(notice, notice.title))}</a></td><td>${escape(plainText(notice, notice.controller.name))}</td><td>${notice.lastUpdated ? `<time datetime="${notice.lastUpdated}">${notice.lastUpdated}</time>` : 'not given'}</td><td>${escape(status({ ...b, notice }))}</td></tr>`;
    })
    .join('\n');
  const failed = built.filter((b) => !b.notice || b.problems.length);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Privacy notices</title>
<link rel="alternate" type="application/atom+xml" href="feed.xml" title="Changes to these privacy notices">
</head>
<body>
<main>
<h1>Privacy notices</h1>
<p>${ok.length} notice(s), built ${escape(generated.slice(0, 10))}. Follow changes with the <a href="feed.xml">Atom feed</a>; the <a href="notices.json">register</a> lists them for machines.</p>
<table>
<caption>Every notice, with the date it was last updated and what the checks found</caption>
<thead><tr><th scope="col">Notice</th><th scope="col">Organisation</th><th scope="col">Last updated</th><th scope="col">Checks</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
${failed.length ? `<h2>Not built</h2>\n<ul>\n${failed.map((b) => `<li>${escape(b.file)}: ${escape(b.problems.join('; '))}</li>`).join('\n')}\n</ul>` : ''}
</main>
</body>
</html>
`;
}

/** notices.json: one entry per notice built, and each payload left out with why. */
export function register(built: Built[], generated: string, base?: string): string {
  const href = (f: string) => (base ? new URL(f, base).href : f);
  return JSON.stringify(
    {
      generated,
      notices: built
        .filter((b) => b.notice)
        .map(({ file, notice, lint }) => ({
          id: notice!.id,
          title: plainText(notice!, notice!.title),
          controller: plainText(notice!, notice!.controller.name),
          language: notice!.language ?? 'en',
          lastUpdated: notice!.lastUpdated ?? null,
          page: href(page(notice!.id)),
          embed: href(`${notice!.id}.embed.html`),
          source: file,
          lint,
          changes: (notice!.changes ?? []).map((c) => ({ date: c.date, description: plainText(notice!, c.description) })),
        })),
      failed: built.filter((b) => !b.notice).map(({ file, problems }) => ({ file, problems })),
    },
    null,
    2,
  );
}

const xml = (s: string) => escape(s).replace(/'/g, '&apos;');

/** The Atom feed: an entry per change of every notice, newest first. */
export function feed(built: Built[], generated: string, base?: string): string {
  const root = base ?? 'urn:layered-notice:';
  const entries = built
    .flatMap(({ notice }) =>
      !notice
        ? []
        : notice.changes?.length
          ? notice.changes.map((c, i) => ({ notice, date: c.date, text: plainText(notice, c.description), i }))
          : // A notice that lists no changes still says when it was last updated.
            notice.lastUpdated
            ? [{ notice, date: notice.lastUpdated, text: `The notice was last updated on ${notice.lastUpdated}.`, i: 0 }]
            : [],
    )
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const link = (id: string) => (base ? new URL(page(id), base).href : page(id));
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Changes to privacy notices</title>
<id>${xml(base ? new URL('feed.xml', base).href : `${root}feed`)}</id>
<updated>${entries[0] ? `${entries[0].date}T00:00:00Z` : generated}</updated>
<author><name>layered-notice build</name></author>
${entries
  .map(
    (e) => `<entry>
<title>${xml(`${plainText(e.notice, e.notice.title)}: ${e.date}`)}</title>
<id>${xml(base ? `${link(e.notice.id)}#change-${e.date}-${e.i}` : `${root}${e.notice.id}:${e.date}:${e.i}`)}</id>
<link rel="alternate" href="${xml(link(e.notice.id))}"/>
<updated>${e.date}T00:00:00Z</updated>
<summary>${xml(e.text)}</summary>
</entry>`,
  )
  .join('\n')}
</feed>
`;
}
