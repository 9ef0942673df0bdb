/**
 * Reads a JSON payload file and keeps its syntax tree (from jsonc-parser), so a
 * problem found at a JSON path in the parsed value can be shown at its line and
 * column in the file, where an editor can jump to it.
 */
import { readFileSync } from 'node:fs';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { pathSegments } from '../schema/json-path.js';
import { UsageError } from './args.js';

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
  const position = (offset: number): Position => {
    let line = lineStarts.length - 1;
    while (lineStarts[line] > offset) line--;
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };

  const errors: ParseError[] = [];
  const tree: Node | undefined = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const syntax = errors.map((e) => {
    const code = printParseErrorCode(e.error);
    return { ...position(e.offset), message: SYNTAX[code] ?? code };
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
