import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Notice } from './schema/types.js';
// Imported before our other modules so i18next lands ahead of all our code in the classic
// script: keeping our code in one run lets gzip match its repeated words (about 0.3 KB).
import { direction, translator } from './i18n/i18n.js';
import { checkNotice, fetchNotice, parseNotice } from './load/load-notice.js';
import { NoticeError } from './load/notice-error.js';
import { baseLanguage, resolveLanguage } from './i18n/language.js';
import { interfaceLanguage } from './i18n/locales.js';
import { contextOf, type RenderContext } from './layers/context.js';
import { visibleSections } from './layers/sections.js';
import { renderNotice, type NoticeHandlers } from './layers/notice.js';
import { renderJit } from './layers/jit.js';
import { plain } from './layers/rich-text.js';
import { emit } from './events.js';
import { JobController } from './load/load-controller.js';
import { StatusMessage } from './status-message.js';
import { NoticeLinks } from './notice-links.js';
import { sectionIds } from './layers/generated.js';
import { styles } from './layered-notice.styles.js';

/**
 * A UK privacy notice shown in layers: at a glance, the full text as expandable
 * sections, actions for each right, and contact details, from one JSON payload.
 *
 * @summary An accessible, layered privacy notice from a JSON payload.
 * @tag layered-notice
 *
 * @slot - Fallback content, such as a link to the notice as a page. It shows until the
 *   notice renders, and again if the payload cannot be loaded or is invalid.
 *
 * @fires ln-ready - The notice rendered. `detail: { notice, lang }`.
 * @fires ln-toggle - The reader opened or closed a section. `detail: { section, open }`.
 * @fires ln-action - The reader followed a rights or complaint action. `detail: { right, channel, href }`.
 * @fires ln-error - The payload could not be shown (the fallback stays), or, with `kind: 'locale'`, the reading language has no interface strings (the notice shows in English). `detail: { kind, message, where, fix, problems }`.
 *
 * @csspart base - The notice's wrapper.
 * @csspart glance - Layer 1, at a glance.
 * @csspart facts - The key facts, right after layer 1: each purpose's facts, then those of the whole notice.
 * @csspart sections - Layer 2, the full notice.
 * @csspart languages - The language switcher of a multilingual notice.
 * @csspart audience - The audience chooser.
 * @csspart show-all - The "Show all sections" button.
 * @csspart section - One section.
 * @csspart section-button - The button in a section's heading.
 * @csspart content - A section's content.
 * @csspart rights - Layer 3, rights actions.
 * @csspart action - A link that acts on a right.
 * @csspart contacts - Layer 4, contact details.
 * @csspart contact - One contact.
 * @csspart jit - The just-in-time variant (with the `purpose` attribute).
 *
 * @cssproperty [--ln-color-text=inherit] - Text colour.
 * @cssproperty [--ln-color-muted=#505a5f] - Secondary text, such as the last-updated date.
 * @cssproperty [--ln-color-link=#1d70b8] - Links and section buttons.
 * @cssproperty [--ln-color-link-hover=#003078] - Links on hover.
 * @cssproperty [--ln-color-border=#b1b4b6] - Borders between sections.
 * @cssproperty [--ln-color-surface=#f3f2f1] - Background of the at-a-glance layer.
 * @cssproperty [--ln-color-focus=#ffdd00] - Focus highlight.
 * @cssproperty [--ln-color-focus-text=#0b0c0c] - Text and underline of a focused control.
 * @cssproperty [--ln-space=1rem] - The base spacing unit.
 * @cssproperty [--ln-radius=0] - Corner radius of panels.
 * @cssproperty [--ln-scroll-margin=1rem] - Space kept above a section scrolled into view, for sticky headers.
 */
export class LayeredNotice extends LitElement {
  static override styles = styles;

