/**
 * `layered-notice lint <file>`: what a valid notice still lacks under UK GDPR
 * Articles 13 and 14, fields that contradict each other, and how it reads (WP260).
 */
import { oneFile, UsageError } from './args.js';
import { checkSource } from './check.js';
import { EXIT, type Command } from './command.js';
import { lintNotice } from './lint/index.js';
import { readSource } from './source.js';

const doc = (rule: string) => `docs/lint/${rule}.md`;

export const lint: Command = {
  name: 'lint',
  summary: 'check a payload for completeness (UK GDPR Art 13/14), consistency and wording',
  help: `Usage: layered-notice lint <file> [--format json] [--today YYYY-MM-DD]

Checks a valid notice against the UK GDPR Article 13 (direct) / Article 14 (indirect)
checklist, for fields that contradict each other, for the WP260 first layer, for
missing translations and for vague words. Each finding has a rule id, a severity
(error, warning or info), a JSON path and line:column; docs/lint/<rule>.md explains
the rule, the article behind it and how to fix it. A payload that is not valid is
reported as "valid-payload" errors (see layered-notice validate).

Options:
  --format text|json   text (default): "file:line:column: severity rule: path: message";
                       json: {"file", "findings": [{rule, severity, path, line, column, message, doc}], "counts"}
  --today YYYY-MM-DD   the date to judge lastUpdated by (default: today), so a report
                       written in a script reads the same whenever it is run
  --help               show this help

Exit codes: 0 no errors or warnings (info only), 1 any error or warning, 2 usage error.`,
  options: { format: ['text', 'json'], today: [] },
  async run(args) {
    const file = oneFile(args);
    const today = args.options.today;
    if (today !== undefined && !(/^\d{4}-\d\d-\d\d$/.test(today) && !Number.isNaN(Date.parse(today))))
      throw new UsageError(`--today must be a date written YYYY-MM-DD, got "${today}"`);
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
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity]++;

    if (args.options.format === 'json') console.log(JSON.stringify({ file, findings, counts }, null, 2));
    else {
      for (const f of findings) console.log(`${file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.path}: ${f.message}`);
      const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
      console.log(
        `${n(counts.error, 'error')}, ${n(counts.warning, 'warning')}, ${counts.info} info in ${file}${findings.length ? '; each rule is explained in docs/lint/<rule>.md' : ''}`,
      );
    }
    return counts.error || counts.warning ? EXIT.problems : EXIT.ok;
  },
};
