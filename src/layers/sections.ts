/**
 * Layer 2, the full notice as an accordion with GOV.UK Frontend's semantics: each
 * section is a real heading holding a native button with `aria-expanded` and
 * `aria-controls`, whose accessible name reads "heading, summary, Show this
 * section"; a "Show all sections" button above opens every section unless all are
 * open. The visible "Show" is hidden from the accessibility tree and the whole phrase
 * "Show this section" is read instead: one key per phrase, so languages that put the
 * verb last can (and the name still contains the visible word, WCAG 2.5.3). Closed content is `hidden="until-found"`, so find-in-page still reaches it
 * where the engine supports that (the `beforematch` event opens the section), and is
 * plain `hidden` elsewhere. No regions and no disabled sections, as GOV.UK advises.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Notice } from '../schema/types.js';
import { forAudience, type RenderContext } from './context.js';
import { heading } from './heading.js';
import { block, text, words } from './rich-text.js';
import { choice } from './choice.js';
import { generatedSections, type Generated } from './generated.js';

export interface SectionHandlers {
  /** The reader toggled one section (by click, Enter or Space). */
  toggle(id: string, open: boolean): void;
  /** The reader pressed "Show all" / "Hide all". */
  toggleAll(open: boolean): void;
  /** Find-in-page landed in a section not built yet: build the notice and open that section. */
  found(id: string): void;
  /** Switch the audience filter. */
  audience(id: string | null): void;
}

/**
 * Visually hidden punctuation makes screen readers pause between the parts of a
 * button's name. The text is a binding so the build's HTML minifier cannot trim it.
 */
const pause = html`<span class="vh">${', '}</span>`;

const renderSection = (ctx: RenderContext, s: Generated, on: SectionHandlers): TemplateResult => {
  const { t } = ctx;
  const open = ctx.open.has(s.id);
  const contentId = ctx.id(`${s.id}-content`);
  const button = html`<button type="button" part="section-button" aria-expanded=${open} aria-controls=${contentId} @click=${() => on.toggle(s.id, !open)}>
    <span class="heading">${text(ctx, s.heading)}</span>
    ${s.summary ? html`${pause}<span class="summary">${text(ctx, s.summary)}</span>` : nothing}
    ${pause}<span class="toggle"><span class="chevron" aria-hidden="true"></span> <span class="toggle-text" aria-hidden="true">${t(open ? 'sections.hide' : 'sections.show')}</span><span class="vh">${t(open ? 'sections.hideSection' : 'sections.showSection')}</span></span>
  </button>`;
  return html`<div class="section" part="section" data-open=${open}>
    ${heading(ctx.level + 2, button, ctx.id(s.id))}
    <div class="content" part="content" id=${contentId} hidden=${open ? nothing : 'until-found'} @beforematch=${() => on.toggle(s.id, true)}>
      ${s.body.map((b) => block(ctx, b, ctx.level + 3))}${s.content}
      <p><a href="#${ctx.id(s.id)}" data-copy>${t('sections.link')}</a></p>
    </div>
  </div>`;
};

/**
 * How far the words of the sections not built yet reach, as a multiple of the sections
 * built: up to section 16 × built, so 15 sections' words for each section built, 60 more
 * per task; every section of the demo notices from the first task, all of a notice of
 * 1,200 sections after 19 tasks. All 1,200 in the first task made it about 150 ms
 * longer, unthrottled in Chromium, so about 8 ms for 60. A generated section (a notice
 * without `sections`) has only its heading here: its content is made from the facts that the
 * key facts layer already shows.
 */
const WORDS_REACH = 16;

/**
 * A section not built yet, while the element builds the notice a few sections per task:
 * its words alone, hidden until found, so find-in-page reaches them from the first
 * task (https://html.spec.whatwg.org/multipage/interaction.html#the-hidden-attribute).
 * A match builds the whole notice at once and opens the section, in place of these words.
 */
