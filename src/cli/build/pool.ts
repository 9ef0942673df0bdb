/**
 * Rendering spread over worker threads, one per core: rendering is pure computation,
 * so on a 2-core machine two threads build a large site in about half the time. Each
 * worker runs this same script (dist/cli.js), which serves renders instead of running
 * a command when it finds itself in a render worker (src/cli/main.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Notice } from '../../schema/types.js';
import { renderOne, type Rendered } from './render-one.js';

const ROLE = 'layered-notice-render';

/** Below this many notices, starting workers (each loads the whole script) costs more than it saves. */
const MIN_NOTICES_FOR_WORKERS = 50;

/** Whether this thread is a render worker started by `renderers`. */
export const isRenderWorker = (): boolean => !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;

/** In a render worker: renders each notice the main thread sends, and sends back the result or the error. */
export function serveRenders(): void {
  parentPort!.on('message', ({ job, notice, href }: { job: number; notice: Notice; href: string }) => {
    renderOne(notice, href).then(
      (rendered) => parentPort!.postMessage({ job, rendered }),
      (e: Error) => parentPort!.postMessage({ job, error: e.message }),
    );
  });
}

export interface Renderers {
  /** How many notices may be sent at once without leaving a worker idle or piling up pages in memory. */
  readonly capacity: number;
  render(notice: Notice, href: string): Promise<Rendered>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** Renders for a build of `notices` notices: in worker threads when there are enough to repay starting them, else here. */
export function renderers(notices: number): Renderers {
  const size = notices >= MIN_NOTICES_FOR_WORKERS ? availableParallelism() : 1;
  if (size < 2) return { capacity: 1, render: renderOne, close: async () => {} };

  type Pending = { resolve(r: Rendered): void; reject(e: Error): void };
  let jobs = 0;
  const workers = Array.from({ length: size }, () => {
    const pending = new Map<number, Pending>();
    const worker = new Worker(new URL(import.meta.url), { workerData: { role: ROLE } });
    worker.on('message', ({ job, rendered, error }: { job: number; rendered?: Rendered; error?: string }) => {
      const p = pending.get(job)!;
      pending.delete(job);
      if (rendered) p.resolve(rendered);
      else p.reject(new Error(error));
    });
    // A worker that dies fails the notices it holds; the others carry on.
    const fail = (e: Error) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
      alive.delete(entry);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a render worker stopped (exit code ${code})`)));
    const entry = { worker, pending };
    return entry;
  });
  const alive = new Set(workers);
  return {
    capacity: 4 * size,
    render(notice, href) {
      // The least busy worker; with none left, here.
      const w = [...alive].sort((a, b) => a.pending.size - b.pending.size)[0];
      if (!w) return renderOne(notice, href);
      const job = ++jobs;
      return new Promise<Rendered>((resolve, reject) => {
        w.pending.set(job, { resolve, reject });
        w.worker.postMessage({ job, notice, href });
      });
    },
    async close() {
      alive.clear();
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
