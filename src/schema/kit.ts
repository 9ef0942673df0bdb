/**
 * A very small schema kit: each schema is a plain JSON Schema object, typed with the
 * TypeScript value it accepts, and `check` walks it to validate a payload.
 *
 * Why not a validation library: valibot, the smallest that also emits JSON Schema,
 * added 4.9 KB gzip to the classic-script bundle (34.1 KB against a 30 KB budget,
 * measured with `npm run size` on 2026-11-23); this kit and its checker add about
 * 1.5 KB. Because the schemas are JSON Schema already, `dist/notice.schema.json` is
 * this same object plus field help, so the three can never drift apart.
 */
import { join } from './json-path.js';

declare const type: unique symbol;
const OPTIONAL = Symbol('optional');

/** A JSON Schema node accepting values of type `T`. `title` doubles as the "expected ..." phrase in messages. */
export interface Schema<T = unknown> {
  readonly [type]?: T;
  [OPTIONAL]?: true;
  title?: string;
  type?: 'string' | 'boolean' | 'array' | 'object';
  const?: unknown;
  enum?: readonly string[];
  pattern?: string;
  format?: 'email' | 'date';
  minLength?: number;
  minItems?: number;
  minProperties?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: false | Schema;
  propertyNames?: Schema;
  anyOf?: Schema[];
  $ref?: string;
}

type Optional<T> = Schema<T> & { [OPTIONAL]: true };
export type Infer<S> = S extends Schema<infer T> ? T : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ObjectOf<P extends Record<string, Schema>> = Simplify<
  { [K in keyof P as P[K] extends Optional<unknown> ? never : K]: Infer<P[K]> } & {
    [K in keyof P as P[K] extends Optional<unknown> ? K : never]?: Infer<P[K]>;
  }
>;

export const str = (title: string, pattern?: RegExp, extra?: Pick<Schema, 'format'>): Schema<string> => ({
  title,
  type: 'string',
  minLength: 1,
  pattern: pattern?.source,
  ...extra,
});
export const bool = (title = 'true or false'): Schema<boolean> => ({ title, type: 'boolean' });
export const literal = <const V extends string | number>(value: V, title: string): Schema<V> => ({ title, const: value });
export const oneOf = <const V extends readonly string[]>(values: V, title: string): Schema<V[number]> => ({
  title,
  type: 'string',
  enum: values,
});
export const list = <T>(items: Schema<T>, title: string, minItems?: number): Schema<T[]> => ({ title, type: 'array', items, minItems });
export const any = <S extends Schema[]>(title: string, ...alts: S): Schema<Infer<S[number]>> => ({ title, anyOf: alts });
export const optional = <T>(s: Schema<T>): Optional<T> => ({ ...s, [OPTIONAL]: true }) as Optional<T>;
export const ref = <T>(name: string): Schema<T> => ({ $ref: `${DEFS}${name}` });
/** Where every `$ref` points: into the root schema's `$defs`. */
const DEFS = '#/$defs/';
/** `s` itself, or the definition in `defs` its `$ref` points to. */
export const deref = (defs: Record<string, Schema>, s: Schema): Schema => (s.$ref ? defs[s.$ref.slice(DEFS.length)] : s);
export const record = <T>(keys: Schema<string>, values: Schema<T>, title: string): Schema<Record<string, T>> => ({
  title,
  type: 'object',
  propertyNames: keys,
  additionalProperties: values,
  minProperties: 1,
});

/** A closed object: fields not listed are errors, since a misspelt field name would otherwise vanish. */
export const object = <P extends Record<string, Schema>>(properties: P, title: string): Schema<ObjectOf<P>> => ({
  title,
  type: 'object',
  properties,
  required: Object.keys(properties).filter((k) => !properties[k][OPTIONAL]),
  additionalProperties: false,
});

/** One problem in a payload. `path` is written as in JavaScript: `sections[3].body[2]`. */
export interface NoticeProblem {
  path: string;
  message: string;
}

