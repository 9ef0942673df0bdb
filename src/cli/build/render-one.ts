/** What `build` makes of one valid notice: its page, its embed and its lint counts. */
import { lintNotice } from '../lint/index.js';
import { renderEmbed } from '../render/embed.js';
import { renderPage } from '../render/page.js';
import type { Notice } from '../../schema/types.js';

export interface Rendered {
  page: string;
  embed: string;
  lint: { error: number; warning: number; info: number };
}

/** Renders `notice` in its own language; `href` is the page the embed's fallback link points to. */
export async function renderOne(notice: Notice, href: string): Promise<Rendered> {
  const lang = notice.language ?? 'en';
  const page = await renderPage(notice, lang);
  const embed = await renderEmbed(notice, lang, href);
  const lint = { error: 0, warning: 0, info: 0 };
  for (const f of lintNotice(notice)) lint[f.severity]++;
  return { page, embed, lint };
}
