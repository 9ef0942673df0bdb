/**
 * What Orca spoke, read from the file its `speech` logger writes: one
 * `SPEECH OUTPUT: '...'` line per utterance, in order. Timing is measured on this
 * side: a key press is over when speech has been quiet for a while (`settle`), which
 * adapts to a slow machine where a fixed sleep would not.
 */
import { readFileSync } from 'node:fs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * The utterances in the log's text. A line is `SPEECH OUTPUT: 'text'`, with
 * ` voice=NAME` after it when Orca used another voice (for capitals, links); a text
 * with a line break spans lines.
 */
export function parseLog(text) {
  return [...text.matchAll(/^SPEECH OUTPUT: '([\s\S]*?)'(?: voice=[\w-]+)?$/gm)]
    .map((m) => m[1].replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

export class SpeechLog {
  constructor(file) {
    this.file = file;
  }

  /** Every utterance so far (empty ones dropped). */
  all() {
    let text;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return [];
    }
    return parseLog(text);
  }

  /** A position to read new speech from. */
  mark() {
    return this.all().length;
  }

  /** Utterances since `mark`. */
  since(mark) {
    return this.all().slice(mark);
  }

  /**
   * Waits for speech after `mark` to settle: until `quietMs` pass with nothing new,
   * after at least `firstMs` for the first utterance (a slow machine may take a second
   * to react to a key), never longer than `capMs`. With `match`, waits (up to `capMs`)
   * for an utterance matching it before settling. Returns the utterances since `mark`.
   */
  async settle(mark, { match, firstMs = 2500, quietMs = 800, capMs = 15_000 } = {}) {
    const start = Date.now();
    let count = this.since(mark).length;
    let changed = Date.now();
    for (;;) {
      await sleep(100);
      const now = Date.now();
      const got = this.since(mark);
      if (got.length !== count) {
        count = got.length;
        changed = now;
      }
      if (now - start > capMs) return got;
      const matched = !match || got.some((u) => match.test(u));
      if (!matched) continue;
      if (count === 0 && now - start < firstMs) continue;
      if (now - changed >= quietMs) return got;
    }
  }
}
