/**
 * A tiny argument parser: the four commands take one file and a few `--name value`
 * options, which is too little to justify a dependency. Anything unexpected is a
 * usage error (exit code 2), so a typo never runs a command with a default instead.
 */

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export interface Args {
  /** Positional arguments, in order. */
  files: string[];
  /** `--name value` options; `--help` is `help: 'true'`. */
  options: Record<string, string>;
}

/**
 * Parses `argv` for a command that accepts `known` options, each with the values it
 * may take (an empty list means any value).
 */
export function parseArgs(argv: string[], known: Record<string, readonly string[]>): Args {
  const args: Args = { files: [], options: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      args.options.help = 'true';
      continue;
    }
    if (arg === '--') {
      args.files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      args.files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!(name in known)) throw new UsageError(`unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
    const allowed = known[name];
    if (allowed.length && !allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${value}"`);
    args.options[name] = value;
  }
  return args;
}

/** The one file a command works on. */
export function oneFile(args: Args): string {
  if (args.files.length !== 1) throw new UsageError(args.files.length ? `expected one file, got ${args.files.length}` : 'no file given');
  return args.files[0];
}
