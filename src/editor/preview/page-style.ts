/**
 * The static page's own style, under a strict policy. A frame's srcdoc takes the editor
 * page's Content Security Policy, whose style-src 'self' refuses the page's inline <style>
 * (CSP Level 3, https://www.w3.org/TR/CSP3/#directive-style-src), so the preview showed it
 * unstyled. A constructed style sheet is not inline style: no policy blocks it, so the
 * frame adopts one made from the same rules. Without a policy the two are the same rules twice.
 */
export function adoptPageStyle(frame: HTMLIFrameElement): void {
  frame.addEventListener('load', () => {
    const doc = frame.contentDocument;
    const win = frame.contentWindow as (Window & typeof globalThis) | null;
    if (!doc || !win) return;
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync([...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n'));
    doc.adoptedStyleSheets = [sheet];
  });
}
