/** The element's own failures, described for the page author: what, where and how to fix. */
import { NoticeError } from '../load/notice-error.js';

/** No `src`, inline JSON or `notice` property. */
export const noSource = (): NoticeError =>
  new NoticeError(
    'no-source',
    'no payload was given',
    '<layered-notice>',
    'add a src="notice.json" attribute, a <script type="application/json"> child, or set the notice property',
  );

/** The `purpose` attribute names no purpose of the payload. */
export const unknownPurpose = (purpose: string): NoticeError =>
  new NoticeError(
    'schema',
    `no purpose has the id "${purpose}"`,
    '<layered-notice purpose>',
    "set purpose to the id of one of the payload's purposes",
  );

/** A failed load as a NoticeError: anything else thrown on the way is wrapped, so it is still reported. */
export const asNoticeError = (error: unknown): NoticeError =>
  error instanceof NoticeError
    ? error
    : new NoticeError(
        'schema',
        `the notice could not be rendered (${(error as Error).message})`,
        '<layered-notice>',
        'report this with the payload that caused it',
      );
