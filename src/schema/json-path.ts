/**
 * JSON paths as every part of the project writes them: in JavaScript's own notation,
 * `sections[3].body[2]`, `title["cy-GB"]`. The validator, the linter and the CLI's
 * file positions all read and write them through this module.
 */

/** `at` + `key` as the validator writes paths: `a.b`, `a[2]`, `a["cy-GB"]`. */
export const join = (at: string, key: string | number): string =>
  typeof key === 'number'
    ? `${at}[${key}]`
    : /^[A-Za-z_$][\w$]*$/.test(key)
      ? at
        ? `${at}.${key}`
        : key
      : `${at}[${JSON.stringify(key)}]`;

/** `sections[3].body[2]["cy-GB"]` -> `['sections', 3, 'body', 2, 'cy-GB']`, the inverse of the validator's paths. */
export const pathSegments = (path: string): (string | number)[] =>
  path === '(the payload)'
    ? []
    : [...path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(
        ([, name, index, quoted]) => name ?? (index !== undefined ? Number(index) : JSON.parse(quoted)),
      );
