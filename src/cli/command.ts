/** The shape every command module exports, so `main.ts` can list, explain and run them. */
import type { Args } from './args.js';

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, problems: 1, usage: 2, crash: 3 } as const;

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** The full `--help` text, usage line first. */
  help: string;
  /** Options the command accepts, with their allowed values (empty: any value). */
  options: Record<string, readonly string[]>;
  /** Runs the command; resolves to its exit code. */
  run(args: Args): Promise<number>;
}
