/** `layered-notice validate <file>`: every schema problem, with its JSON path and line:column. */
import { oneFile } from './args.js';
import { checkSource, formatProblem } from './check.js';
import { EXIT, type Command } from './command.js';
import { readSource } from './source.js';

export const validate: Command = {
  name: 'validate',
  summary: 'check a payload against the schema, with line:column for each problem',
  help: `Usage: layered-notice validate <file> [--format json]

Checks a notice payload against the schema (dist/notice.schema.json) and prints every
problem with its JSON path and its line:column in the file. Unknown fields get a
"did you mean" hint.

Options:
  --format text|json   text (default): one "file:line:column: path: message" per line;
                       json: {"file", "valid", "problems": [{path, line, column, message, suggestion?}]}
  --help               show this help

Exit codes: 0 valid, 1 problems found, 2 usage error (bad option, unreadable file).`,
  options: { format: ['text', 'json'] },
  async run(args) {
    const file = oneFile(args);
    const { problems } = checkSource(readSource(file));
    if (args.options.format === 'json') console.log(JSON.stringify({ file, valid: !problems.length, problems }, null, 2));
    else if (!problems.length) console.log(`${file}: valid`);
    else {
      for (const p of problems) console.log(formatProblem(file, p));
      console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${file}`);
    }
    return problems.length ? EXIT.problems : EXIT.ok;
  },
};
