/**
 * The notice editor (demo/editor.html): the payload in a guided form or as JSON with
 * completion, hover help and the validator's and lint's findings at their line, beside a
 * live preview of the element. Runs in the browser only: nothing the author types leaves
 * the machine.
 */
import { autocompletion } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { forceLinting, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';
import { modify, type Edit } from 'jsonc-parser';
import { diagnose } from './diagnostics.js';
import { FactsForm, type FormState } from './form/facts-form.js';
import { completeFromSchema, hoverFromSchema } from './help.js';
import { lintMarks } from './lint-marks.js';
import type { JsonSchema, Segment } from './schema-lookup.js';
import { wireImport } from './import-page.js';
import { Previews } from './preview/previews.js';
import { wireTabs } from './tabs.js';
import type { Notice } from '../schema/types.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $('ed-status');
const problems = $<HTMLUListElement>('ed-problems');
const example = $<HTMLSelectElement>('ed-example');
const file = $<HTMLInputElement>('ed-file');
const language = $<HTMLSelectElement>('ed-lang');

const formHost = $('ed-form');
const formNote = $('ed-form-note');

let schema: JsonSchema | undefined;
/** The last valid notice, which every preview shows. */
let lastValid: Notice | undefined;
let form: FactsForm | undefined;
/** What the form last showed: shown again when the schema arrives. */
let formState: FormState | undefined;
/** The text last opened or saved, to warn before unsaved changes are lost. */
let savedText = '';
let fileName = 'notice.json';

/** Says something once in the live region (read by screen readers) without moving focus. */
const announce = (text: string) => {
  status.textContent = '';
  // A fresh text node after a tick, so the same message said twice is announced twice.
  setTimeout(() => (status.textContent = text), 50);
};

/** The problem list under the editor: a button per finding that moves the cursor to it. */
function listProblems(view: EditorView, diagnostics: Diagnostic[]) {
  problems.replaceChildren(
    ...diagnostics.map((d) => {
      const li = document.createElement('li');
      li.className = `ed-${d.severity}`;
      const go = document.createElement('button');
      go.type = 'button';
      const line = view.state.doc.lineAt(Math.min(d.from, view.state.doc.length));
      go.textContent = `Line ${line.number}, column ${d.from - line.from + 1}`;
      go.addEventListener('click', () => {
        view.dispatch({ selection: { anchor: d.from, head: d.to }, scrollIntoView: true });
        view.focus();
      });
      li.append(go, ` ${d.severity}${d.source ? ` (${d.source})` : ''}: ${d.message}`);
      return li;
    }),
  );
}

const previews = new Previews(announce);

let lastSummary = '';
/** Said before the next summary (what was just opened). */
let opened = '';
const check = linter(
  (view) => {
    const text = view.state.doc.toString();
    const { diagnostics, value, valid, problems: found } = diagnose(text);
    listProblems(view, diagnostics);
    if (valid) previews.show((lastValid = value as Notice), language.value);
    showForm(value === undefined ? undefined : { value, problems: found });
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const summary = valid
      ? `Valid. ${diagnostics.length ? `${diagnostics.length} lint finding${diagnostics.length === 1 ? '' : 's'}.` : 'No lint findings.'} The preview is up to date.`
      : `${errors} problem${errors === 1 ? '' : 's'}; the preview shows the last valid notice.`;
    if (summary !== lastSummary || opened) announce(`${opened}${(lastSummary = summary)}`);
    opened = '';
    return diagnostics;
  },
  { delay: 400 },
);

/**
 * The JSON view lives in a shadow root: in a document CodeMirror writes its styles into a
 * <style> element, which a strict policy (style-src 'self') refuses; in a shadow root it
 * adopts them as constructed style sheets, which no policy blocks. Its hint moves in with
 * it, so aria-describedby still finds it.
 */
const jsonRoot = $('ed-json').attachShadow({ mode: 'open' });
const jsonSheet = new CSSStyleSheet();
jsonSheet.replaceSync(
  '.ed-hint{color:#505a5f;margin:.5rem}.cm-editor{min-height:20rem}.cm-editor.cm-focused{outline:3px solid #ffdd00;outline-offset:-3px}',
);
jsonRoot.adoptedStyleSheets = [jsonSheet];
jsonRoot.append($('ed-json-hint'));

const view = new EditorView({
  parent: jsonRoot,
  root: jsonRoot,
  extensions: [
    basicSetup,
    json(),
    check,
    lintGutter(),
    lintMarks,
    autocompletion({ override: [completeFromSchema(() => schema)] }),
    hoverFromSchema(() => schema),
    EditorView.contentAttributes.of({ 'aria-label': 'Notice (JSON)', 'aria-describedby': 'ed-json-hint' }),
    EditorView.lineWrapping,
  ],
});

/** The form follows the JSON; while the JSON cannot be read, the form waits (inert) with a note. */
function showForm(state: FormState | undefined) {
  const readable = !!state && typeof state.value === 'object' && state.value !== null && !Array.isArray(state.value);
  formHost.inert = !readable;
  formNote.hidden = readable;
  if (!readable) return;
  formState = state;
  form?.show(state);
}

/** A change made in the form, written into the JSON at its path only: the rest of the text stays as written. */
function editPayload(path: Segment[], value: unknown, insert = false) {
  const text = view.state.doc.toString();
  const edits: Edit[] = modify(text, path, value, {
    formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' },
    isArrayInsertion: insert,
  });
  if (!edits.length) return;
  view.dispatch({ changes: edits.map((e) => ({ from: e.offset, to: e.offset + e.length, insert: e.content })) });
  // The form shows the new value at once; the validator's problems follow with the next check.
  showForm({ value: JSON.parse(view.state.doc.toString()) as unknown, problems: formState?.problems ?? [] });
}

/** Replaces the whole text (a file or demo notice was opened). */
function open(text: string, name: string, said = `Opened ${name}. `) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  savedText = text;
  fileName = name;
  opened = said;
  forceLinting(view);
}

