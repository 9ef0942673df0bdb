/**
 * The payload files a command is given: each file named, and every .json file under
 * each folder named, sorted. Node 20's recursive readdir walks the folders, so no
 * globbing library is needed; a shell expands `notices/*.json` before the command runs.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from './args.js';

/** The files under `paths`, leaving out hidden folders, node_modules and anything inside `skip` (a site being written). */
export function payloadFiles(paths: string[], skip?: string): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let dir: boolean;
    try {
      dir = statSync(p).isDirectory();
    } catch {
      throw new UsageError(`cannot read ${p}: no such file or folder`);
    }
    if (!dir) files.push(p);
    else
      for (const f of (readdirSync(p, { recursive: true }) as string[]).sort()) {
        const full = join(p, f);
        if (!f.endsWith('.json') || /(^|[/\\])(\.|node_modules)/.test(f) || (skip && resolve(full).startsWith(resolve(skip) + '/')))
          continue;
        files.push(full);
      }
  }
  return files;
}
