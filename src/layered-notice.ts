import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Notice } from './schema/types.js';
// Imported before our other modules so i18next lands ahead of all our code in the classic
// script: keeping our code in one run lets gzip match its repeated words (about 0.3 KB).
import { direction, translator } from './i18n/i18n.js';
import { checkNotice, fetchNotice, parseNotice } from './load/load-notice.js';
import type { NoticeError } from './load/notice-error.js';
import { resolveLanguage } from './i18n/language.js';
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
import { TitleAnnouncer } from './element/title-announcer.js';
import { interfaceLanguageOf } from './element/interface-language.js';
import { absoluteFull } from './element/full-href.js';
import { renderFallback } from './element/fallback.js';
import { asNoticeError, noSource, unknownPurpose } from './element/element-errors.js';
import { styles } from './layered-notice.styles.js';
import { nextTask } from './element/next-task.js';

/** Sections built per task after the first layer: a few ms each at CPU ×4 for the real notices measured. */
const SECTIONS_PER_TASK = 4;

/** The element's internal state (see LayeredNotice's #view). */
interface View {
  shown?: Notice;
  purpose?: string;
  failed?: NoticeError;
  open: Set<string>;
  audience: string | null;
  uiLang: string;
  built: number;
}

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

  // Internal state lives in one object changed through `#set()`, rather than in
  // `static properties`, which the custom-elements manifest would list as attributes.
  // `purpose` is the one checked against `shown`: the attribute may name one not checked yet.
  // `built`: sections built so far (see RenderContext); Infinity once the whole notice is.
  #view: View = {
    open: new Set(),
    built: Infinity,
    audience: null,
    uiLang: 'en',
  };

  constructor() {
    super();
    this.headingLevel = 2;
  }

  /** Server-rendered nodes of a declarative shadow root, kept on screen until the notice is ready. */
  #ssr?: ChildNode[];
  /** The payload: fetched, parsed or checked, then shown once its interface strings are in. */
  readonly #payload = new JobController<Notice>(this, () => this.#loaded());
  /** The interface strings for the reading language and the payload's default language. */
  readonly #strings = new JobController<string>(this, () => this.#localized());
  readonly #status = new StatusMessage(this);
  readonly #links = new NoticeLinks(this, {
    shown: () => this.#view.shown,
    open: (id) => this.#whole(id),
    copied: () => this.#status.say(translator(this.#view.uiLang)('sections.copied')),
  });
  readonly #announcer = new TitleAnnouncer(this, this.#status, () => this.#view.shown && plain(this.#context(), this.#view.shown.title));
  /** `full` made absolute once, when it changes, rather than on every render. */
  #fullHref?: string;

  // A declarative shadow root from `layered-notice render --embed` is reused, not
  // replaced: its markup stays until the first real render, which removes it in the
  // same task, so no frame shows the page without the notice (layout shift 0).
  protected override createRenderRoot() {
    if (this.shadowRoot?.firstChild) this.#ssr = [...this.shadowRoot.childNodes];
    const root = super.createRenderRoot();
    // Links are handled by one listener on the shadow root, not on an element: browsers
    // mark every element under an element with a click listener as clickable, and
    // screen readers then say "clickable" on focusable headings and text.
    root.addEventListener('click', (event) => this.#links.handleClick(event as MouseEvent));
    // LitElement renders before the root's first child, here a server-rendered node
    // about to be removed: render after them instead.
    if (this.#ssr) this.renderOptions.renderBefore = undefined;
    return root;
  }

  protected override update(changed: PropertyValues): void {
    if (this.#ssr && (this.#view.shown || this.#view.failed)) {
      this.#ssr.forEach((node) => node.remove());
      this.#ssr = undefined;
    }
    super.update(changed);
  }

  // Independent checks, so attributes changed together all take effect.
  protected override willUpdate(changed: PropertyValues<this>): void {
    // Source: which payload to load.
    if (changed.has('notice') && this.notice !== undefined && this.notice !== this.#payload.value) {
      void this.#payload.run(() => checkNotice(this.notice, 'the notice property'));
    } else if (!this.hasUpdated) {
      const inline = this.querySelector(':scope > script[type="application/json"]');
      if (inline)
        void this.#payload.run(() =>
          parseNotice(inline.textContent ?? '', 'the inline <script type="application/json"> in <layered-notice>'),
        );
      else if (this.src) void this.#payload.run((signal) => fetchNotice(this.src!, signal));
      else this.#fail(noSource());
    } else if (changed.has('src') && this.src) {
      void this.#payload.run((signal) => fetchNotice(this.src!, signal));
    }
    // Language: a loaded payload is shown again in the new language once its strings are in.
    if ((changed.has('lang') || changed.has('locales')) && this.#payload.value) this.#localize();
    // Purpose: checked against the loaded payload, so a wrong id corrected later recovers.
    if (changed.has('purpose')) this.#show();
    if (changed.has('full')) this.#fullHref = absoluteFull(this.full);
  }

  /** A payload load finished: on to its interface strings, or the fallback. */
  #loaded(): void {
    const { value, error } = this.#payload;
    if (error) return this.#fail(asNoticeError(error));
    // Parsing and checking a payload, and the first render, each take tens of ms on a slow
    // phone: the browser gets a turn between them, so neither adds to the other's blocking.
    this.#checked = nextTask().then(() => {
      this.#checked = undefined;
      if (this.#payload.value !== value) return;
      this.notice = value;
      // The interface strings load before the first render, so a Welsh reader never sees an English flash.
      this.#localize();
    });
  }

  /** Waiting for the browser between a payload's check and its first render (see loaded()). */
  #checked?: Promise<void>;

  #localize(): void {
    void this.#strings.run(() => interfaceLanguageOf(this, this.locales, this.#payload.value?.language, this.#payload.value?.languages));
  }

  #localized(): void {
    if (this.#strings.value) this.#set({ uiLang: this.#strings.value });
    this.#show();
    this.#announcer.languageShown();
  }

  /** Changes internal state and renders again. */
  #set(patch: Partial<View>): void {
    this.#view = { ...this.#view, ...patch };
    this.requestUpdate();
  }

  /**
   * Shows the loaded payload once nothing is loading, unless the just-in-time variant's
   * purpose is not in it; announces a notice newly on screen with ln-ready.
   */
  #show(): void {
    const notice = this.#payload.value;
    if (!notice || this.#payload.status !== 'done' || this.#strings.status === 'running') return;
    const { purpose } = this;
    if (purpose && !notice.purposes.some((p) => p.id === purpose)) {
      return this.#fail(unknownPurpose(purpose));
    }
    if (this.#view.shown === notice) return this.#set({ purpose });
    // Server-rendered markup shows every section open: start the same way, so nothing moves.
    // Otherwise the first layer comes first, alone, and the sections follow a few per task
    // (see updated()), unless the address names a part of this notice: that is built at once.
    const whole = this.#ssr || purpose || location.hash.startsWith(`#${notice.id}-`);
    this.#set({
      shown: notice,
      purpose,
      failed: undefined,
      open: new Set(this.#ssr ? sectionIds(notice) : []),
      built: whole ? Infinity : 0,
    });
    this.#ready = false;
  }

  /** `updateComplete` resolves once the whole notice is built (not only its first layer), or the element is removed. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.#checked) return (await this.#checked, this.getUpdateComplete());
    return this.#building() ? (await nextTask(), this.getUpdateComplete()) : done;
  }

  /** Whether the rest of the notice is still to build: not while the element is out of the page (connectedCallback goes on). */
  #building(): boolean {
    return !!this.#view.shown && this.#view.built < Infinity && this.isConnected;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#building()) this.requestUpdate();
  }

  /** Whether ln-ready was sent for the notice on screen. */
  #ready = true;

  // The rest of the notice is built after the first layer is on screen, in tasks short
  // enough not to block input (https://web.dev/articles/optimize-long-tasks): each waits
  // for the browser with scheduler.yield() where it exists, a new task elsewhere.
  protected override updated(): void {
    const { shown, built } = this.#view;
    if (!shown) return;
    if (built < Infinity) {
      if (this.#building())
        void nextTask().then(() => {
          if (this.#view.shown === shown && this.#view.built === built && this.#building())
            this.#set({ built: built < visibleSections(this.#context()).length ? built + SECTIONS_PER_TASK : Infinity });
        });
    } else if (!this.#ready) {
      this.#ready = true;
      void this.#links.handleHash();
      this.#release();
      emit(this, 'ln-ready', { notice: shown, lang: this.#view.uiLang });
    }
  }

  /**
   * A page may reserve the first screen for the notice while it loads (README: the
   * embed snippet's `min-height: 100vh`), so that nothing below moves when it arrives;
   * once the notice is shown, or has failed and its fallback stays, the element is its
   * own height again.
   */
  #release(): void {
    this.style.minHeight = '0';
  }

  #fail(error: NoticeError): void {
    this.#release();
    this.#set({ shown: undefined, failed: error });
    console.error(error.report());
    const { kind, message, where, fix, problems } = error;
    emit(this, 'ln-error', { kind, message, where, fix, problems });
  }

  readonly #handlers: NoticeHandlers = {
    language: (tag) => {
      this.#announcer.chosen = true;
      this.lang = tag;
    },
    toggle: (id, open) => {
      const next = new Set(this.#view.open);
      if (open) next.add(id);
      else next.delete(id);
      this.#set({ open: next });
      emit(this, 'ln-toggle', { section: id, open });
    },
    toggleAll: (open) => {
      this.#set({ built: Infinity, open: new Set(open && this.#view.shown ? visibleSections(this.#context()).map((s) => s.id) : []) });
    },
    audience: (id) => {
      this.#set({ audience: id });
    },
    found: (id) => this.#whole(id),
  };

  /** Builds the whole notice at once, if it is still being built, and opens section `id` (none when empty). */
  #whole(id: string): void {
    if (this.#view.built < Infinity) this.#set({ built: Infinity });
    if (id && !this.#view.open.has(id)) this.#handlers.toggle(id, true);
  }

  #context(): RenderContext {
    const { shown, uiLang, audience, open, built } = this.#view;
    return contextOf(shown!, { lang: resolveLanguage(this, shown!.language), uiLang, level: this.headingLevel, audience, open, built });
  }

  override render() {
    if (!this.#view.shown) return this.#ssr ? nothing : renderFallback(this, !!this.#view.failed);
    const ctx = this.#context();
    const { purpose } = this.#view;
    if (purpose) return html`<div lang=${ctx.uiLang} dir=${direction(ctx.uiLang)}>${renderJit(ctx, purpose, this.#fullHref)}</div>`;
    return renderNotice(ctx, this.#handlers, this.#status.text);
  }
}
