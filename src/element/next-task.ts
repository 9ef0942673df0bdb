/**
 * Waits for the browser to handle input and paint: `scheduler.yield()` where it exists
 * (its continuation runs ahead of other tasks, https://wicg.github.io/scheduling-apis/),
 * a new task elsewhere.
 */
export const nextTask = (): Promise<unknown> =>
  (globalThis as { scheduler?: { yield?: () => Promise<unknown> } }).scheduler?.yield?.() ?? new Promise((done) => setTimeout(done));
