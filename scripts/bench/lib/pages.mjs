// The pages the benchmark serves, made from the demo page and a `layered-notice render`.

/**
 * The static page `layered-notice render` wrote, put where the demo page has its
 * `<layered-notice>`: the same site header, footer, site.css and head, less the
 * element's script. The render's own `body{}` rule is dropped (the site styles the
 * body), `<main class="notice">` becomes a `<div>` (the site page has its own
 * `<main>`), headings move one level down (the page's `<h1>Privacy</h1>` stays the
 * only h1, as the element's heading-level 2 does), and the at-a-glance heading gets
 * `elementtiming="ln-first-layer"` so an Element Timing observer reports its paint.
 */
export function embedStatic(rendered, demoPage, { mark = 'ln-first-layer' } = {}) {
  const css = /<style>([\s\S]*?)<\/style>/.exec(rendered)?.[1] ?? '';
  const main = /<main class="notice">[\s\S]*<\/main>/.exec(rendered)?.[0];
  if (!main) throw new Error('embedStatic: the rendered page has no <main class="notice">');
  const pageCss = css.replace(/(^|\n)body\{[^}]*\}/, '').trim();
  let notice = main.replace(/^<main/, '<div').replace(/<\/main>$/, '</div>');
  notice = notice.replace(/<(\/?)h([1-5])(?=[\s>])/g, (_, slash, n) => `<${slash}h${Number(n) + 1}`);
  let marked = false;
  notice = notice.replace(/<h(\d) id="([^"]*-glance)"/, (m, n, id) => ((marked = true), `<h${n} id="${id}" elementtiming="${mark}"`));
  if (!marked) throw new Error('embedStatic: no at-a-glance heading (id="…-glance") in the rendered page');
  const element = /<layered-notice\b[\s\S]*?<\/layered-notice>/;
  if (!element.test(demoPage)) throw new Error('embedStatic: the demo page has no <layered-notice> element');
  return demoPage
    .replace(/[ \t]*<!-- The embed[^\n]*\n/, '')
    .replace(/[ \t]*<script src="[^"]*layered-notice[^"]*\.js"[^>]*><\/script>\n?/, '')
    .replace('</head>', `  <style>${pageCss}</style>\n</head>`)
    .replace(element, () => notice);
}

/** The demo page with its `<layered-notice>` made by script instead (for `notice`-property runs). */
export function scalingPage(demoPage) {
  return demoPage.replace(/[ \t]*<layered-notice\b[\s\S]*?<\/layered-notice>\n?/, '    <div id="bench-host"></div>\n');
}

/**
 * A page with the classic script and no element at all (the start-up check); with
 * `script: false`, the same page without the script either (its control).
 */
export function startupPage(demoPage, { script = true } = {}) {
  const page = scalingPage(demoPage).replace(/[ \t]*<div id="bench-host"><\/div>\n?/, '');
  return script
    ? page
    : page.replace(/[ \t]*<!-- The embed[^\n]*\n/, '').replace(/[ \t]*<script src="[^"]*layered-notice[^"]*\.js"[^>]*><\/script>\n?/, '');
}

/** `page` with `<link rel="preload" href="${href}" as="fetch" crossorigin>` first in its head (the README's advice). */
export function withPreload(page, href) {
  if (!/<head>\n?/.test(page)) throw new Error('withPreload: the page has no <head>');
  return page.replace(/<head>\n?/, (m) => `${m}  <link rel="preload" href="${href}" as="fetch" crossorigin>\n`);
}

/**
 * `page` with the payload inline: `json` as a `<script type="application/json">` first
 * child of its `<layered-notice>`, and no `src` (the element reads the inline payload
 * first). `</` is written `<\/` in the JSON so no string in it can end the script.
 */
export function withInline(page, json) {
  const open = /<layered-notice\b([^>]*)>/;
  if (!open.test(page)) throw new Error('withInline: the page has no <layered-notice> element');
  const data = JSON.stringify(JSON.parse(json)).replace(/<\//g, '<\\/');
  return page.replace(
    open,
    (m, attrs) => `<layered-notice${attrs.replace(/\s+src="[^"]*"/, '')}>\n      <script type="application/json">${data}</script>`,
  );
}
