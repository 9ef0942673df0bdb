/**
 * The element's events: namespaced, lowercase-kebab, bubbling and composed so a
 * page can listen on `document`. They carry plain data, fit for a site's own
 * analytics: the component itself tracks nothing.
 */
import type { Notice } from './schema/types.js';
import type { NoticeErrorKind } from './load/notice-error.js';
import type { NoticeProblem } from './schema/validate.js';

export interface ReadyDetail {
  /** The validated notice now shown. */
  notice: Notice;
  /** The language it is shown in. */
  lang: string;
}
export interface ToggleDetail {
  /** The section's id from the payload. */
  section: string;
  open: boolean;
}
export interface ActionDetail {
  /** The right's code (`A15`...), the codes separated by spaces when rights share the channel (`A15 A16`), or `complaint` for a complaint to the controller. */
  right: string;
  channel: 'email' | 'form' | 'phone';
  href: string;
}
export interface ErrorDetail {
  kind: NoticeErrorKind;
  message: string;
  where: string;
  fix: string;
  problems: NoticeProblem[];
}

export const emit = <T>(target: EventTarget, type: keyof LayeredNoticeEventMap, detail: T): boolean =>
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));

export interface LayeredNoticeEventMap {
  'ln-ready': CustomEvent<ReadyDetail>;
  'ln-toggle': CustomEvent<ToggleDetail>;
  'ln-action': CustomEvent<ActionDetail>;
  'ln-error': CustomEvent<ErrorDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends LayeredNoticeEventMap {}
}
