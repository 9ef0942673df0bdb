/**
 * Results of `npm test`: counts read from each runner's report, a summary of the
 * steps, and the closing line "test: N passed, N failed, N skipped", which CI
 * tooling reads: keep its format.
 */
import { existsSync, readFileSync } from 'node:fs';

export const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

/** Counts from the "# pass N" / "# fail N" / "# skipped N" lines of a TAP report (node --test). */
export function tapCounts(file) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const num = (key) => Number(text.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: num('pass'), failed: num('fail') + num('cancelled'), skipped: num('skipped') + num('todo') };
}

/** Per-browser counts written by web-test-runner.config.mjs's summary reporter; {} if it never wrote them. */
export function browserCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/** The running totals and step summaries of one test run. */
export function createReport() {
  const started = Date.now();
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const parts = [];
  return {
    /** Adds a step's test counts; a step that failed without a failed test counts as one failure. */
    add(counts, code) {
      for (const k of Object.keys(totals)) totals[k] += counts?.[k] ?? 0;
      if (code !== 0 && !(counts?.failed > 0)) totals.failed += 1;
    },
    note(part) {
      parts.push(part);
    },
    /** Prints the summary and the closing line; returns `code`. */
    finish(code) {
      const took = seconds(Date.now() - started);
      console.log(`[test] ${code === 0 ? 'OK' : `FAILED (exit ${code})`}: ${parts.join('; ') || 'nothing ran'} in ${took}`);
      // Plain closing line, read by CI tooling: keep the exact format.
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      console.log(`test: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
      return code;
    },
  };
}
