import { expect } from '@open-wc/testing';

/**
 * The pages `layered-notice render` writes (static, and the --embed element on a page with
 * the classic script) under the strict Content Security Policy of SECURITY.md. Their styles
 * are one inline <style>, so the notice is styled before any request: the policy allows it
 * by the hash `render` prints (style-src 'self' 'sha256-…'), and nothing else is inline.
 * The pages and hashes are written by test/node/ssr-embed.test.mjs.
 */
type Frame = Window & { __violations: { directive: string; blocked: string; sample: string }[]; __errors: string[] };

async function open(url: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  await new Promise((r) => setTimeout(r, 300));
  return frame.contentWindow as Frame;
}

describe('render and render --embed under the strict policy (dist/ssr/csp/)', function () {
  this.timeout(30_000);
  let hashes: Record<string, string>;
  before(async () => {
    hashes = await (await fetch('/dist/ssr/csp/hashes.json')).json();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const name of ['static', 'embed']) {
    it(`${name}: 0 violations with style-src 'self' and the printed hash, and the notice is styled`, async () => {
      const response = await fetch(`/dist/ssr/csp/${name}.html?style=${encodeURIComponent(hashes[name])}`);
      expect(response.headers.get('content-security-policy')).to.contain(`style-src 'self' '${hashes[name]}';`);
      const win = await open(`/dist/ssr/csp/${name}.html?style=${encodeURIComponent(hashes[name])}`);
      expect(win.__violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(win.__errors, 'uncaught errors').to.deep.equal([]);
      if (name === 'embed') {
        const el = win.document.querySelector('layered-notice')!;
        for (let i = 0; i < 100 && !(el as any).hasUpdated; i++) await new Promise((r) => setTimeout(r, 50));
        expect(el.shadowRoot!.querySelector('[part="base"]')).to.exist;
        expect(win.getComputedStyle(el).display).to.equal('block');
        expect(win.__violations, 'after the script took over').to.deep.equal([]);
      } else {
        // PAGE_CSS sets the notice's measure: unstyled, <main> would span the frame.
        expect(win.document.querySelector('main')!.getBoundingClientRect().width).to.be.lessThan(880);
      }
    });
  }

  it('control: without the hash, the policy blocks the inline <style> and says so', async () => {
    const win = await open('/dist/ssr/csp/static.html');
    expect(win.__violations.map((v) => v.directive).join(' ')).to.match(/style-src/);
  });
});
