/**
 * Files written while the next notice renders: each write goes to Node's thread pool
 * instead of blocking the render, and at most `limit` are in flight so a large build
 * never holds more than a few pages in memory waiting for the disk.
 */
import { writeFile } from 'node:fs/promises';

export interface Writes {
  /** Starts writing `data` to `path`, first waiting for a free slot; `failed` hears of an error. */
  write(path: string, data: string, failed: (e: Error) => void): Promise<void>;
  /** Resolves once every write started has finished (or failed). */
  done(): Promise<void>;
}

/** A write queue with at most `limit` files in flight. */
export function boundedWrites(limit = 8): Writes {
  const pending = new Set<Promise<void>>();
  return {
    async write(path, data, failed) {
      while (pending.size >= limit) await Promise.race(pending);
      const p: Promise<void> = writeFile(path, data).then(
        () => void pending.delete(p),
        (e: Error) => {
          pending.delete(p);
          failed(e);
        },
      );
      pending.add(p);
    },
    async done() {
      await Promise.all(pending);
    },
  };
}
