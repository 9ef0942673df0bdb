/** The HTML that `render` writes, the static page and the embed: Lit's server output made plain, and escaping. */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';

/** Text for an HTML attribute or element, escaped. */
export const escape = (s: string): string => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * Lit's server output without its hydration markers: the `<!--lit-part …-->`,
 * `<!--/lit-part-->` and `<!--lit-node 3-->` comments, and the `<?>` lit-html appends
 * to a template that ends with a binding (a browser reads it as an empty comment).
 * Neither output is hydrated: a static page has no script, and the element replaces an
 * embed's server-rendered nodes with its own first render. Payload text cannot forge
 * either pattern: Lit escapes `<` in every text and attribute binding, so they only
 * ever match Lit's own output.
 */
const stripLitMarkers = (s: string): string => s.replace(/<!--\/?lit-(?:part|node)\b[^>]*-->|<\?>/g, '');

/** `<h4  >` (attributes bound to `nothing`) as `<h4>`, and no blank lines: neater output, the same page. */
const tidy = (s: string): string => s.replace(/<([a-z][a-z0-9]*)\s+>/g, '<$1>').replace(/\n\s*\n/g, '\n');

/** `template` rendered on the server as plain HTML: no hydration markers, tidied. */
export const serverHtml = async (template: unknown): Promise<string> => tidy(stripLitMarkers(await collectResult(render(template))));
