/**
 * One asynchronous job of the element (loading the payload, loading interface
 * strings) as a Lit reactive controller (https://lit.dev/docs/composition/controllers/).
 * Hand-written rather than `@lit/task`, which would cost the classic script about
 * 1 KB of its size budget for features the element does not use.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Produces the value; `signal` aborts when a newer run replaces this one or the host is removed. */
export type Job<T> = (signal: AbortSignal) => T | Promise<T>;

export type JobStatus = 'idle' | 'running' | 'done' | 'failed';

/**
 * Runs jobs one at a time for its host: each run gets its own AbortSignal, starting
 * a run aborts the one before and drops its result, a run cut short by removing the
 * host starts again when the host is connected again, and `settled` is called with
 * the outcome of the latest run only.
 */
export class JobController<T> implements ReactiveController {
  status: JobStatus = 'idle';
  /** The result of the latest run that succeeded. */
  value?: T;
  /** Why the latest run failed, when it did. */
  error?: unknown;

  private runs = 0;
  private abort?: AbortController;
  /** The run under way, to start again if the host is removed and put back (removing aborts it). */
  private pending?: Job<T>;

  constructor(
    host: ReactiveControllerHost,
    private readonly settled: (job: JobController<T>) => void,
  ) {
    host.addController(this);
  }

  /** Starts `job`, replacing any run under way. */
  async run(job: Job<T>): Promise<void> {
    const id = ++this.runs;
    this.pending = job;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.status = 'running';
    try {
      const value = await job(abort.signal);
      if (id !== this.runs) return;
      this.value = value;
      this.error = undefined;
      this.status = 'done';
    } catch (error) {
      // An aborted run is either replaced or waits for the host to come back.
      if (id !== this.runs || abort.signal.aborted) return;
      this.error = error;
      this.status = 'failed';
    }
    this.pending = undefined;
    this.settled(this);
  }

  hostConnected(): void {
    if (this.pending) void this.run(this.pending);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }
}
