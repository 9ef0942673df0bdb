#!/usr/bin/env node
/* global document -- page.evaluate runs this function in the page. */
/**
 * How long the first layer is on a phone, and how many of the 14 items of UK GDPR
 * Articles 13 and 14 it carries, for each demo notice.
 *
 * Renders each payload with the classic script in headless Chromium (playwright-core),
 * 390 px wide, and measures layer 1 (`[part="glance"]`) and, when the build has one,
 * the key-facts layer (`[part="facts"]`) that follows it. An item counts as present
 * when text that states it appears in that layer; items the payload does not have are
 * not counted.
 *
 * Usage: npm run build && node scripts/layer1-metrics.mjs [--dist dir] [--json]
 * Environment: CHROMIUM=/path/to/chromium (default /usr/bin/chromium).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './bench/browser.mjs';

const args = process.argv.slice(2);
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist';
const asJson = args.includes('--json');
const script = readFileSync(path.join(dist, 'layered-notice.iife.js'), 'utf8');
const en = JSON.parse(readFileSync('locales/en.json', 'utf8'));

/** Plain English text of a payload value (strings, language maps, runs). */
const plain = (v) =>
  typeof v === 'string'
    ? v
    : Array.isArray(v)
      ? v.map(plain).join('')
      : v && typeof v === 'object'
        ? 'text' in v
          ? plain(v.text)
          : (v.en ?? Object.values(v)[0] ?? '')
        : '';
const first = (s) => plain(s).replace(/\s+/g, ' ').trim().slice(0, 40);

/**
 * The 14 items (Art 13(1)(a)-(f), 13(2)(a)-(f), 14(1)(d), 14(2)(f)): for each, the
 * phrases any one of which shows it, or null when the payload does not have it.
 */
const items = (n) => {
  const basisNames = [...new Set(n.purposes.flatMap((p) => p.lawfulBasis))]
    .map((c) => en.bases[c.replace(/^(A6-1-[a-f]|UK-A6-1-ea).*/, '$1')]?.name)
    .filter(Boolean);
  const li = n.purposes.map((p) => p.legitimateInterests).filter(Boolean);
  const retention = [...(n.retention ?? []).map((r) => r.period), ...n.purposes.map((p) => p.retention).filter(Boolean)];
  const consent = n.purposes.some(
    (p) => p.lawfulBasis.some((c) => c.startsWith('A6-1-a')) || (p.specialCategoryConditions ?? []).includes('A9-2-a'),
  );
  return {
    controller: [first(n.controller.name)],
    // Its contact details when the payload has them, else its name or role (the contact layer has the address).
    dpo: n.dpo
      ? (n.dpo.email || n.dpo.phone ? [n.dpo.email, n.dpo.phone] : [first(n.dpo.name ?? ''), en.contacts.dpo]).filter(Boolean)
      : null,
    purposes: n.purposes.map((p) => first(p.description)),
    lawfulBasis: basisNames,
    legitimateInterests: li.length ? li.map(first) : null,
    recipients: n.recipients?.length ? n.recipients.map((r) => first(r.description)) : null,
    transfers: n.transfers
      ? [en.glance.transfers, en.glance.noTransfers, ...(n.transfers.details ?? []).map((d) => first(d.country))]
      : null,
    retention: retention.length ? retention.map(first) : null,
    rights: n.rights.filter((r) => r.code !== 'A77').map((r) => en.rights[r.code].name),
    withdrawConsent: consent ? [en.rights['A7-3'].name] : null,
    complaint: n.complaint ? [plain(n.complaint.regulator.name), en.rights.A77.name] : null,
    provision: n.provision ? [first(n.provision)] : null,
    automatedDecisions: n.automatedDecisions
      ? [en.glance.automated, en.glance.noAutomated, first(n.automatedDecisions.details ?? '')].filter(Boolean)
      : null,
    categories: n.dataCategories?.length ? n.dataCategories.map((c) => first(c.description)) : null,
    sources: n.sources?.length ? n.sources.map((s) => first(s.description)) : null,
  };
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || CHROMIUM,
  headless: false,
  args: [...CHROMIUM_FLAGS, '--hide-scrollbars'],
});
const rows = [];
try {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 })).newPage();
  for (const file of readdirSync('demo/notices')
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const notice = JSON.parse(readFileSync(path.join('demo/notices', file), 'utf8'));
    await page.setContent(
      '<!doctype html><html lang="en"><body style="margin:0;padding:0 15px;font:16px/1.5 system-ui,sans-serif"></body></html>',
    );
    await page.addScriptTag({ content: script });
    const measured = await page.evaluate(async (n) => {
      const el = document.createElement('layered-notice');
      el.lang = 'en';
      const ready = new Promise((r) => el.addEventListener('ln-ready', r, { once: true }));
      el.notice = n;
      document.body.append(el);
      await ready;
      await el.updateComplete;
      const part = (name) => el.shadowRoot.querySelector(`[part="${name}"]`);
      const glance = part('glance');
      const facts = part('facts');
      return {
        glance: glance.getBoundingClientRect().height,
        facts: facts ? facts.getBoundingClientRect().height : 0,
        text: (glance.innerText + '\n' + (facts ? facts.innerText : '')).replace(/\s+/g, ' '),
      };
    }, notice);
    const has = Object.entries(items(notice)).filter(([, v]) => v);
    const present = has.filter(([, phrases]) => phrases.some((p) => p && measured.text.includes(p.replace(/\s+/g, ' ').trim())));
    rows.push({
      notice: file.replace(/\.json$/, ''),
      layer1px: Math.round(measured.glance),
      factsPx: Math.round(measured.facts),
      items: `${present.length}/${has.length}`,
      missing: has
        .filter((h) => !present.includes(h))
        .map(([k]) => k)
        .join(' '),
    });
  }
} finally {
  await browser.close();
}
if (asJson) console.log(JSON.stringify(rows, null, 2));
else {
  console.log(
    `| notice | layer 1 px (390 wide) | key facts px | Art 13/14 items in layer 1 + key facts | missing |\n| --- | ---: | ---: | ---: | --- |`,
  );
  for (const r of rows) console.log(`| ${r.notice} | ${r.layer1px} | ${r.factsPx} | ${r.items} | ${r.missing} |`);
}
