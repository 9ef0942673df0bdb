/**
 * The WordPress plugin against a real WordPress (Debian's package), a real database and Apache, in
 * Chromium: pages saved as an administrator and as an editor (through wp_insert_post with that user
 * current, so WordPress's content filter runs as on a real save), then read as a resident would.
 *
 * Needs root (to install the packages and write /etc/wordpress/config-*.php) and `npm run build`
 * (dist/wordpress/). Skipped, with the reason, when it cannot run.
 */
// The functions given to page.evaluate() run in the page, with its globals.
/* global window, document */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launch } from '../../scripts/bench/browser.mjs';
import { provision, startSite } from '../wordpress/site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const plugin = path.join(root, 'dist/wordpress/layered-notice');

/** The policy SECURITY.md recommends for pages that show the notice. */
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";

const skip =
  process.getuid?.() !== 0
    ? 'the WordPress test runs as root (it installs Debian packages and writes /etc/wordpress/config-*.php)'
    : !existsSync(plugin)
      ? 'dist/wordpress/layered-notice is missing: run npm run build first'
      : !existsSync(CHROMIUM)
        ? `${CHROMIUM} is missing`
        : provision((m) => console.log(`[wordpress] ${m}`));

const NOTICE = '/wp-content/uploads/privacy/coventry-family-valued.json';
const payload = readFileSync(path.join(root, 'demo/notices/coventry-family-valued.json'), 'utf8');
const TITLE_EN = JSON.parse(payload).title.en;
const TITLE_CY = JSON.parse(payload).title.cy;

const snippet = `<script src="/wp-content/plugins/layered-notice/assets/layered-notice.iife.js" defer></script>
<layered-notice src="${NOTICE}" heading-level="2"><a href="/privacy/family-valued">Read our privacy notice</a></layered-notice>`;
const block = `<!-- wp:layered-notice/notice {"src":"${NOTICE}","fallbackUrl":"/privacy/family-valued"} /-->`;
const shortcode = `[layered_notice src="${NOTICE}" lang="cy" fallback-url="/privacy/family-valued"]`;

