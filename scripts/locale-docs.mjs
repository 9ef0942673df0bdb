#!/usr/bin/env node
/**
 * Writes one "strings in context" page per translated locale, for translators and
 * reviewers who do not read JSON:
 *
 *   npm run locales:docs          -> docs/strings/<tag>.html and docs/strings/index.html
 *
 * Each page lists every message of en.json with its English, the translation, where it
 * comes from (the published source and its exact wording, or "machine-drafted: needs a
 * fluent reviewer", from locales/provenance/<tag>.json) and where it appears in the
 * notice. Under the table, the notice itself is rendered live in that language (serve
 * the repository with `npm start` and open http://localhost:8000/docs/strings/cy.html).
 * Every string is HTML-escaped: a translation is never markup. Re-run after changing a
 * locale or its provenance; the test in test/node/locale-docs.test.mjs fails if a page
 * is stale.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MACHINE, messages, needsProvenance, provenanceFile, readProvenance, tallyProvenance } from './lib/provenance.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'locales');
const out = path.join(root, 'docs', 'strings');
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));

/** Where a message appears, by key (most specific first). */
const WHERE = [
  ['glance.heading', 'Layer 1 (at a glance): its heading'],
  ['glance.index', 'Layer 1: heading over the list of sections, with their number (plural forms)'],
  ['glance.dpo', "Layer 1: label before the Data Protection Officer's name"],
  ['glance.', 'Layer 1 (at a glance): a heading or statement of the summary'],
  ['notice.updated', 'Under the notice title: the date of the last change'],
  ['sections.show', 'Layer 2: the visible word on each section button ("Show"/"Hide")'],
  ['sections.hide', 'Layer 2: the visible word on each section button ("Show"/"Hide")'],
  ['sections.showSection', "Layer 2: read by screen readers at the end of each closed section's button"],
  ['sections.hideSection', "Layer 2: read by screen readers at the end of each open section's button"],
  ['sections.showAll', 'Layer 2: the button above the sections'],
  ['sections.hideAll', 'Layer 2: the button above the sections, when all are open'],
  ['sections.audience', 'Layer 2: legend of the audience choice (notices with audiences only)'],
  ['sections.everyone', 'Layer 2: first option of the audience choice'],
  ['sections.language', 'Label of the language switcher (multilingual notices only)'],
  ['sections.', 'Layer 2 (the full notice)'],
  ['rightsLayer.subject', "Subject line of the email a resident starts from a right's link"],
  ['rightsLayer.', 'Layer 3 (use your rights): headings, links and labels'],
  ['regulator.', 'Layer 3, complaint to the regulator: used for the ICO when the payload has none in this language'],
  ['contacts.', 'Contacts layer: label of each contact detail'],
  ['rights.', "Layer 3: a right's name (bold) or its one-line explanation"],
  ['bases.', 'Lawful basis of a purpose, in the at-a-glance layer and the just-in-time notice'],
  ['jit.', 'Just-in-time notice beside a form field (<layered-notice jit>)'],
  ['errors.', 'Shown instead of the notice when it cannot be rendered (the fallback link stays)'],
];
const where = (id) => WHERE.find(([p]) => id === p || (p.endsWith('.') && id.startsWith(p)))?.[1] ?? '';

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const safeUrl = (u) => (/^https:\/\/[^\s"<>]+$/.test(u) ? u : '');
const name = (tag, inLang = 'en') => new Intl.DisplayNames([inLang], { type: 'language' }).of(tag);

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:1rem auto;max-width:80rem;padding:0 1rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #b1b4b6;padding:.4rem;text-align:start;vertical-align:top}
th{background:#f3f2f1}code{font-size:.9em}.machine{background:#fff7bf}td.src q{font-style:italic}
.live{border:2px solid #1d70b8;padding:1rem;margin-top:1rem}`;

/** The page for one locale, as a string. */
export function page(tag, en, locale, provenance) {
  const enMsgs = messages(en, en);
  const rows = [...messages(en, locale)].map(([id, strings]) => {
    const entry = provenance?.keys?.[id];
    const machine = !entry || entry === MACHINE;
    const src = machine
      ? 'machine-drafted: needs a fluent reviewer'
      : `<a href="${esc(safeUrl(entry.url))}">${esc(new URL(entry.url).hostname)}</a>: <q>${esc(entry.published)}</q>${entry.match === 'term' ? ' (term)' : ''}${entry.note ? `<br><small>${esc(entry.note)}</small>` : ''}`;
    return `<tr id="${esc(id)}"${machine ? ' class="machine"' : ''}><td><code>${esc(id)}</code></td><td lang="en">${enMsgs.get(id).map(esc).join('<br>')}</td><td lang="${esc(tag)}" dir="auto">${strings.map(esc).join('<br>')}</td><td class="src">${src}</td><td>${esc(where(id))}</td></tr>`;
  });
  const c = tallyProvenance(en, locale, provenance ?? { keys: {} });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Strings in context: ${esc(name(tag))} (${esc(tag)})</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Strings in context: ${esc(name(tag))} / ${esc(name(tag, tag))} (<code>${esc(tag)}</code>)</h1>
<p>Generated by <code>npm run locales:docs</code> from <code>locales/${esc(tag)}.json</code> and <code>locales/provenance/${esc(tag)}.json</code>. Do not edit by hand.
How to correct or add a language: <a href="../translating.md">docs/translating.md</a>.</p>
<p><strong>${c.whole + c.term} of ${c.total}</strong> messages are traced to a published source (${c.whole} taken whole, ${c.term} using its term); <strong>${c.machine}</strong> are machine-drafted and need a fluent reviewer (highlighted).</p>
<table>
<thead><tr><th>Key</th><th>English</th><th>${esc(name(tag))}</th><th>Source</th><th>Where it appears</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<h2>The notice in ${esc(name(tag))}</h2>
<p>A live render of a demo notice with this interface language (the notice's own text is English or Welsh, as its payload has it). It works when the repository is served, for example with <code>npm start</code>.</p>
<div class="live" lang="${esc(tag)}">
<layered-notice src="../../demo/notices/coventry-family-valued.json" lang="${esc(tag)}"><a href="../../demo/notices/coventry-family-valued.json">The notice's data</a></layered-notice>
</div>
<script type="module" src="../../dist/define.js"></script>
</body>
</html>
`;
}

/** Every page: [{ file, html }], the index last. */
export function pages() {
  const en = read(path.join(dir, 'en.json'));
  const tags = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .filter(needsProvenance)
    .sort();
  const list = tags.map((tag) => ({
    tag,
    html: page(tag, en, read(path.join(dir, `${tag}.json`)), readProvenance(provenanceFile(dir, tag)).value),
  }));
  const index = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Strings in context</title><style>${STYLE}</style></head>
<body>
<h1>Strings in context</h1>
<p>Every interface string of each language, with its English, its source and where it appears. Generated by <code>npm run locales:docs</code>.</p>
<ul>
${list.map(({ tag }) => `<li><a href="${esc(tag)}.html">${esc(name(tag))} / ${esc(name(tag, tag))} (<code>${esc(tag)}</code>)</a></li>`).join('\n')}
</ul>
</body>
</html>
`;
  return [...list.map(({ tag, html }) => ({ file: `${tag}.html`, html })), { file: 'index.html', html: index }];
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  mkdirSync(out, { recursive: true });
  for (const { file, html } of pages()) {
    writeFileSync(path.join(out, file), html);
    console.log(`locales:docs: wrote docs/strings/${file}`);
  }
}
