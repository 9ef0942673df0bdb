/**
 * The text of the notice's status region (role="status", WCAG 2.2 success criterion
 * 4.1.3 Status Messages, https://www.w3.org/TR/WCAG22/#status-messages): a short
 * message a screen reader announces without moving focus, cleared after a while so
 * a stale message is not read again. A Lit reactive controller, so its timer goes
 * when the element is removed.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a message stays in the region. */
export const STATUS_MS = 5000;

export class StatusMessage implements ReactiveController {
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Shows `text`, replacing any message (and its timer) before it, for `lasts` ms or,
   * with 'until-replaced', until the next message. A screen reader reads the region
   * when it gets to the change, which after a large redraw can be seconds later: a
   * message emptied before then is not read at all.
   */
  say(text: string, lasts: number | 'until-replaced' = STATUS_MS): void {
    this.show(text);
    if (lasts !== 'until-replaced') this.timer = setTimeout(() => this.show(''), lasts);
  }

  private show(text: string): void {
    clearTimeout(this.timer);
    this.text = text;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.show('');
  }
}
