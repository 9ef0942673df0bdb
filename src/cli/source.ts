/**
 * Reads a JSON payload file and keeps its syntax tree (from jsonc-parser), so a
 * problem found at a JSON path in the parsed value can be shown at its line and
 * column in the file, where an editor can jump to it.
 */
import { readFileSync } from 'node:fs';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { pathSegments } from '../schema/json-path.js';
import { UsageError } from './args.js';
import { MAX_DEPTH, MAX_PROBLEMS } from '../schema/kit.js';

export interface Position {
  line: number;
  column: number;
}

export interface Source {
  file: string;
  /** The parsed value; undefined when the file has syntax errors. */
  value: unknown;
  /** JSON syntax errors, each with its position (reported at the path `(JSON syntax)`). */
  syntax: (Position & { message: string })[];
  /**
   * Where a JSON path (`sections[3].body[2]`, as the validator writes it) is in the
   * file. A missing field points at the object that should hold it; `key` points at
   * a field's name rather than its value (for unknown fields).
   */
  at(path: string, key?: boolean): Position;
}

/** Plain words for jsonc-parser's error codes, in the "expected ..." style of the schema messages. */
const SYNTAX: Record<string, string> = {
  InvalidSymbol: 'a character that is not JSON',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'expected the end of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string without its closing quote',
};

export { pathSegments };

/** The offset of the first bracket nested deeper than MAX_DEPTH, outside strings, if any. */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return undefined;
}

/** Reads and parses `file`; a file that cannot be read is a usage error. */
export function readSource(file: string): Source {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  // A binary search: a file with many problems asks for many positions.
  const position = (offset: number): Position => {
    let [low, high] = [0, lineStarts.length - 1];
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };

  // The tree parser recurses once per level: thousands of brackets would overflow the
  // stack. Nothing nested deeper than the validator's limit can be a notice anyway.
  const deep = tooDeep(text);
  if (deep !== undefined) {
    return {
      file,
      value: undefined,
      syntax: [{ ...position(deep), message: `nested more than ${MAX_DEPTH} levels deep: a notice is about 12 levels deep, flatten it` }],
      at: () => position(deep),
    };
  }

  const errors: ParseError[] = [];
  const tree: Node | undefined = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const syntax = errors.slice(0, MAX_PROBLEMS).map((e) => {
    const code = printParseErrorCode(e.error);
    return { ...position(e.offset), message: SYNTAX[code] ?? code };
  });
  if (errors.length > MAX_PROBLEMS)
    syntax.push({
      ...position(errors[MAX_PROBLEMS].offset),
      message: `${errors.length} syntax errors: only the first ${MAX_PROBLEMS} are listed`,
    });

  const at = (path: string, key = false): Position => {
    if (!tree) return position(0);
    const segments = pathSegments(path);
    // A missing field has no node: point at the closest ancestor that exists.
    for (let n = segments.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, segments.slice(0, n));
      if (!node) continue;
      const name = key && n === segments.length && node.parent?.type === 'property' ? node.parent.children![0] : node;
      return position(name.offset);
    }
    return position(tree.offset);
  };

  // The value comes from JSON.parse, the reference (a "__proto__" field stays a plain field, for one);
  // the tree is only for positions.
  let value: unknown;
  if (!syntax.length)
    try {
      value = JSON.parse(text);
    } catch (e) {
      syntax.push({ line: 1, column: 1, message: (e as Error).message });
    }
  return { file, value, syntax, at };
}