describe('WordPress plugin, in a real WordPress', { skip: skip || false }, () => {
  let site;
  let browser;
  /** page id by scenario name */
  const pages = {};

  /** Saves a page as `login`, with the content filter of that user (and of the site's hardening). */
  const save = (login, title, content, { hardened = false } = {}) =>
    Number(
      site.php(
        `$u = get_user_by('login', '${login}'); wp_set_current_user($u->ID);
echo wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => ${JSON.stringify(title)}, 'post_content' => wp_slash(${phpString(content)})), true);`,
        { env: hardened ? { LN_HARDENED: '1' } : {} },
      ),
    );
  const saved = (id) => site.php(`echo get_post(${id})->post_content;`);

  before(async () => {
    site = await startSite({
      plugin,
      files: { 'uploads/privacy/coventry-family-valued.json': payload },
      headers: { 'Content-Security-Policy': STRICT_CSP },
    });
    site.php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Council', 'admin', 'admin@example.test', false, '', 'admin-password-for-test');`,
      { installing: true },
    );
    site.php(`wp_insert_user(array('user_login' => 'editor', 'user_pass' => 'editor-password-for-test', 'user_email' => 'editor@example.test', 'role' => 'editor'));
switch_theme('twentytwentythree');`);
    // Before the plugin is active: what WordPress itself does with the pasted snippet.
    pages.rawNoPlugin = save('editor', 'Raw, no plugin', snippet, { hardened: true });
    pages.plain = save('admin', 'A page without a notice', '<p>Nothing to see.</p>');
    site.php(
      `require_once ABSPATH . 'wp-admin/includes/plugin.php'; $r = activate_plugin('layered-notice/layered-notice.php'); if (is_wp_error($r)) { echo $r->get_error_message(); exit(1); }`,
    );
    for (const role of ['admin', 'editor']) {
      pages[`block-${role}`] = save(role, `Block by ${role}`, block, { hardened: true });
      pages[`shortcode-${role}`] = save(role, `Shortcode by ${role}`, shortcode, { hardened: true });
      pages[`raw-${role}`] = save(role, `Raw by ${role}`, snippet);
      pages[`rawHardened-${role}`] = save(role, `Raw by ${role}, hardened`, snippet, { hardened: true });
    }
    browser = await launch();
  });

  after(async () => {
    await browser?.close();
    await site?.stop();
  });

  /** Opens a page; returns what a resident sees in the notice, every request, and CSP violations. */
  async function visit(id, { notice = true } = {}) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      window.__violations = [];
      // Where it came from: the page's own markup, or a file (such as the notice's script).
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile === document.URL ? 'page' : e.sourceFile}`),
      );
    });
    await page.goto(`${site.url}/?page_id=${id}`);
    const shown = !notice
      ? (await page.waitForLoadState('load'), null)
      : await page
          .waitForFunction(
            () => document.querySelector('layered-notice')?.shadowRoot?.querySelector('h2, h3')?.textContent.trim() || false,
            null,
            { timeout: 20_000 },
          )
          .then((h) => h.jsonValue())
          .catch(() => null);
    const result = {
      heading: shown,
      fallback: await page.evaluate(() => document.querySelector('.entry-content a, main a[href*="privacy"]')?.textContent ?? null),
      violations: await page.evaluate(() => window.__violations),
      requests,
      page,
      close: () => context.close(),
    };
    return result;
  }

  test('without the plugin, WordPress strips the pasted element and script from an editor on a hardened site; the link stays', () => {
    const content = saved(pages.rawNoPlugin);
    assert.doesNotMatch(content, /<layered-notice/);
    assert.doesNotMatch(content, /<script/);
    assert.match(content, /<a href="\/privacy\/family-valued">Read our privacy notice<\/a>/);
  });

  for (const role of ['admin', 'editor']) {
    test(`the block renders the notice, saved by an ${role} on a hardened site`, async () => {
      const v = await visit(pages[`block-${role}`]);
      assert.equal(v.heading, TITLE_EN);
      await v.close();
    });

    test(`the shortcode renders the notice in Welsh, saved by an ${role} on a hardened site`, async () => {
      const v = await visit(pages[`shortcode-${role}`]);
      assert.equal(v.heading, TITLE_CY);
      // The Welsh interface strings come from the plugin's own folder.
      assert.ok(
        v.requests.some((u) => u.endsWith('/wp-content/plugins/layered-notice/assets/locales/cy.json')),
        v.requests.join('\n'),
      );
      await v.close();
    });

    test(`pasted as HTML by an ${role} on a hardened site: the plugin keeps the element, WordPress drops the script, the notice shows`, async () => {
      const content = saved(pages[`rawHardened-${role}`]);
      assert.match(content, /<layered-notice src="[^"]+" heading-level="2">/);
      assert.doesNotMatch(content, /<script/);
      const v = await visit(pages[`rawHardened-${role}`]);
      assert.equal(v.heading, TITLE_EN);
      await v.close();
    });

    test(`pasted as HTML by an ${role} on a site as WordPress ships it: kept as written`, () => {
      assert.match(saved(pages[`raw-${role}`]), /<script src="[^"]+" defer><\/script>\s*<layered-notice/);
    });
  }

  test('no request leaves the site, and the script loads only on pages with a notice', async () => {
    const withNotice = await visit(pages['block-editor']);
    const outside = withNotice.requests.filter((u) => !u.startsWith(site.url) && !u.startsWith('data:'));
    assert.deepEqual(outside, []);
    await withNotice.close();
    const plain = await visit(pages.plain, { notice: false });
    assert.ok(!plain.requests.some((u) => u.includes('layered-notice.iife.js')), 'script loaded on a page without a notice');
    await plain.close();
  });

  test('the notice adds no Content Security Policy violation to the page', async () => {
    // The theme's own inline styles and scripts break the strict policy with or without the notice;
    // what the notice adds is the difference.
    const plain = await visit(pages.plain, { notice: false });
    const withNotice = await visit(pages['block-editor']);
    const added = [...withNotice.violations];
    for (const v of plain.violations) {
      const i = added.indexOf(v);
      if (i >= 0) added.splice(i, 1);
    }
    assert.ok(plain.violations.length > 0, 'the strict policy was not applied (no violation from the theme either)');
    assert.deepEqual(added, []);
    await plain.close();
    await withNotice.close();
  });

  test('the notice in the page passes axe', async () => {
    const v = await visit(pages['block-editor']);
    // Evaluated through the browser's debugging protocol, which the page's CSP does not govern.
    await v.page.evaluate(readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    const violations = await v.page.evaluate(async () => {
      if (!window.axe) return ['axe could not be added to the page'];
      const r = await window.axe.run({ include: [['layered-notice']] });
      return r.violations.map((x) => `${x.id}: ${x.nodes.length}`);
    });
    assert.deepEqual(violations, []);
    await v.close();
  });
});

/** A PHP single-quoted string literal. */
function phpString(text) {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
