/**
 * `layered-notice lint <file|folder...>`: what a valid notice still lacks under UK GDPR
 * Articles 13 and 14, fields that contradict each other, and how it reads (WP260).
 * Given several files or a folder, each file's findings and then a summary table.
 */
import { UsageError } from './args.js';
import { checkSource } from './check.js';
import { EXIT, type Command } from './command.js';
import { lintNotice } from './lint/index.js';
import { payloadFiles } from './payloads.js';
import { readSource } from './source.js';

const doc = (rule: string) => `docs/lint/${rule}.md`;

type Counts = { error: number; warning: number; info: number };

/** One file's findings, each at its line and column; a payload that is not valid gives "valid-payload" errors. */
function lintFile(file: string, today: string | undefined) {
  const source = readSource(file);
  const checked = checkSource(source);
  const findings = checked.notice
    ? lintNotice(checked.notice, { today }).map((f) => ({ ...f, ...source.at(f.path), doc: doc(f.rule) }))
    : checked.problems.map(({ path, line, column, message, suggestion }) => ({
        rule: 'valid-payload',
        severity: 'error' as const,
        path,
        line,
        column,
        message: message + (suggestion ? ` (did you mean "${suggestion}"?)` : ''),
        doc: doc('valid-payload'),
      }));
  const counts: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { file, findings, counts };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The summary table: a row per file, then the totals, numbers aligned right. */
function summary(reports: { file: string; counts: Counts }[], total: Counts): string {
  const rows = [
    ['File', 'Errors', 'Warnings', 'Info'],
    ...reports.map((r) => [r.file, String(r.counts.error), String(r.counts.warning), String(r.counts.info)]),
    [`Total (${plural(reports.length, 'file')})`, String(total.error), String(total.warning), String(total.info)],
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => [r[0].padEnd(widths[0]), ...r.slice(1).map((c, i) => c.padStart(widths[i + 1]))].join('  ').trimEnd()).join('\n');
}

export const lint: Command = {
  name: 'lint',
  summary: 'check payloads for completeness (UK GDPR Art 13/14), consistency and wording',
  help: `Usage: layered-notice lint <file|folder...> [--format json] [--today YYYY-MM-DD]

Checks each valid notice against the UK GDPR Article 13 (direct) / Article 14 (indirect)
checklist, for fields that contradict each other, for the WP260 first layer, for
missing translations and for vague words. Each finding has a rule id, a severity
(error, warning or info), a JSON path and line:column; docs/lint/<rule>.md explains
the rule, the article behind it and how to fix it. A payload that is not valid is
reported as "valid-payload" errors (see layered-notice validate).

Give one file, or several files and folders (every .json file under a folder is
linted, in name order; a shell pattern such as notices/*.json works too). With more
than one, each file's findings are followed by a summary table: the errors, warnings
and info of every file, and the totals.

Options:
  --format text|json   text (default): "file:line:column: severity rule: path: message";
                       json, one file: {"file", "findings": [{rule, severity, path, line,
                       column, message, doc}], "counts"}; several files or a folder:
                       {"files": [the same for each file], "counts": the totals}
  --today YYYY-MM-DD   the date to judge lastUpdated by (default: today), so a report
                       written in a script reads the same whenever it is run
  --help               show this help

Exit codes: 0 no errors or warnings in any file (info only), 1 any error or warning
in any file, 2 usage error (a file or folder that cannot be read).`,
  options: { format: ['text', 'json'], today: [] },
  async run(args) {
    if (!args.files.length) throw new UsageError('no file given');
    const today = args.options.today;
    if (today !== undefined && !(/^\d{4}-\d\d-\d\d$/.test(today) && !Number.isNaN(Date.parse(today))))
      throw new UsageError(`--today must be a date written YYYY-MM-DD, got "${today}"`);
    const files = payloadFiles(args.files);
    if (!files.length) throw new UsageError(`no .json payloads found in ${args.files.join(', ')}`);
    // One file named: the report as it has always been, so scripts that read it keep working.
    const one = args.files.length === 1 && files.length === 1 && files[0] === args.files[0];
    const reports = files.map((file) => lintFile(file, today));
    const total: Counts = { error: 0, warning: 0, info: 0 };
    for (const r of reports) for (const k of ['error', 'warning', 'info'] as const) total[k] += r.counts[k];

    if (args.options.format === 'json') console.log(JSON.stringify(one ? reports[0] : { files: reports, counts: total }, null, 2));
    else {
      for (const { file, findings } of reports)
        for (const f of findings) console.log(`${file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.path}: ${f.message}`);
      const tail = total.error + total.warning + total.info ? '; each rule is explained in docs/lint/<rule>.md' : '';
      if (one)
        console.log(`${plural(total.error, 'error')}, ${plural(total.warning, 'warning')}, ${total.info} info in ${files[0]}${tail}`);
      else {
        const failing = reports.filter((r) => r.counts.error || r.counts.warning).length;
        console.log(`\n${summary(reports, total)}\n\n${failing} of ${plural(files.length, 'file')} with errors or warnings${tail}`);
      }
    }
    return total.error || total.warning ? EXIT.problems : EXIT.ok;
  },
};
