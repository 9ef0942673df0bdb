/**
 * The notice editor (demo/editor.html, dist/editor.js) in a frame, for the editor tests:
 * opened with its first demo notice loaded and previewed, with its JSON view, its form,
 * its problem list and its status line within reach.
 */
import { norm, openFrame, until, type Frame } from './a11y.js';

export interface View {
  state: { doc: { toString(): string; length: number; line(n: number): { from: number } } };
  dispatch(spec: unknown): void;
  focus(): void;
  contentDOM: HTMLElement;
  dom: HTMLElement;
}

export type Editor = Frame & {
  view: View;
  text: () => string;
  problems: () => string[];
  status: () => string;
  preview: () => string;
  form: HTMLElement;
  /** Where the JSON view's own elements are (its marks, its completion list): a shadow root. */
  json: () => ParentNode;
  /** Chooses a tab by its name, as a user clicks it. */
  tab: (name: string) => void;
};

/** Opens the editor (at `url`) and waits for its first notice to be loaded, previewed and shown in the form. */
export async function openEditor(url = '/demo/editor.html'): Promise<Editor> {
  const frame = await openFrame(url, 1200, 900);
  // demo/editor.html exposes its CodeMirror view for tests.
  const win = frame.win as Window & { lnEditor?: View };
  await until(() => (win.lnEditor?.state.doc.length ?? 0) > 100, 'the editor to open the first demo notice', 20_000);
  const view = win.lnEditor!;
  const preview = () => norm(frame.doc.getElementById('ed-notice')!.shadowRoot?.textContent);
  await until(() => preview().length > 100, 'the preview', 20_000);
  const form = frame.doc.getElementById('ed-form')!;
  await until(() => form.querySelector('input'), 'the form', 20_000);
  return {
    ...frame,
    view,
    form,
    preview,
    text: () => view.state.doc.toString(),
    json: () => view.dom.getRootNode() as ParentNode,
    problems: () => [...frame.doc.querySelectorAll('#ed-problems li')].map((li) => norm(li.textContent)),
    status: () => norm(frame.doc.getElementById('ed-status')!.textContent),
    tab: (name) => [...frame.doc.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => norm(t.textContent) === name)!.click(),
  };
}

/** Replaces the whole JSON text, as pasting over it does. */
export const setText = (view: View, text: string): void => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
