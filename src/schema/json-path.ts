/** The validator's JSON paths (`sections[3].body[2]["cy-GB"]`) read back into their steps. */

/** `sections[3].body[2]["cy-GB"]` -> `['sections', 3, 'body', 2, 'cy-GB']`, the inverse of the validator's paths. */
export const pathSegments = (path: string): (string | number)[] =>
  path === '(the payload)' ? [] : [...path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(([, name, index, quoted]) => name ?? (index !== undefined ? Number(index) : JSON.parse(quoted)));
