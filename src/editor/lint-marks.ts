/**
 * The marks of problems in the JSON view, drawn with CSS. CodeMirror draws them as data:
 * SVG images, which the strict policy the demo recommends refuses (img-src 'self'): the
 * squiggle under a problem becomes a wavy underline, and the gutter's markers keep their
 * shapes (circle: error, triangle: warning, square: information) and colours.
 */
import { EditorView } from '@codemirror/view';

const underline = (colour: string) => ({
  backgroundImage: 'none',
  textDecoration: `underline wavy ${colour}`,
  textDecorationSkipInk: 'none',
  textUnderlineOffset: '3px',
});

const marker = (colour: string, shape: Record<string, string>) => ({ content: 'normal', backgroundColor: colour, ...shape });

export const lintMarks = EditorView.theme({
  '.cm-lintRange-error': underline('#d4351c'),
  '.cm-lintRange-warning': underline('#f47738'),
  '.cm-lintRange-info': underline('#1d70b8'),
  '.cm-lintRange-hint': underline('#505a5f'),
  '.cm-lint-marker': { width: '0.8em', height: '0.8em', margin: '0.1em' },
  '.cm-lint-marker-error': marker('#d4351c', { borderRadius: '50%' }),
  '.cm-lint-marker-warning': marker('#f47738', { clipPath: 'polygon(50% 0, 100% 100%, 0 100%)' }),
  '.cm-lint-marker-info': marker('#1d70b8', {}),
});
