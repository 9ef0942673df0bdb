/**
 * "Import a page": a privacy notice page saved from a website (a local .html file) drafted
 * into the editor by the same code as `layered-notice import`, which reads HTML with
 * parse5 (plain JavaScript, no Node) and so runs here unchanged. The page is parsed as
 * data, never put in a document, and nothing is sent anywhere. What the draft could not
 * tell is listed for the author to check.
 */
import { draftNotice } from '../cli/import/draft.js';
import { PageError } from '../cli/import/page.js';

export interface ImportHooks {
  /** Replaces the editor's text with the draft, named for saving; `said` opens the next announcement. */
  open(text: string, name: string, said: string): void;
  /** Says something in the status region. */
  announce(text: string): void;
  /** Whether unsaved changes may be lost (asks the author). */
  confirmDiscard(): boolean;
}

/** Wires the file input `input` and the list `notes` (what to check in the draft). */
export function wireImport(input: HTMLInputElement, notes: HTMLUListElement, hooks: ImportHooks): void {
  input.addEventListener('change', async () => {
    const page = input.files?.[0];
    input.value = '';
    if (!page || !hooks.confirmDiscard()) return;
    try {
      const { draft, notes: found } = draftNotice(await page.text(), page.name);
      const name = `${page.name.replace(/\.html?$/i, '')}.json`;
      notes.replaceChildren(
        ...found.map((n) => Object.assign(document.createElement('li'), { textContent: `${n.path || 'notice'}: ${n.message}` })),
      );
      (notes.closest('section') ?? notes).hidden = !found.length;
      const check = `${found.length} thing${found.length === 1 ? '' : 's'} to check, listed under the import`;
      hooks.open(`${JSON.stringify(draft, null, 2)}\n`, name, `Drafted ${name} from ${page.name}: ${check}. `);
    } catch (e) {
      const why = e instanceof PageError ? e.message : String(e);
      hooks.announce(
        `Could not import ${page.name}: ${why}. Choose another page, or save the page's main content as HTML and choose that.`,
      );
    }
  });
}
