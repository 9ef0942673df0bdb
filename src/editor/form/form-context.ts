/**
 * What every part of the guided form needs: the schema, the payload as last parsed,
 * its languages, the validator's problems by path, and the one way to change the payload.
 */
import { join } from '../../schema/json-path.js';
import type { JsonSchema, Segment } from '../schema-lookup.js';

export interface FormContext {
  root: JsonSchema;
  /** The whole payload, as the JSON view holds it. */
  value: unknown;
  /** The languages text is written in; the first is the payload's default. */
  langs: string[];
  /** Problems from the validator, keyed by path as it writes them (`purposes[0].lawfulBasis`). */
  problems: Map<string, string[]>;
  /** Sets the value at `path` (undefined removes it); `insert` adds it to a list at that index. */
  edit(path: Segment[], value: unknown, insert?: boolean): void;
}

/** A path as the validator writes it: `purposes[0].lawfulBasis`. */
export const pathKey = (path: Segment[]): string => path.reduce<string>((at, seg) => join(at, seg), '');

/** An element id for the control at a path: `f-purposes-0-lawfulBasis`. */
export const idFor = (path: Segment[], lang?: string): string =>
  ['f', ...path, ...(lang ? [lang] : [])].join('-').replace(/[^A-Za-z0-9_-]/g, '_');

/** The value at a path of the payload, or undefined. */
export function valueAt(value: unknown, path: Segment[]): unknown {
  let v = value;
  for (const seg of path) {
    if (!v || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/** Equal as JSON: an edit that would write back what is there already is not made. */
export const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
