/** The notice's title said through the status region after the reader chose a language in the switcher. */
import type { ReactiveControllerHost } from 'lit';
import type { StatusMessage } from '../status-message.js';

export class TitleAnnouncer {
  /** The reader picked a language in the switcher (not a change of `lang` by the page). */
  chosen = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly status: StatusMessage,
    /** The shown notice's title as plain text, undefined when none is shown. */
    private readonly title: () => string | undefined,
  ) {}

  /** The notice is shown in its new language: its title is said if the reader chose it. */
  languageShown(): void {
    if (this.chosen) void this.sayTitle();
    this.chosen = false;
  }

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
    await this.host.updateComplete;
    setTimeout(() => {
      const title = this.title();
      if (title !== undefined) this.status.say(title, 'until-replaced');
    }, 300);
  }
}