/** Where a new notice starts: the form then asks for everything a notice must give. */
const NEW_NOTICE = '{\n  "version": 1\n}\n';

async function openExample() {
  if (example.value === 'new') return open(NEW_NOTICE, 'notice.json');
  const name = `${example.value}.json`;
  const res = await fetch(`notices/${name}`);
  if (!res.ok) return announce(`Could not open notices/${name} (HTTP ${res.status}).`);
  open(await res.text(), name);
}

/** The demo notice open now: the menu goes back to it when the author keeps their changes. */
let openedExample = example.value;
example.addEventListener('change', () => {
  if (!confirmDiscard()) {
    example.value = openedExample;
    return;
  }
  openedExample = example.value;
  void openExample();
});
file.addEventListener('change', async () => {
  const chosen = file.files?.[0];
  if (chosen && confirmDiscard()) open(await chosen.text(), chosen.name);
  file.value = '';
});
wireImport($('ed-import'), $('ed-import-notes'), { open, announce, confirmDiscard: () => confirmDiscard() });
language.addEventListener('change', () => lastValid && previews.show(lastValid, language.value));

$('ed-save').addEventListener('click', () => {
  const text = view.state.doc.toString();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  a.download = fileName;
  a.click();
  URL.revokeObjectURL(a.href);
  savedText = text;
  announce(`Saved as ${fileName}.`);
});

const unsaved = () => view.state.doc.toString() !== savedText;
const confirmDiscard = () => !unsaved() || window.confirm('Your changes to this notice are not saved. Open another and lose them?');
window.addEventListener('beforeunload', (event) => {
  if (unsaved()) event.preventDefault();
});

// The schema drives completion and hover; diagnostics come from the validator itself.
fetch('../dist/notice.schema.json')
  .then((res) => (res.ok ? res.json() : undefined))
  .then((s: JsonSchema | undefined) => {
    schema = s;
    if (!s) return;
    form = new FactsForm(formHost, $('ed-form-summary'), s, editPayload);
    if (formState) form.show(formState);
  })
  .catch(() => announce('The schema could not be loaded: completion and hover help are off.'));

wireTabs($('ed-preview-tabs'), (panel) => previews.showPanel(panel));
wireTabs($('ed-source-tabs'), (panel) => {
  // CodeMirror measures itself when shown again.
  if (panel.contains(view.dom)) view.requestMeasure();
});

void openExample();

/** For tests: the editor's JSON view. */
(window as unknown as { lnEditor: EditorView }).lnEditor = view;
