// The payload playground: edit JSON, see the notice. Plain JavaScript, no framework.
//
// The text is parsed with JSON.parse; a syntax error is shown and the last good preview
// stays. Otherwise the value goes to the element's `notice` property, and the element
// itself validates it: `ln-error` lists each problem by path, `ln-ready` clears them.
// So what the playground reports is exactly what a page embedding the notice would see.

const $ = (id) => document.getElementById(id);
const notice = $('pg-notice');
const editor = $('pg-payload');
const example = $('pg-example');
const language = $('pg-lang');
const message = $('pg-message');
const problems = $('pg-problems');
const fix = $('pg-fix');
const note = $('pg-note');
const snippet = $('pg-snippet');
const copy = $('pg-copy');

/** How long typing must pause before the preview follows, in milliseconds. */
const DEBOUNCE = 300;

/** The payload last handed to the element, for the embed snippet. */
let current;
/** The pending preview while the author is typing. */
let timer;

/** Shows a message in the status region, with a list of "path: message" lines and a fix. */
function report(text, list = [], howToFix = '') {
  message.textContent = text;
  problems.replaceChildren(
    ...list.map((p) => {
      const li = document.createElement('li');
      const path = document.createElement('code');
      path.textContent = p.path;
      li.append(path, `: ${p.message}`);
      return li;
    }),
  );
  fix.textContent = howToFix ? `To fix: ${howToFix}.` : '';
  $('pg-status').classList.toggle('pg-has-problems', Boolean(text));
}

const sentence = (s) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

notice.addEventListener('ln-error', (event) => {
  const { kind, message: what, fix: howToFix, problems: list = [] } = event.detail;
  // The first render, before a payload is set, has nothing to say about the editor's text.
  if (kind === 'no-source') return;
  report(`${sentence(what)}. The notice is not shown.`, list, howToFix);
});

notice.addEventListener('ln-ready', () => report(''));

/** Parses the editor's text and hands it to the element. */
function preview() {
  clearTimeout(timer);
  let value;
  try {
    value = JSON.parse(editor.value);
  } catch (e) {
    report(`JSON syntax error: ${e.message}`);
    return;
  }
  current = value;
  notice.notice = value;
  showSnippet();
}

editor.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(preview, DEBOUNCE);
});

/** Loads a demo payload into the editor and the preview. */
async function load(slug) {
  report('');
  try {
    const response = await fetch(`notices/${slug}.json`);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    editor.value = await response.text();
  } catch (e) {
    report(`Could not load notices/${slug}.json (${e.message}).`);
    return;
  }
  preview();
}

example.addEventListener('change', () => load(example.value));

language.addEventListener('change', () => notice.setAttribute('lang', language.value));
// A multilingual notice has its own switcher, which sets the element's lang: follow it.
new MutationObserver(() => {
  const lang = notice.getAttribute('lang');
  if ([...language.options].some((o) => o.value === lang)) language.value = lang;
}).observe(notice, { attributes: true, attributeFilter: ['lang'] });

// ------------------------------------------------------------------ the embed snippet

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The payload's title as plain text: a string, or its default language from a language map. */
const plainTitle = (n) => {
  const t = n?.title;
  if (typeof t === 'string') return t;
  if (t && typeof t === 'object') return t[n.language ?? 'en'] ?? Object.values(t).find((v) => typeof v === 'string');
  return undefined;
};

/** The snippet a web team pastes into a CMS page for the current payload. */
function embed() {
  const id = typeof current?.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(current.id) ? current.id : example.value;
  const href = typeof current?.url === 'string' && /^https?:\/\//i.test(current.url) ? current.url : `/privacy/${id}`;
  const title = plainTitle(current)?.trim() || 'Read our privacy notice';
  return [
    '<script src="layered-notice.iife.js" defer></script>',
    `<layered-notice src="notices/${escape(id)}.json">`,
    `  <a href="${escape(href)}">${escape(title)}</a>`,
    '</layered-notice>',
  ].join('\n');
}

function showSnippet() {
  snippet.textContent = embed();
}

let noteTimer;
function announce(text) {
  clearTimeout(noteTimer);
  note.textContent = text;
  noteTimer = setTimeout(() => (note.textContent = ''), 5000);
}

copy.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(embed());
    announce('Copied');
  } catch {
    // No clipboard here (an insecure page, or permission refused): select the text instead.
    getSelection()?.selectAllChildren(snippet);
    announce('Could not copy: the snippet is selected, copy it with your keyboard or menu.');
  }
});

await customElements.whenDefined('layered-notice');
await load(example.value);