  // Declared without decorators: they would pull a helper into the classic-script bundle.
  static override properties = {
    src: { reflect: true },
    lang: { reflect: true },
    locales: {},
    purpose: {},
    full: {},
    notice: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Where to fetch the JSON payload from. An inline `<script type="application/json">` child is used first when present. */
  declare src?: string;

  /**
   * The reading language (BCP 47). When absent: the closest ancestor's `lang`, the
   * document's, the payload's `language`, then English. Changing it re-renders in
   * place, loading that language's interface strings if needed.
   */
  declare lang: string;

  /** A folder URL to load interface locales (`<tag>.json`) from, instead of the ones shipped with the script. */
  declare locales?: string;

  /**
   * Show only this purpose (its `id` in the payload), as a compact just-in-time notice
   * beside the form field that collects the data, with a link to the full notice.
   */
  declare purpose?: string;

  /** Where the just-in-time variant links to for the full notice; defaults to the payload's `url`. */
  declare full?: string;

  /** The payload as an object; setting it validates and renders it. Read it to get the validated notice. */
  declare notice?: unknown;

  /**
   * Heading level of the notice's title, so it fits the page's outline (layers sit one level below).
   * @attr heading-level
   */
  declare headingLevel: number;

  // Internal state lives in one object changed through `set()`, rather than in
  // `static properties`, which the custom-elements manifest would list as attributes.
  // `purpose` is the one checked against `shown`: the attribute may name one not checked yet.
  private view: { shown?: Notice; purpose?: string; failed?: NoticeError; open: Set<string>; audience: string | null; uiLang: string } = {
    open: new Set(),
    audience: null,
    uiLang: 'en',
  };

  constructor() {
    super();
    this.headingLevel = 2;
  }

  /** Server-rendered nodes of a declarative shadow root, kept on screen until the notice is ready. */
  private ssr?: ChildNode[];
  /** The payload: fetched, parsed or checked, then shown once its interface strings are in. */
  private readonly payload = new JobController<Notice>(this, () => this.loaded());
  /** The interface strings for the reading language and the payload's default language. */
  private readonly strings = new JobController<string>(this, () => this.localized());
  private readonly status = new StatusMessage(this);
  private readonly links = new NoticeLinks(this, {
    shown: () => this.view.shown,
    open: (id) => this.view.open.has(id) || this.handlers.toggle(id, true),
    copied: () => this.status.say(translator(this.view.uiLang)('sections.copied')),
  });
  /** `full` made absolute once, when it changes, rather than on every render. */
  private fullHref?: string;

  // A declarative shadow root from `layered-notice render --embed` is reused, not
  // replaced: its markup stays until the first real render, which removes it in the
  // same task, so no frame shows the page without the notice (layout shift 0).
  protected override createRenderRoot() {
    if (this.shadowRoot?.firstChild) this.ssr = [...this.shadowRoot.childNodes];
    const root = super.createRenderRoot();
    // Links are handled by one listener on the shadow root, not on an element: browsers
    // mark every element under an element with a click listener as clickable, and
    // screen readers then say "clickable" on focusable headings and text.
    root.addEventListener('click', (event) => this.links.handleClick(event as MouseEvent));
    // LitElement renders before the root's first child, here a server-rendered node
    // about to be removed: render after them instead.
    if (this.ssr) this.renderOptions.renderBefore = undefined;
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (this.ssr && (this.view.shown || this.view.failed)) {
      this.ssr.forEach((node) => node.remove());
      this.ssr = undefined;
    }
    super.update(changed);
  }

  // Independent checks, so attributes changed together all take effect.
  protected override willUpdate(changed: PropertyValues<this>): void {
    // Source: which payload to load.
    if (changed.has('notice') && this.notice !== undefined && this.notice !== this.payload.value) {
      void this.payload.run(() => checkNotice(this.notice, 'the notice property'));
    } else if (!this.hasUpdated) {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (inline)
        void this.payload.run(() =>
          parseNotice(inline.textContent ?? '', 'the inline <script type="application/json"> in <layered-notice>'),
        );
      else if (this.src) void this.payload.run((signal) => fetchNotice(this.src!, signal));
      else
        this.fail(
          new NoticeError(
            'no-source',
            'no payload was given',
            '<layered-notice>',
            'add a src="notice.json" attribute, a <script type="application/json"> child, or set the notice property',
          ),
        );
    } else if (changed.has('src') && this.src) {
      void this.payload.run((signal) => fetchNotice(this.src!, signal));
    }
    // Language: a loaded payload is shown again in the new language once its strings are in.
    if ((changed.has('lang') || changed.has('locales')) && this.payload.value) this.localize();
    // Purpose: checked against the loaded payload, so a wrong id corrected later recovers.
    if (changed.has('purpose')) this.show();
    if (changed.has('full')) this.fullHref = this.absoluteFull();
  }

  /** The page's own link may be relative; made absolute here, it still has to pass the renderer's scheme check. */
  private absoluteFull(): string | undefined {
    try {
      return this.full ? new URL(this.full, document.baseURI).href : undefined;
    } catch {
      console.warn(
        `<layered-notice full>: "${this.full}" is not a URL: the payload's url is linked instead, if it has one.\n  fix: set full to the address of the full notice, such as /privacy/notice`,
      );
    }
  }

  /** A payload load finished: on to its interface strings, or the fallback. */
  private loaded(): void {
    const { value, error } = this.payload;
    if (error) {
      this.fail(
        error instanceof NoticeError
          ? error
          : new NoticeError(
              'schema',
              `the notice could not be rendered (${(error as Error).message})`,
              '<layered-notice>',
              'report this with the payload that caused it',
            ),
      );
    } else {
      this.notice = value;
      // The interface strings load before the first render, so a Welsh reader never sees an English flash.
      this.localize();
    }
  }

  private localize(): void {
    void this.strings.run(() => this.interfaceLanguage(this.payload.value?.language, this.payload.value?.languages));
  }

  private localized(): void {
    if (this.strings.value) this.set({ uiLang: this.strings.value });
    this.show();
    if (this.chosen) void this.sayTitle();
    this.chosen = false;
  }

  /** The reader picked a language in the switcher (not a change of `lang` by the page). */
  private chosen = false;

  /**
   * After the reader chose a language, the notice's title in that language is said
   * through the status region: the notice is redrawn around a focus that stays on the
   * radio button, and nothing else tells a screen reader user it changed. Said once the
   * redraw is done: a live region changed in the same update as everything around it
   * was not read out (Orca 43 in Chromium). The title stays in the region until the next
   * message: the redraw changes every text of the notice, and a screen reader working
   * through that reaches the region seconds later on a slow machine (Orca 43 in
   * Chromium, over 5 s under load); a title emptied after the usual 5 s was then missed.
   */
  private async sayTitle(): Promise<void> {
    await this.updateComplete;
    setTimeout(() => this.view.shown && this.status.say(plain(this.context(), this.view.shown.title), 'until-replaced'), 300);
  }

  /**
   * The interface language for the reading language. When no locale could be had, the
   * notice still shows, in English, and the page hears about it: a console warning
   * (from the loader) and an ln-error event of kind `locale`.
   */
  private async interfaceLanguage(payloadDefault?: string, listed: readonly string[] = []): Promise<string> {
    const lang = resolveLanguage(this, payloadDefault);
    const uiLang = await interfaceLanguage(lang, this.locales, [payloadDefault, ...listed]);
    if (baseLanguage(uiLang) !== baseLanguage(lang)) {
      emit(this, 'ln-error', {
        kind: 'locale',
        message: `no interface strings for "${lang}": English is shown`,
        where: this.locales ?? 'locales/',
        fix: `add locales/${baseLanguage(lang)}.json`,
        problems: [],
      });
    }
    return uiLang;
  }

  /** Changes internal state and renders again. */
  private set(patch: Partial<LayeredNotice['view']>): void {
    this.view = { ...this.view, ...patch };
    this.requestUpdate();
  }

  /**
   * Shows the loaded payload once nothing is loading, unless the just-in-time variant's
   * purpose is not in it; announces a notice newly on screen with ln-ready.
   */
  private show(): void {
    const notice = this.payload.value;
    if (!notice || this.payload.status !== 'done' || this.strings.status === 'running') return;
    const { purpose } = this;
    if (purpose && !notice.purposes.some((p) => p.id === purpose)) {
      return this.fail(
        new NoticeError(
          'schema',
          `no purpose has the id "${purpose}"`,
          '<layered-notice purpose>',
          "set purpose to the id of one of the payload's purposes",
        ),
      );
    }
    if (this.view.shown === notice) return this.set({ purpose });
    // Server-rendered markup shows every section open: start the same way, so nothing moves.
    this.set({ shown: notice, purpose, failed: undefined, open: new Set(this.ssr ? sectionIds(notice) : []) });
    void this.updateComplete.then(() => {
      void this.links.handleHash();
      emit(this, 'ln-ready', { notice, lang: this.view.uiLang });
    });
  }

  private fail(error: NoticeError): void {
    this.set({ shown: undefined, failed: error });
    console.error(error.report());
    const { kind, message, where, fix, problems } = error;
    emit(this, 'ln-error', { kind, message, where, fix, problems });
  }

  private readonly handlers: NoticeHandlers = {
    language: (tag) => {
      this.chosen = true;
      this.lang = tag;
    },
    toggle: (id, open) => {
      const next = new Set(this.view.open);
      if (open) next.add(id);
      else next.delete(id);
      this.set({ open: next });
      emit(this, 'ln-toggle', { section: id, open });
    },
    toggleAll: (open) => {
      this.set({ open: new Set(open && this.view.shown ? visibleSections(this.context()).map((s) => s.id) : []) });
    },
    audience: (id) => {
      this.set({ audience: id });
    },
  };

  private context(): RenderContext {
    const { shown, uiLang, audience, open } = this.view;
    return contextOf(shown!, { lang: resolveLanguage(this, shown!.language), uiLang, level: this.headingLevel, audience, open });
  }

  /** The fallback: the light-DOM content, and a short message only if the page gave none. */
  private renderFallback() {
    if (this.ssr) return nothing;
    const given = [...this.childNodes].some((n) => (n.nodeType === 1 ? (n as Element).localName !== 'script' : n.textContent?.trim()));
    return html`<slot></slot>${this.view.failed && !given ? html`<p>${translator(resolveLanguage(this))('errors.title')}</p>` : nothing}`;
  }

  override render() {
    if (!this.view.shown) return this.renderFallback();
    const ctx = this.context();
    const { purpose } = this.view;
    if (purpose) return html`<div lang=${ctx.uiLang} dir=${direction(ctx.uiLang)}>${renderJit(ctx, purpose, this.fullHref)}</div>`;
    return renderNotice(ctx, this.handlers, this.status.text);
  }
}
