/**
 * What a journey gets: one browser with Orca listening, and a few verbs a keyboard
 * user has (open a page, press a key, press a key until something is heard), each
 * returning what Orca spoke. Every step goes into the journey's transcript, which the
 * report and the published support table show.
 */
import { x } from './browser.mjs';
import { treeLanguages } from './atspi.mjs';

/** Orca's summary when a page has loaded (Orca 43: "Page has 4 landmarks, 12 headings, 8 unvisited links."). */
const LOADED = /^page has \d+/i;

/** A transcript as text: one line per step, "key → what was spoken". */
export const transcriptText = (steps) => steps.map((s) => `${s.key} → ${s.spoken.join(' | ') || '(nothing)'}`).join('\n');

export class Session {
  /**
   * @param {{browser: string, env: NodeJS.ProcessEnv, speech: import('./speech.mjs').SpeechLog, base: string, goto: (url: string) => Promise<void>}} o
   */
  constructor({ browser, env, speech, base, goto }) {
    Object.assign(this, { browser, env, speech, base, goto });
    this.loads = 0;
    /** @type {{key: string, spoken: string[]}[]} */
    this.steps = [];
  }

  /** Starts a new transcript (one per journey). */
  begin() {
    this.steps = [];
  }

  /** The transcript as text: one line per step, "key → what was spoken". */
  transcript(steps = this.steps) {
    return transcriptText(steps);
  }

  /**
   * Loads a page of the local server and resolves once Orca has announced it and gone
   * quiet. Each load gets a fresh address (`?sr=N`), so that an address with a
   * fragment is a real page load and not a jump within the page already shown.
   * What Orca says on loading depends on timing, so the transcript only notes the
   * load. Returns everything spoken.
   */
  async open(pagePath) {
    const url = new URL(pagePath, this.base);
    url.searchParams.set('sr', String(++this.loads));
    const mark = this.speech.mark();
    await this.goto(url.href);
    // Quiet for 2 s: the page's first link and a second "Finished loading" can come late.
    const spoken = await this.speech.settle(mark, { match: LOADED, capMs: 45_000, quietMs: 2000 });
    if (!spoken.some((u) => LOADED.test(u))) {
      throw new Error(`${url.href}: Orca did not announce the page as loaded; it said: ${spoken.join(' | ') || '(nothing)'}`);
    }
    // Not even Orca's counts go in the transcript: "Page has 1 heading" or "15 headings"
    // depends on whether the notice had rendered when Orca counted.
    this.steps.push({ key: `open ${pagePath}`, spoken: ['(page loaded)'] });
    return spoken;
  }

  async key(key) {
    await x(this.env, ['key', '--clearmodifiers', key]);
  }

  /**
   * Presses `key` and returns what Orca said. With `expect`, waits (up to 15 s) for
   * an utterance matching it; otherwise until speech settles.
   */
  async press(key, { expect, label } = {}) {
    const mark = this.speech.mark();
    await this.key(key);
    const spoken = await this.speech.settle(mark, { match: expect });
    this.steps.push({ key: label ?? key, spoken });
    return spoken;
  }

  /**
   * Presses `key` until Orca says something matching `target` (at most `max` times),
   * as a user pressing H to jump heading by heading. Returns everything spoken on the
   * way; throws if the target never came.
   */
  async pressUntil(key, target, max = 15) {
    const all = [];
    for (let i = 0; i < max; i++) {
      const spoken = await this.press(key);
      all.push(...spoken);
      if (spoken.some((u) => target.test(u))) return all;
    }
    throw new Error(`pressed ${key} ${max} times and never heard ${target}; heard: ${all.join(' | ')}`);
  }

  /** The languages the accessibility tree gives text whose accessible name or text matches `pattern`. */
  async languages(pattern) {
    return treeLanguages(this.env, this.browser, pattern);
  }
}
