/**
 * Everything `layered-notice validate` and `lint` would say about the text, placed at its
 * line and column: JSON syntax errors, then schema problems (with the validator's exact
 * messages and fixes), then lint findings with their rule's page.
 */
import type { Diagnostic } from '@codemirror/lint';
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lintNotice } from '../cli/lint/index.js';
import { suggestionFor } from '../schema/suggest.js';
import { validateNotice, type NoticeProblem } from '../schema/validate.js';
import { pathSegments } from '../schema/json-path.js';

/** Where a path is in the text: the value, or for a missing field, the object that should hold it. */
function rangeOf(tree: Node | undefined, path: string, textLength: number): { from: number; to: number } {
  if (!tree) return { from: 0, to: Math.min(1, textLength) };
  const segments = pathSegments(path);
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segments.slice(0, n));
    if (node) {
      // A field: mark its name, which is short; an object or list: mark its opening brace.
      const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
      if (key && n === segments.length && node.type !== 'object' && node.type !== 'array')
        return { from: node.offset, to: node.offset + node.length };
      if (key) return { from: key.offset, to: key.offset + key.length };
      return { from: node.offset, to: node.offset + (node.type === 'object' || node.type === 'array' ? 1 : node.length) };
    }
  }
  return { from: 0, to: 1 };
}

/** What the editor shows for this text: diagnostics, and the parsed value when it is JSON. */
export function diagnose(text: string): {
  diagnostics: Diagnostic[];
  value?: unknown;
  valid: boolean;
  /** The validator's problems by path, for the guided form. */
  problems: NoticeProblem[];
} {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length) {
    return {
      valid: false,
      problems: [],
      diagnostics: errors.map((e) => ({
        from: e.offset,
        to: Math.min(text.length, e.offset + Math.max(1, e.length)),
        severity: 'error',
        source: 'JSON',
        message: `Not valid JSON here: ${printParseErrorCode(e.error)}. Check for a missing comma, quote or bracket.`,
      })),
    };
  }
  const value: unknown = JSON.parse(text);
  const result = validateNotice(value);
  if (!result.ok) {
    return {
      value,
      valid: false,
      problems: result.problems,
      diagnostics: result.problems.map((p) => {
        // As `layered-notice validate` does: an unknown field gets the known one it is closest to.
        const suggestion = suggestionFor(p);
        const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
        return { ...rangeOf(tree, p.path, text.length), severity: 'error', source: 'validate', message: `${p.path}: ${p.message}${hint}` };
      }),
    };
  }
  const findings = lintNotice(result.notice);
  return {
    value,
    valid: true,
    problems: [],
    diagnostics: findings.map((f) => ({
      ...rangeOf(tree, f.path, text.length),
      severity: f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info',
      source: `lint: ${f.rule}`,
      message: f.message,
    })),
  };
}