const renderUnbuilt = (ctx: RenderContext, s: Generated, on: SectionHandlers): TemplateResult =>
  html`<div hidden="until-found" @beforematch=${() => on.found(s.id)}>${words(ctx, [s.heading, s.summary, s.body])}</div>`;

/**
 * Templates kept while nothing they show changes: the element builds a long notice a few
 * sections per task, and each task would otherwise make every built section, and the
 * index of them all, again. `make()`, or what it made for `of` while `key` is the same.
 */
type Kept<K extends object> = WeakMap<K, [string, TemplateResult]>;
const kept = <K extends object>(cache: Kept<K>, of: K, key: string, make: () => TemplateResult): TemplateResult => {
  let last = cache.get(of);
  if (last?.[0] !== key) cache.set(of, (last = [key, make()]));
  return last[1];
};
/** Per element (its handlers, which the templates hold), per section: two elements may show one payload object. */
const sectionsMade = new WeakMap<SectionHandlers, Kept<Generated>>();
const indexes: Kept<Notice> = new WeakMap();

const renderAudiences = (ctx: RenderContext, on: SectionHandlers): unknown => {
  const list = ctx.notice.audiences;
  if (!list?.length) return nothing;
  const options = [{ value: null, label: ctx.t('sections.everyone') }, ...list.map((a) => ({ value: a.id, label: text(ctx, a.label) }))];
  return choice<string | null>('audience', ctx.t('sections.audience'), ctx.id('audience'), options, ctx.audience, on.audience);
};
/** The sections the chosen audience sees, in payload order; generated from the facts when the payload has none. */
export const visibleSections = (ctx: RenderContext): Generated[] =>
  (ctx.notice.sections ?? generatedSections(ctx)).filter((s) => forAudience(ctx, s.audiences));

/** The text before the first heading of the original notice, with no heading of its own. */
export const renderIntro = (ctx: RenderContext): unknown => ctx.notice.intro?.map((b) => block(ctx, b, ctx.level + 2));

/**
 * "In this notice": links to each section, at the top of the full notice, so a reader
 * arriving from the key facts can jump to a section (each link opens it).
 */
export const renderIndex = (
  ctx: RenderContext,
  sections: Generated[],
): TemplateResult => html`<nav class="index" aria-labelledby=${ctx.id('index')}>
  ${heading(ctx.level + 2, ctx.t('glance.index', { count: sections.length }), ctx.id('index'))}
  <ul>
    ${sections.map((sec) => html`<li><a href="#${ctx.id(sec.id)}">${text(ctx, sec.heading)}</a></li>`)}
  </ul>
</nav>`;

export function renderSections(ctx: RenderContext, on: SectionHandlers): TemplateResult {
  const sections = visibleSections(ctx);
  const key = [ctx.notice.id, ctx.noticeLang, ctx.lang, ctx.uiLang, ctx.level, ctx.audience].join();
  let made = sectionsMade.get(on);
  if (!made) sectionsMade.set(on, (made = new WeakMap()));
  const allOpen = sections.every((s) => ctx.open.has(s.id));
  const built = ctx.built ?? Infinity;
  return html`<div class="sections" part="sections">
    ${heading(ctx.level + 1, ctx.t('sections.heading'), ctx.id('sections'))}
    ${renderIntro(ctx)} ${kept(indexes, ctx.notice, key, () => renderIndex(ctx, sections))} ${renderAudiences(ctx, on)}
    <div class="controls">
      <button type="button" class="show-all" part="show-all" aria-expanded=${allOpen} aria-controls=${sections.map((s) => ctx.id(`${s.id}-content`)).join(' ')} @click=${() => on.toggleAll(!allOpen)}>
        <span class="chevron" aria-hidden="true"></span> ${ctx.t(allOpen ? 'sections.hideAll' : 'sections.showAll')}
      </button>
    </div>
    ${sections
      .slice(0, built * WORDS_REACH)
      .map((s, i) =>
        i < built
          ? kept(made, s, key + ctx.open.has(s.id), () => renderSection(ctx, s, on))
          : kept(made, s, key, () => renderUnbuilt(ctx, s, on)),
      )}
  </div>`;
}
