/** `layered-notice validate <file>`: every schema problem, with its JSON path and line:column. */
import { oneFile } from './args.js';
import { checkSource, formatProblem } from './check.js';
import { EXIT, type Command } from './command.js';
import { htmlInText } from './lint/hygiene.js';
import { readSource } from './source.js';

export const validate: Command = {
  name: 'validate',
  summary: 'check a payload against the schema, with line:column for each problem',
  help: `Usage: layered-notice validate <file> [--format json]

Checks a notice payload against the schema (dist/notice.schema.json) and prints every
problem with its JSON path and its line:column in the file. Unknown fields get a
"did you mean" hint. A valid payload with HTML pasted into its text (<p>, <a href=...>)
gets a warning with the fix: it is valid, and shows the tags as they are, so it does not
change the exit code (lint's html-in-text rule fails on it).

Options:
  --format text|json   text (default): one "file:line:column: path: message" per line;
                       json: {"file", "valid", "problems": [{path, line, column, message, suggestion?}],
                       "warnings": [{path, line, column, message}]}
  --help               show this help

Exit codes: 0 valid, 1 problems found, 2 usage error (bad option, unreadable file).`,
  options: { format: ['text', 'json'] },
  async run(args) {
    const file = oneFile(args);
    const source = readSource(file);
    const { problems, notice } = checkSource(source);
    // HTML in text is the one mistake a valid payload can hide that an author expects validate to catch.
    const warnings = notice ? htmlInText(notice).map(({ path, message }) => ({ path, ...source.at(path), message })) : [];
    if (args.options.format === 'json') console.log(JSON.stringify({ file, valid: !problems.length, problems, warnings }, null, 2));
    else {
      for (const p of problems) console.log(formatProblem(file, p));
      for (const w of warnings) console.log(`${file}:${w.line}:${w.column}: ${w.path}: warning: ${w.message} (docs/lint/html-in-text.md)`);
      const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
      if (problems.length) console.log(`${n(problems.length, 'problem')} in ${file}`);
      else console.log(`${file}: valid${warnings.length ? `, with ${n(warnings.length, 'warning')}` : ''}`);
    }
    return problems.length ? EXIT.problems : EXIT.ok;
  },
};
