/**
 * `layered-notice`: command-line tools for notice payloads. Built to dist/cli.js
 * (the package's `bin`) with everything it needs bundled in.
 */
import { parseArgs, UsageError } from './args.js';
import { buildCommand } from './build.js';
import { isRenderWorker, serveRenders } from './build/pool.js';
import { EXIT, type Command } from './command.js';
import { diffCommand } from './diff.js';
import { importCommand } from './import.js';
import { lint } from './lint.js';
import { renderCommand } from './render.js';
import { validate } from './validate.js';

const COMMANDS: Command[] = [validate, lint, renderCommand, importCommand, buildCommand, diffCommand];

const HELP = `Usage: layered-notice <command> <file> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(10)}${c.summary}`).join('\n')}

Run "layered-notice <command> --help" for a command's options.
Exit codes: 0 fine, 1 problems found, 2 usage error (3 an internal error: a bug).`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') return (console.log(HELP), EXIT.ok);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`layered-notice: ${name ? `unknown command "${name}"` : 'no command given'}\n\n${HELP}`);
    return EXIT.usage;
  }
  try {
    const args = parseArgs(rest, command.options);
    if (args.options.help) return (console.log(command.help), EXIT.ok);
    return await command.run(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(
      `layered-notice ${command.name}: ${e.message}\n\n${command.help.split('\n')[0]}\nRun "layered-notice ${command.name} --help" for more.`,
    );
    return EXIT.usage;
  }
}

// Not a top-level await: the bundle inlines the locale files after this module's body, and
// they must be defined before anything awaits them. A crash gets its own exit code, 3, so a
// script never takes a bug for "problems found". A render worker of `build` runs this script too, to render.
if (isRenderWorker()) serveRenders();
else
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e: Error) => {
      console.error(`layered-notice: internal error, please report it with the file that caused it:\n${e.stack ?? e}`);
      process.exitCode = EXIT.crash;
    },
  );
