/**
 * The static page and the server-rendered embed, made in the browser by the same
 * renderers `layered-notice render` and `render --embed` use (Lit's server renderer
 * runs without Node), so what the editor shows is what the command would write.
 */
import { renderEmbed } from '../../cli/render/embed.js';
import { renderPage } from '../../cli/render/page.js';
import type { Notice } from '../../schema/types.js';

export { renderEmbed, renderPage };

/**
 * The Content-Security-Policy sources that allow the inline `<style>` elements of `html`,
 * as `render` prints them: `'sha256-…'` each, computed with the browser's own hashing.
 */
export async function styleSources(html: string): Promise<string[]> {
  const styles = [...new Set([...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css))];
  return Promise.all(
    styles.map(async (css) => {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
      return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
    }),
  );
}

/** The embed snippet for a page at `pageUrl`, with the hash a strict policy needs for its style. */
export async function embedFor(notice: Notice, lang: string, pageUrl: string): Promise<{ snippet: string; styleSrc: string[] }> {
  const snippet = await renderEmbed(notice, lang, pageUrl);
  return { snippet, styleSrc: await styleSources(snippet) };
}