/** Names what was found, for "expected X, got Y". */
export const describe = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'a list'
      : typeof v === 'object'
        ? 'an object'
        : typeof v === 'string'
          ? v
            ? JSON.stringify(v.length > 40 ? v.slice(0, 37) + '...' : v)
            : 'an empty string'
          : typeof v === 'symbol'
            ? 'a symbol'
            : `${typeof v} ${v}`;

const jsonType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/**
 * A real calendar date. Engines differ on impossible ones ("2026-02-30"): V8 rolls it over
 * to March, WebKit and Firefox make an invalid Date, whose toISOString() throws; so check first.
 */
const isDate = (v: string): boolean =>
  /^\d{4}-\d\d-\d\d$/.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v);
/** A plain address: nothing a `mailto:` link would read as more (`?bcc=`, `&cc=`, `#`), no path or markup characters. */
const EMAIL = /^[^\s@?#&%<>"\\/:]+@[^\s@?#&%<>"\\/:]+\.[^\s@?#&%<>"\\/:]+$/;
const FORMATS = { email: (v: string) => EMAIL.test(v), date: isDate };
/**
 * Own enumerable keys only, as JSON has them: a field named "constructor" or "__proto__" must
 * not find Object.prototype's members, and an inherited field is not in the payload.
 */
export const own = (o: unknown, k: string): boolean => !!o && Object.prototype.propertyIsEnumerable.call(o, k);
/**
 * Deeper than this is refused rather than walked (a real notice is about 12 levels deep),
 * so a hostile or runaway payload, or a cycle set through the property, cannot overflow the stack.
 */
export const MAX_DEPTH = 64;
/** Problems listed at most (the command line says when there were more): the first ones are what an author fixes first, and listing a million takes long. */
export const MAX_PROBLEMS = 500;

export interface CheckOptions {
  /**
   * A further check of each string the schema accepts: a problem message, or undefined.
   * The command line uses it to refuse what the element copes with but an author should
   * fix (language tags that Intl refuses), without shipping that code to browsers.
   */
  strings?: (schema: Schema, value: string) => string | undefined;
  /**
   * What earlier checks of parts of the same payload found, used and added to: each object
   * found sound there is passed over. The element checks a large payload's sections a few
   * per task this way (validateInTasks).
   */
  checked?: Checked;
}

/** Per schema, the objects checked against it: the path where one had problems, undefined when it had none. */
export type Checked = Map<Schema, Map<object, string | undefined>>;

/** Patterns compiled once: a payload checks the same few patterns thousands of times. */
const compiled = new Map<string, RegExp>();
const matches = (pattern: string, v: string): boolean => {
  let re = compiled.get(pattern);
  if (!re) compiled.set(pattern, (re = new RegExp(pattern)));
  return re.test(v);
};

/** Validates values against schemas whose `$ref`s point into `defs`. */
export function checker(defs: Record<string, Schema>) {
  const resolve = (s: Schema): Schema => deref(defs, s);

  /** Whether an alternative of an `anyOf` is the one the author meant: same JSON type, same discriminator. */
  const fits = (s: Schema, v: unknown): boolean => {
    s = resolve(s);
    if (s.anyOf) return s.anyOf.some((a) => fits(a, v));
    if (s.const !== undefined) return typeof v === typeof s.const;
    if (s.type !== jsonType(v)) return false;
    if (s.propertyNames) return Object.keys(v as object).every((k) => matches(s.propertyNames!.pattern!, k));
    const tag = s.properties?.type?.const;
    return tag === undefined || (v as { type?: unknown }).type === tag;
  };

  /** The objects and lists being checked, from the payload down to the current value. */
  const inside = new Set<unknown>();
  /**
   * Objects already checked against a schema, where and with how many problems: the
   * property can hand us one object shared many times over (JSON cannot), which would
   * otherwise be walked once per path, 2^n times for n levels of sharing.
   */
  let seen: Checked = new Map();
  let options: CheckOptions = {};
  const check = (s: Schema, v: unknown, at: string, out: NoticeProblem[], depth = 0): void => {
    s = resolve(s);
    const fail = (message = `expected ${s.title}, got ${describe(v)}`, path = at): void =>
      void (out.length < MAX_PROBLEMS && out.push({ path: path || '(the payload)', message }));
    if (out.length >= MAX_PROBLEMS) return;
    if (depth > MAX_DEPTH) return fail(`nested more than ${MAX_DEPTH} levels deep: flatten it`);
    if (s.anyOf) {
      const fitting = s.anyOf.filter((a) => fits(a, v));
      // Several alternatives may fit (text or a list of runs, say): report the one with the fewest problems.
      let best: NoticeProblem[] | undefined;
      for (const alt of fitting.length ? fitting : s.anyOf) {
        const found: NoticeProblem[] = [];
        check(alt, v, at, found, depth);
        if (!found.length) return;
        if (!best || found.length < best.length) best = found;
      }
      return fitting.length ? void out.push(...best!) : fail();
    }
    if (s.const !== undefined) return v === s.const ? undefined : fail();
    if (s.type && jsonType(v) !== s.type) return fail();
    if (s.enum && !s.enum.includes(v as string)) return fail(`expected ${s.title} (one of ${s.enum.join(', ')}), got ${describe(v)}`);
    if (typeof v === 'string') {
      if (s.minLength && !v.trim()) return fail();
      if ((s.pattern && !matches(s.pattern, v)) || (s.format && !FORMATS[s.format](v))) return fail();
      const message = options.strings?.(s, v);
      if (message) return fail(message);
    }
    // Only the property can hand us a cycle (JSON cannot express one): report it instead of walking it.
    const before = out.length;
    if (v && typeof v === 'object') {
      if (inside.has(v)) return fail('contains itself (a cycle): give plain JSON data');
      // The path where it was first found with problems, or undefined when it had none.
      // Keyed by schema first: a payload has a few dozen schemas but thousands of
      // objects, and a Map per object made much of the check's garbage.
      let map = seen.get(s);
      if (!map) seen.set(s, (map = new Map()));
      if (map.has(v)) return void (map.get(v) !== undefined && fail(`same object as ${map.get(v) || '(the payload)'}`));
      inside.add(v);
    }
    if (Array.isArray(v)) {
      if (s.minItems && v.length < s.minItems) fail(`expected ${s.title} with at least ${s.minItems}, got an empty list`);
      v.forEach((item, i) => check(s.items!, item, join(at, i), out, depth + 1));
    }
    // `s.type` matched jsonType(v) above, so v is a plain object here.
    if (s.type === 'object' && v && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj);
      if (s.minProperties && keys.length < s.minProperties) fail();
      for (const k of s.required ?? []) if (!own(obj, k)) fail(`missing (expected ${resolve(s.properties![k]).title})`, join(at, k));
      for (const k of keys) {
        const path = join(at, k);
        const field = (own(s.properties, k) ? s.properties![k] : undefined) ?? s.additionalProperties;
        const keyProblems = out.length;
        if (s.propertyNames) check(s.propertyNames, k, path, out, depth + 1);
        if (out.length > keyProblems) continue;
        if (field) check(field, obj[k], path, out, depth + 1);
        else fail(`unknown field "${k}": remove it or check its spelling`, path);
      }
    }
    if (v && typeof v === 'object') {
      inside.delete(v);
      seen.get(s)!.set(v, out.length > before ? at : undefined);
    }
  };
  /** `depth`: how deep `v` lies in the payload, when it is not the payload itself. */
  return (s: Schema, v: unknown, given: CheckOptions = {}, depth = 0): NoticeProblem[] => {
    const out: NoticeProblem[] = [];
    inside.clear();
    options = given;
    seen = given.checked ?? new Map();
    check(s, v, '', out, depth);
    return out;
  };
}
