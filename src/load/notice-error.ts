/**
 * A failure to show a notice, described for the person who can fix it: what went
 * wrong, where (the file or the element), and how to fix it.
 */
import type { NoticeProblem } from '../schema/validate.js';

/** `locale` alone leaves the notice on screen, with English interface strings; every other kind shows the fallback. */
export type NoticeErrorKind = 'no-source' | 'network' | 'http' | 'not-json' | 'syntax' | 'too-large' | 'version' | 'schema' | 'locale';

export class NoticeError extends Error {
  constructor(
    /** The class of failure, stable for scripts that handle `ln-error`. */
    readonly kind: NoticeErrorKind,
    message: string,
    /** Where: the payload URL, or "inline JSON", or "notice property". */
    readonly where: string,
    /** What the author should do about it. */
    readonly fix: string,
    /** For schema errors: every problem with its JSON path. */
    readonly problems: NoticeProblem[] = [],
  ) {
    super(message);
    this.name = 'NoticeError';
  }

  /** The text printed to the console: what, where, how to fix. */
  report(): string {
    const list = this.problems.map((p) => `\n  ${p.path}: ${p.message}`).join('');
    return `<layered-notice>: ${this.message}${list}\n  where: ${this.where}\n  fix: ${this.fix}\nThe fallback content is shown instead.`;
  }
}
