/**
 * The links inside a shown notice, as a Lit reactive controller
 * (https://lit.dev/docs/composition/controllers/): a URL fragment naming a part of
 * the notice opens and focuses it, "Link to this section" copies the address, and
 * rights actions are reported with ln-action.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Notice } from './schema/types.js';
import { emit, type ActionDetail } from './events.js';
import { sectionIds } from './layers/generated.js';

/** What the links need of the element. */
export interface LinksHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface LinksOptions {
  /** The notice on screen, if any. */
  shown(): Notice | undefined;
  /** Builds the whole notice if it is not yet, and opens a section (none: ''), if it is closed. */
  open(section: string): void;
  /** Says, through the status region, that an address was copied. */
  copied(): void;
}

/**
 * Moves focus to a heading a link pointed at. Headings are not focusable otherwise
 * (see layers/heading.ts): `tabindex="-1"` is added for the focus and removed when
 * focus leaves, as GOV.UK Frontend does for the targets it focuses.
 */
const focusTarget = (target: HTMLElement): void => {
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
  target.focus({ preventScroll: true });
};

export class NoticeLinks implements ReactiveController {
  constructor(
    private readonly host: LinksHost,
    private readonly options: LinksOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.handleHash);
    addEventListener('beforeprint', this.whole);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.handleHash);
    removeEventListener('beforeprint', this.whole);
  }

  /** A page printed while the notice is still being built prints all of it: the update runs before printing. */
  private whole = (): void => this.options.open('');

  /** Opens and scrolls to the part of this notice named by the URL's fragment. */
  handleHash = async (): Promise<void> => {
    const notice = this.options.shown();
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // A malformed fragment (#%) names nothing here.
    }
    if (!notice || !id.startsWith(`${notice.id}-`)) return;
    // The part named may not be built yet: the whole notice is built at once.
    this.options.open(sectionIds(notice).find((s) => `${notice.id}-${s}` === id) ?? '');
    await this.host.updateComplete;
    const target = this.host.renderRoot.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    target?.scrollIntoView({ block: 'start' });
    if (target) focusTarget(target);
  };

  /** In-notice links whose fragment is already in the URL fire no hashchange; follow them here. */
  handleClick = (event: MouseEvent): void => {
    const link = (event.composedPath()[0] as Element).closest?.('a');
    const href = link?.getAttribute('href') ?? '';
    if (href.startsWith('#') && href === location.hash) void this.handleHash();
    if (link?.hasAttribute('data-copy')) void this.copyLink(link.href);
    const channel = link?.dataset.channel as ActionDetail['channel'] | undefined;
    const right = link?.closest<HTMLElement>('[data-right]')?.dataset.right;
    if (channel && right) emit(this.host, 'ln-action', { right, channel, href });
  };

  /** Copies a section's address where the browser allows it, and says so through the status region. */
  private async copyLink(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.options.copied();
    } catch {
      // No clipboard (an insecure page, or permission refused): the link still works as a link.
    }
  }
}
