/**
 * The Content Security Policy sources that allow a rendered page's inline `<style>`
 * elements, and nothing else: a strict policy (`style-src 'self'`) blocks inline styles
 * unless their hash is listed (https://www.w3.org/TR/CSP3/#grammardef-hash-source).
 */
import { createHash } from 'node:crypto';

/** `'sha256-…'` for each `<style>` element in `html`, in order, without repeats. */
export const styleHashes = (html: string): string[] => [
  ...new Set(
    [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
      ([, css]) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`,
    ),
  ),
];
