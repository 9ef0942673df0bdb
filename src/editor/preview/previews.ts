/**
 * The preview tabs: the element as readers get it, the static page `render` writes, the
 * embed snippet `render --embed` writes (with a Copy button), and the just-in-time variant
 * for one purpose. Each follows the last valid notice; the page and the embed are only
 * rendered while their tab is shown, as they take longest.
 */
import type { Notice } from '../../schema/types.js';
import { embedFor, renderPage } from './outputs.js';
import { adoptPageStyle } from './page-style.js';

type NoticeElement = HTMLElement & { notice?: unknown; lang: string; purpose?: string };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * Where the page's policy requires Trusted Types (require-trusted-types-for 'script'), a
 * frame's srcdoc takes only trusted HTML. The one HTML the editor puts in a document is
 * the page `render` writes, made by the renderer, which escapes every payload string.
 */
const pagePolicy = (
  window as {
    trustedTypes?: { createPolicy(name: string, rules: { createHTML(html: string): string }): { createHTML(html: string): unknown } };
  }
).trustedTypes?.createPolicy('layered-notice-editor-page', { createHTML: (html) => html });

export class Previews {
  private notice?: Notice;
  private lang = 'en';
  private shown = 'ed-preview-element';
  private embedText = '';
  private pageText = '';
  /** Renders in flight are numbered so a slow one never overwrites a newer one. */
  private run = 0;

  constructor(private readonly announce: (text: string) => void) {
    $('ed-copy-embed').addEventListener('click', () => void this.copy());
    $('ed-save-page').addEventListener('click', () => this.savePage());
    $('ed-embed-url').addEventListener('change', () => void this.update());
    $('ed-jit-purpose').addEventListener('change', () => this.showJit());
    adoptPageStyle($<HTMLIFrameElement>('ed-page'));
  }

  /** The tab shown now (its panel's id). */
  showPanel(panel: HTMLElement): void {
    this.shown = panel.id;
    void this.update();
  }

  show(notice: Notice, lang: string): void {
    this.notice = notice;
    this.lang = lang;
    for (const el of [$<NoticeElement>('ed-notice'), $<NoticeElement>('ed-jit')]) el.lang = lang;
    $<NoticeElement>('ed-notice').notice = notice;
    this.listPurposes();
    void this.update();
  }

  private async update(): Promise<void> {
    const notice = this.notice;
    if (!notice) return;
    const run = ++this.run;
    if (this.shown === 'ed-preview-page') {
      const page = await renderPage(notice, this.lang);
      if (run !== this.run) return;
      // The page as `render` writes it, in a frame that may run no script (payload text in it is escaped by the renderer).
      $<HTMLIFrameElement>('ed-page').srcdoc = (pagePolicy?.createHTML(page) ?? page) as string;
      this.pageText = page;
    } else if (this.shown === 'ed-preview-embed') {
      const url = $<HTMLInputElement>('ed-embed-url').value.trim() || notice.url || '/privacy-notice';
      const { snippet, styleSrc } = await embedFor(notice, this.lang, url);
      if (run !== this.run) return;
      this.embedText = snippet;
      $('ed-embed').textContent = snippet;
      $('ed-embed-csp').textContent = `style-src 'self' ${styleSrc.join(' ')}`;
    } else if (this.shown === 'ed-preview-jit') this.showJit();
  }

  /** The purposes that have an id, which the just-in-time variant can show. */
  private listPurposes(): void {
    const select = $<HTMLSelectElement>('ed-jit-purpose');
    const ids = (this.notice?.purposes ?? []).map((p) => p.id).filter((id): id is string => !!id);
    const chosen = ids.includes(select.value) ? select.value : ids[0];
    select.replaceChildren(
      ...ids.map((id) => {
        const option = document.createElement('option');
        option.value = option.textContent = id;
        option.selected = id === chosen;
        return option;
      }),
    );
    select.disabled = !ids.length;
    $('ed-jit-none').hidden = ids.length > 0;
  }

  private showJit(): void {
    const jit = $<NoticeElement>('ed-jit');
    const id = $<HTMLSelectElement>('ed-jit-purpose').value;
    jit.hidden = !id;
    if (!id || !this.notice) return;
    jit.setAttribute('purpose', id);
    jit.notice = this.notice;
    $('ed-jit-snippet').textContent = `<layered-notice src="notices/${this.notice.id}.json" purpose="${id}"></layered-notice>`;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.embedText);
      this.announce('Embed snippet copied.');
    } catch {
      // No clipboard (an insecure page, or permission refused): select it, for Ctrl+C.
      const range = document.createRange();
      range.selectNodeContents($('ed-embed'));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.announce('The snippet is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.');
    }
  }

  private savePage(): void {
    if (!this.pageText || !this.notice) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([this.pageText], { type: 'text/html' }));
    a.download = `${this.notice.id}.html`;
    a.click();
    URL.revokeObjectURL(a.href);
    this.announce(`Saved the page as ${a.download}.`);
  }
}
