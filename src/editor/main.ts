/**
 * The notice editor (demo/editor.html): the payload as JSON with completion, hover help and
 * the validator's and lint's findings at their line, beside a live preview of the element.
 * Runs in the browser only: nothing the author types leaves the machine.
 */
import { autocompletion } from '@codemirror/autocomplete';
import { json } from '@codemirror/lang-json';
import { forceLinting, linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';
import { diagnose } from './diagnostics.js';
import { completeFromSchema, hoverFromSchema } from './help.js';
import type { JsonSchema } from './schema-lookup.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const preview = $<HTMLElement & { notice?: unknown; lang: string }>('ed-notice');
const status = $('ed-status');
const problems = $<HTMLUListElement>('ed-problems');
const example = $<HTMLSelectElement>('ed-example');
const file = $<HTMLInputElement>('ed-file');
const language = $<HTMLSelectElement>('ed-lang');

let schema: JsonSchema | undefined;
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

let lastSummary = '';
/** Said before the next summary (what was just opened). */
let opened = '';
const check = linter(
  (view) => {
    const text = view.state.doc.toString();
    const { diagnostics, value, valid } = diagnose(text);
    listProblems(view, diagnostics);
    if (valid) preview.notice = value;
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

const view = new EditorView({
  parent: $('ed-json'),
  extensions: [
    basicSetup,
    json(),
    check,
    lintGutter(),
    autocompletion({ override: [completeFromSchema(() => schema)] }),
    hoverFromSchema(() => schema),
    EditorView.contentAttributes.of({ 'aria-label': 'Notice (JSON)', 'aria-describedby': 'ed-json-hint' }),
    EditorView.lineWrapping,
  ],
});

/** Replaces the whole text (a file or demo notice was opened). */
function open(text: string, name: string) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  savedText = text;
  fileName = name;
  opened = `Opened ${name}. `;
  forceLinting(view);
}

async function openExample() {
  const name = `${example.value}.json`;
  const res = await fetch(`notices/${name}`);
  if (!res.ok) return announce(`Could not open notices/${name} (HTTP ${res.status}).`);
  open(await res.text(), name);
}

example.addEventListener('change', () => {
  if (confirmDiscard()) void openExample();
});
file.addEventListener('change', async () => {
  const chosen = file.files?.[0];
  if (chosen && confirmDiscard()) open(await chosen.text(), chosen.name);
  file.value = '';
});
language.addEventListener('change', () => (preview.lang = language.value));

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
  .then((s) => (schema = s))
  .catch(() => announce('The schema could not be loaded: completion and hover help are off.'));

void openExample();

/** For tests: the editor's view. */
(window as unknown as { lnEditor: EditorView }).lnEditor = view;
