/** Globals the browser tests read that the DOM types leave out. */
import type * as axe from 'axe-core';

declare global {
  interface Window {
    /** axe-core, once its script has run in the page. */
    axe?: typeof axe;
    /** Find-in-page, non-standard but in every engine the tests run in. */
    find(text: string, caseSensitive?: boolean, backwards?: boolean, wrapAround?: boolean): boolean;
    /** Set by a hostile string if it ever ran as script (test/security.test.ts, test/errors.test.ts). */
    __xss?: unknown;
    __lnXss?: unknown;
    __lnXssData?: unknown;
    /** Recorded by test/csp/listen.js in the framed CSP test pages. */
    __violations: { directive: string; blocked: string; sample: string; source: string; line: number }[];
    __errors: string[];
    __trustedTypesEnforced?: boolean;
  }
}
