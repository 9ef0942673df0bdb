// The `layered-notice` command, run as a user runs it: the built dist/cli.js in a child
// process (run `npm run build` first; `npm test` does). Exit codes, validate's paths and
// line:column, every lint rule firing on a payload made to break it and on no complete one,
// render's static HTML, and import's drafts from the council pages in test/fixtures/html/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateNotice } from '../../dist/schema.js';

const cli = (...args) => {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'layered-notice-cli-'));
let files = 0;
/** Writes a payload to a temporary file and returns its path. */
const payloadFile = (value) => {
  const file = join(tmp, `payload-${++files}.json`);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
};
const complete = () => JSON.parse(readFileSync('test/fixtures/cli/complete.json', 'utf8'));
/** The date lint judges lastUpdated by in these tests, so they read the same in any year. */
const TODAY = '2026-06-01';
const lint = (payload) => {
  const r = cli('lint', '--format', 'json', '--today', TODAY, payloadFile(payload));
  return { ...r, ...JSON.parse(r.out) };
};
const demos = readdirSync('demo/notices').filter((f) => f.endsWith('.json'));

test('exit codes: 0 fine, 1 problems found, 2 usage error', () => {
  const cases = [
    [[], 2],
    [['--help'], 0],
    [['frobnicate', 'x.json'], 2],
    [['validate', '--help'], 0],
    [['lint', '--help'], 0],
    [['render', '--help'], 0],
    [['import', '--help'], 0],
    [['validate'], 2],
    [['validate', 'a.json', 'b.json'], 2],
    [['validate', 'no-such-file.json'], 2],
    [['validate', '--colour', 'x.json'], 2],
    [['validate', '--format', 'xml', 'test/fixtures/cli/complete.json'], 2],
    [['validate', '--format'], 2],
    [['render', '--lang', 'not a tag', 'test/fixtures/cli/complete.json'], 2],
    [['import', '--base', 'ftp://x', 'test/fixtures/html/parking-permits.html'], 2],
    [['validate', 'test/fixtures/cli/complete.json'], 0],
    [['validate', 'test/fixtures/cli/invalid.json'], 1],
    [['lint', 'test/fixtures/cli/complete.json'], 0],
    [['lint', 'test/fixtures/cli/invalid.json'], 1],
    [['render', 'test/fixtures/cli/invalid.json'], 1],
  ];
  for (const [args, code] of cases) assert.equal(cli(...args).code, code, `layered-notice ${args.join(' ')}`);
  for (const demo of demos) assert.equal(cli('validate', `demo/notices/${demo}`).code, 0, demo);
  // Usage errors go to standard error with the usage line.
  assert.match(
    cli('validate', 'no-such-file.json').err,
    /cannot read no-such-file\.json: no such file[\s\S]*Usage: layered-notice validate/,
  );
});

test('validate gives each problem its exact JSON path and line:column', () => {
  const { code, out } = cli('validate', 'test/fixtures/cli/invalid.json');
  assert.equal(code, 1);
  const lines = out.trim().split('\n');
  const file = 'test/fixtures/cli/invalid.json';
  assert.deepEqual(lines, [
    `${file}:1:1: title: missing (expected text)`,
    `${file}:4:3: titel: unknown field "titel": remove it or check its spelling (did you mean "title"?)`,
    `${file}:5:17: noticeType: expected a notice type (one of direct, indirect, both), got "direkt"`,
    `${file}:6:55: controller.email: expected an email address, got "not-an-email"`,
    `${file}:10:107: sections[0].body[1].items[1].items[0]: expected text or {"text", "items"}, got number 7`,
    `5 problems in ${file}`,
  ]);
  const json = JSON.parse(cli('validate', '--format', 'json', file).out);
  assert.equal(json.valid, false);
  assert.deepEqual(json.problems[1], {
    path: 'titel',
    line: 4,
    column: 3,
    message: 'unknown field "titel": remove it or check its spelling',
    suggestion: 'title',
  });
  assert.deepEqual(JSON.parse(cli('validate', '--format', 'json', 'test/fixtures/cli/complete.json').out), {
    file: 'test/fixtures/cli/complete.json',
    valid: true,
    problems: [],
    warnings: [],
  });
});

test('validate warns about HTML pasted into text, with the fix, and still calls the payload valid', () => {
  const n = complete();
  n.sections[0].body[0].text.en = '<p>We collect your name.</p>';
  n.purposes[1].description = 'Read our <a href="https://exampleton-libraries.org.uk/news">newsletter</a>';
  const file = payloadFile(n);
  const r = cli('validate', file);
  assert.equal(r.code, 0, 'valid: the tags show as text, they break nothing');
  const lines = r.out.trim().split('\n');
  assert.match(
    lines[0],
    /:\d+:\d+: purposes\[1\]\.description: warning: "<a href="https:[^"]*">" looks like HTML pasted into text; .*write the link as a run, \{"text": "\.\.\.", "href": "https:\/\/\.\.\."\}/,
  );
  assert.match(
    lines[1],
    /: sections\[0\]\.body\[0\]\.text\.en: warning: "<p>" looks like HTML pasted into text; .*remove the tags: a paragraph is a string in body/,
  );
  assert.equal(lines[2], `${file}: valid, with 2 warnings`);
  const json = JSON.parse(cli('validate', '--format', 'json', file).out);
  assert.equal(json.valid, true);
  assert.deepEqual(
    json.warnings.map((w) => w.path),
    ['purposes[1].description', 'sections[0].body[0].text.en'],
  );
});

test('the demo notices that give residents no way to act are failed, and the retired ICO number is caught', () => {
  const findings = (slug) => lint(JSON.parse(readFileSync(`demo/notices/${slug}.json`, 'utf8'))).findings;
  const coventry = findings('coventry-family-valued');
  assert.ok(
    coventry.some((f) => f.rule === 'rights-channel' && f.severity === 'error' && f.path === 'rightsAction' && /handledBy/.test(f.message)),
    JSON.stringify(coventry),
  );
  const cheshire = findings('children-in-need-looked-after');
  assert.ok(
    cheshire.some((f) => f.rule === 'rights-channel' && f.severity === 'error' && f.path === 'rights'),
    JSON.stringify(cheshire),
  );
  assert.ok(
    cheshire.some((f) => f.rule === 'retired-number' && f.severity === 'error' && f.path === 'complaint.regulator.phone'),
    JSON.stringify(cheshire),
  );
  assert.ok(
    cheshire.some((f) => f.rule === 'rights-not-applicable' && /A22/.test(f.message)),
    'A22 listed while automatedDecisions.used is false',
  );
});

test('every id the notice gives its own parts is refused as a section id', () => {
  const n = complete();
  const html = cli('render', payloadFile(n)).out;
  const sectionIds = new Set(n.sections.flatMap((s) => [s.id, `${s.id}-content`]));
  const own = [...html.matchAll(/ id="complete-([^"]+)"/g)].map((m) => m[1]).filter((id) => !sectionIds.has(id));
  assert.ok(own.length >= 6, `the layers' own ids: ${own}`);
  for (const id of own) {
    const clash = complete();
    clash.sections[0].id = id;
    const r = validateNotice(clash);
    assert.equal(r.ok, false, `a section with id "${id}" would share the id of the notice's own ${id}`);
    assert.match(
      r.problems[0].message,
      new RegExp(`^"${id}" is an id the notice uses for one of its own parts: choose another, such as "${id}-section"$`),
    );
  }
});

test('lint --today must be a date', () => {
  const r = cli('lint', '--today', 'tomorrow', 'test/fixtures/cli/complete.json');
  assert.equal(r.code, 2);
  assert.match(r.err, /--today must be a date written YYYY-MM-DD, got "tomorrow"/);
});

test('validate places JSON syntax errors, and reads "__proto__" as a plain (unknown) field', () => {
  const broken = payloadFile('{\n  "version": 1,\n  "id": "x" "title": "y"\n}');
  const r = cli('validate', broken);
  assert.equal(r.code, 1);
  assert.match(r.out, /:3:13: \(JSON syntax\): expected ","/);
  const raw = payloadFile(
    readFileSync('test/fixtures/cli/complete.json', 'utf8').replace('"version": 1,', '"version": 1, "__proto__": {},'),
  );
  assert.match(cli('validate', raw).out, /__proto__: unknown field "__proto__"/);
});

/** Each rule, a payload made to break it (from the complete one), and the finding it must give. */
const BREAKS = [
  ['controller-contact', 'error', 'controller', (n) => (n.controller = { name: n.controller.name })],
  ['dpo-contact', 'warning', 'dpo', (n) => (n.dpo = { name: 'Data Protection Officer' })],
  ['dpo-contact', 'info', 'dpo', (n) => delete n.dpo],
  ['public-authority-dpo', 'warning', 'dpo', (n) => ((n.controller.name = 'Exampleton Borough Council'), delete n.dpo)],
  ['purpose-lawful-basis', 'error', 'purposes[0].lawfulBasis', (n) => (n.purposes[0].lawfulBasis = [])],
  ['legitimate-interests', 'error', 'purposes[0].legitimateInterests', (n) => (n.purposes[0].lawfulBasis = ['A6-1-f-controller'])],
  ['data-categories', 'error', 'dataCategories', (n) => delete n.dataCategories],
  ['recipients', 'warning', 'recipients', (n) => delete n.recipients],
  ['transfers', 'warning', 'transfers', (n) => delete n.transfers],
  ['transfers', 'error', 'transfers.details', (n) => (n.transfers = { outsideUK: true })],
  ['retention', 'error', 'retention', (n) => delete n.retention, ['prose-facts']],
  ['rights-listed', 'warning', 'rights', (n) => (n.rights = n.rights.filter((r) => r.code !== 'A21'))],
  ['withdraw-consent', 'error', 'rights', (n) => (n.rights = n.rights.filter((r) => r.code !== 'A7-3'))],
  ['complaint-ico', 'error', 'complaint', (n) => delete n.complaint],
  ['complaint-ico', 'warning', 'complaint.regulator', (n) => (n.complaint.regulator = { name: "Information Commissioner's Office" })],
  ['provision-requirement', 'error', 'provision', (n) => delete n.provision],
  ['sources', 'error', 'sources', (n) => delete n.sources],
  ['automated-decisions', 'warning', 'automatedDecisions', (n) => delete n.automatedDecisions],
  [
    'automated-decisions',
    'error',
    'automatedDecisions.details',
    (n) => ((n.automatedDecisions = { used: true }), n.rights.push({ code: 'A22' })),
  ],
  ['special-category-condition', 'error', 'dataCategories[1]', (n) => delete n.purposes[0].specialCategoryConditions],
  ['audiences-declared', 'error', 'sections[1].body[1].audiences[0]', (n) => (n.sections[1].body[1].audiences = ['parnets'])],
  ['first-layer-impact', 'info', 'purposes', (n) => delete n.purposes[0].highImpact],
  ['translation-missing', 'warning', 'sections[1].body[0].rows[0][1]', (n) => (n.sections[1].body[0].rows[0][1] = { en: '2 years' })],
  [
    'vague-language',
    'info',
    'sections[0].body[0].text.en',
    (n) => (n.sections[0].body[0].text.en = 'We may collect your name, and some of your address.'),
  ],
  ['valid-payload', 'error', 'titel', (n) => (n.titel = 'x')],
  ['valid-payload', 'error', 'purposes', (n) => (n.purposes = [])],
  ['valid-payload', 'error', 'rights', (n) => (n.rights = [])],
  ['valid-payload', 'error', 'sections[1].id', (n) => (n.sections[1].id = 'rights')],
  ['complaint-controller', 'warning', 'complaint', (n) => delete n.complaint.controller],
  ['complaint-controller', 'warning', 'complaint.controller', (n) => (n.complaint.controller = { name: 'Data Protection Officer' })],
  // Coventry's case: who handles requests, but no way to reach them.
  ['rights-channel', 'error', 'rightsAction', (n) => (n.rightsAction = { handledBy: 'Adult Social Care Insight Team' })],
  // Cheshire West's case: no way to act at all.
  ['rights-channel', 'error', 'rights', (n) => delete n.rightsAction],
  [
    'rights-channel',
    'error',
    'rights[2]',
    (n) => ((n.rights = n.rights.map((r, i) => (i === 2 ? r : { ...r, action: { phone: '01234 567890' } }))), delete n.rightsAction),
  ],
  ['rights-not-applicable', 'warning', 'rights[8]', (n) => n.rights.push({ code: 'A22' })],
  [
    'rights-not-applicable',
    'warning',
    'rights[4]',
    (n) => ((n.purposes[1].lawfulBasis = ['A6-1-e']), (n.rights = n.rights.filter((r) => r.code !== 'A7-3'))),
  ],
  ['rights-not-applicable', 'warning', 'rights[6]', (n) => (n.purposes[1].lawfulBasis = ['A6-1-b-contract-performance'])],
  ['placeholder-text', 'error', 'controller.email', (n) => (n.controller.email = 'dpo@example.com')],
  [
    'placeholder-text',
    'error',
    'sections[0].body[0].text.en',
    (n) => (n.sections[0].body[0].text.en = 'We collect details about your [child/young person].'),
  ],
  ['placeholder-text', 'error', 'purposes[1].description', (n) => (n.purposes[1].description = 'TODO: say why')],
  ['placeholder-text', 'error', 'dpo.name', (n) => (n.dpo.name = 'XXX')],
  [
    'placeholder-text',
    'error',
    'sections[0].body[1].items[0].en',
    (n) => (n.sections[0].body[1].items[0].en = 'Email [email\u00a0protected]'),
  ],
  ['criminal-offence-condition', 'error', 'dataCategories[0]', (n) => (n.dataCategories[0].criminal = true)],
  ['retired-number', 'error', 'complaint.regulator.phone', (n) => (n.complaint.regulator.phone = '08456 30 60 60')],
  [
    'retired-number',
    'error',
    'sections[0].body[0].text.en',
    (n) => (n.sections[0].body[0].text.en = 'You can call the ICO on 0845 630 6060.'),
    ['prose-facts'],
  ],
  ['html-in-text', 'warning', 'sections[0].body[0].text.en', (n) => (n.sections[0].body[0].text.en = '<p>We collect your name.</p>')],
  [
    'html-in-text',
    'warning',
    'purposes[1].description',
    (n) => (n.purposes[1].description = 'To send the <a href="https://exampleton-libraries.org.uk/news">newsletter</a> you asked for'),
  ],
  ['last-updated', 'warning', 'lastUpdated', (n) => delete n.lastUpdated],
  ['last-updated', 'info', 'lastUpdated', (n) => (n.lastUpdated = '2025-04-30')],
  [
    'prose-facts',
    'info',
    'sections[0].body[0].text.en',
    (n) => (n.sections[0].body[0].text.en = 'Write to loans@exampleton-libraries.org.uk to ask.'),
  ],
];

test('the complete payload gives no finding at all', () => {
  const r = lint(complete());
  assert.equal(r.code, 0);
  assert.deepEqual(r.findings, []);
});

test('each lint rule fires on a payload made to break it, with its severity and path, and only that rule', () => {
  for (const [rule, severity, path, breakIt, also = []] of BREAKS) {
    const payload = complete();
    breakIt(payload);
    const r = lint(payload);
    const what = `${rule} at ${path}: got ${JSON.stringify(r.findings.map((f) => `${f.rule} ${f.severity} ${f.path}`))}`;
    assert.ok(
      r.findings.some((f) => f.rule === rule && f.severity === severity && f.path === path),
      what,
    );
    assert.ok(
      r.findings.every((f) => f.rule === rule || also.includes(f.rule)),
      `only ${rule} should fire: ${what}`,
    );
    assert.equal(r.code, severity === 'info' ? 0 : 1, `exit code for ${what}`);
    const f = r.findings.find((x) => x.rule === rule);
    assert.ok(f.line >= 1 && f.column >= 1 && f.message.length > 10, what);
    assert.equal(f.doc, `docs/lint/${rule}.md`);
  }
});

test('lint scopes the Article 13 and 14 rules by noticeType', () => {
  const direct = complete();
  direct.noticeType = 'direct';
  delete direct.sources;
  delete direct.dataCategories[1].special;
  delete direct.dataCategories;
  assert.deepEqual(lint(direct).findings, [], 'sources and data categories are Article 14 only');
  const indirect = complete();
  indirect.noticeType = 'indirect';
  delete indirect.provision;
  assert.deepEqual(lint(indirect).findings, [], 'the provision requirement is Article 13 only');
  const message = lint({ ...complete(), noticeType: 'indirect', retention: undefined }).findings[0].message;
  assert.match(message, /Art 14\(2\)\(a\)/);
  assert.doesNotMatch(message, /Art 13/);
});

test('lint leaves the month alone and reports vague words once per text', () => {
  const n = complete();
  n.sections[0].body[0].text.en = 'Updated on 1 May 2026. May 2027 is next.';
  assert.deepEqual(lint(n).findings, []);
  n.sections[0].body[0].text.en = 'We might, possibly, often, share it.';
  const [f] = lint(n).findings;
  assert.match(f.message, /vague words "might", "possibly", "often"/);
});

test('every rule has a doc page saying what the law asks and how to fix it, and every page a rule', () => {
  const rules = new Set(BREAKS.map(([rule]) => rule));
  const pages = readdirSync('docs/lint')
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => f.replace('.md', ''));
  assert.deepEqual([...rules].sort(), pages.sort());
  for (const rule of rules) {
    const page = readFileSync(`docs/lint/${rule}.md`, 'utf8');
    assert.match(page, new RegExp(`^# ${rule} \\(`), rule);
    assert.match(page, /\*\*Source:\*\*/, rule);
    assert.match(page, /\*\*How to fix:\*\*/, rule);
    assert.match(readFileSync('docs/lint/README.md', 'utf8'), new RegExp(`\\[${rule}\\]\\(${rule}\\.md\\)`), rule);
  }
});

const unescape = (s) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const textOf = (value) => (typeof value === 'string' ? value : value.en);

test('render writes static HTML with every section heading, real tables and no script', () => {
  for (const demo of demos) {
    const notice = JSON.parse(readFileSync(`demo/notices/${demo}`, 'utf8'));
    const r = cli('render', `demo/notices/${demo}`);
    assert.equal(r.code, 0, `${demo}: ${r.err}`);
    const html = r.out;
    assert.match(html, /^<!doctype html>\n<html lang="en" dir="ltr">/);
    assert.match(
      unescape(html),
      new RegExp(`<h1 id="${notice.id}-title"[^>]*>${textOf(notice.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`),
    );
    // A facts-only notice gets its sections generated under standard headings.
    if (!notice.sections)
      assert.ok(html.includes(`<h3 id="${notice.id}-information">Information we use</h3>`), `${demo}: generated heading`);
    for (const s of notice.sections ?? [])
      assert.ok(unescape(html).includes(`<h3 id="${notice.id}-${s.id}">${textOf(s.heading)}</h3>`), `${demo}: heading ${s.id}`);
    assert.doesNotMatch(html, /<script|\son[a-z]+=|javascript:/i, demo);
    assert.doesNotMatch(html, /<button|<input|hidden=/, `${demo}: nothing that needs a script`);
    assert.doesNotMatch(html, /<!--|<\?>/, `${demo}: Lit's SSR markers are stripped`);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) assert.match(href, /^(https?:\/\/|mailto:|tel:|#)/, `${demo}: ${href}`);
    for (const table of html.match(/<table>[\s\S]*?<\/table>/g) ?? []) assert.match(table, /<thead><tr><th scope="col">/, demo);
    assert.match(html, /<h2 id="[^"]+-rights">Use your rights<\/h2>[\s\S]*<h2 id="[^"]+-contact">Contact us<\/h2>/);
  }
});

test('render escapes payload text and writes --out', () => {
  const n = complete();
  n.sections[0].heading.en = '<script>alert(1)</script> <!--lit-part x-->';
  const out = join(tmp, 'page.html');
  const r = cli('render', payloadFile(n), '--out', out);
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, '');
  const html = readFileSync(out, 'utf8');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &lt;!--lit-part x--&gt;'));
  assert.doesNotMatch(html, /<script/);
  // --lang picks payload text; the interface falls back to English where no locale ships.
  const welsh = cli('render', payloadFile(complete()), '--lang', 'cy').out;
  assert.match(welsh, /<h3 id="complete-what-we-collect">Beth rydym yn ei gasglu<\/h3>/);
});

test('render --embed keeps payload text that looks like Lit markers, escaped, in text and in links', () => {
  const n = complete();
  n.sections[0].heading.en = '<!--lit-part x--> heading <?>';
  n.purposes[0].description = [{ text: 'see <!--/lit-part-->', href: 'https://example.org/?q=<!--/lit-part-->' }];
  const r = cli('render', payloadFile(n), '--embed', '/privacy');
  assert.equal(r.code, 0, r.err);
  const shadow = /<template shadowrootmode="open">([\s\S]*?)<\/template>/.exec(r.out)[1];
  assert.ok(shadow.includes('&lt;!--lit-part x--&gt; heading &lt;?&gt;'), 'the heading, escaped and whole');
  assert.ok(shadow.includes('>see &lt;!--/lit-part--&gt;</a>'), 'the link text, escaped and whole');
  assert.match(shadow, /href="https:\/\/example\.org\/\?q=(&lt;|%3C)!--\/lit-part--(&gt;|%3E)"/, 'the link, escaped and whole');
});

test('a notice-level lawfulBasis renders and lints as if each purpose gave it', () => {
  const each = JSON.parse(readFileSync('demo/notices/parking-permits.json', 'utf8'));
  const once = structuredClone(each);
  once.lawfulBasis = ['A6-1-e'];
  for (const p of once.purposes) if (p.lawfulBasis.join() === 'A6-1-e') delete p.lawfulBasis;
  assert.ok(
    once.purposes.some((p) => !p.lawfulBasis),
    'some purpose now leaves its basis to the notice',
  );
  const [a, b] = [each, once].map(payloadFile);
  assert.equal(cli('render', b).out, cli('render', a).out);
  assert.equal(cli('render', b, '--embed').out, cli('render', a, '--embed').out);
  assert.deepEqual(lint(once).findings, lint(each).findings);
});

const FIXTURES = readdirSync('test/fixtures/html').filter((f) => f.endsWith('.html'));
const imported = (fixture) => {
  const r = cli('import', `test/fixtures/html/${fixture}`);
  return { ...r, draft: JSON.parse(r.out) };
};

test('import turns each council page into a valid draft, and render and lint accept it', () => {
  assert.ok(FIXTURES.length >= 3);
  // That page lists no purposes: its draft is refused on purpose (the next tests).
  for (const fixture of FIXTURES.filter((f) => f !== 'housing-no-main.html')) {
    const { code, draft, err } = imported(fixture);
    assert.equal(code, 0, `${fixture}: ${err}`);
    const valid = validateNotice(draft);
    assert.ok(valid.ok, `${fixture}: ${JSON.stringify(valid.problems)}`);
    assert.match(err, /The draft is a valid payload/);
    const file = payloadFile(draft);
    assert.equal(cli('render', file).code, 0, fixture);
    assert.notEqual(cli('lint', file).code, 2, fixture);
    // Site furniture stays out.
    const all = JSON.stringify(draft);
    for (const furniture of [
      'Skip to main content',
      'cookies',
      'Bins and recycling',
      'Breadcrumb',
      'Switchboard',
      'Related',
      'dataLayer',
      'Is this page useful',
      'Search',
    ])
      assert.ok(!all.includes(furniture), `${fixture}: "${furniture}" came in`);
  }
});

test('import reads headings, blocks, inline runs and contacts from a GOV.UK-style page', () => {
  const { draft, err } = imported('parking-permits.html');
  assert.equal(draft.id, 'parking-permits');
  assert.equal(draft.title, 'Parking permits privacy notice');
  assert.equal(draft.url, 'https://www.example-borough.gov.uk/privacy/parking-permits');
  assert.equal(draft.lastUpdated, '2025-03-03');
  assert.deepEqual(
    draft.sections.map((s) => s.heading),
    [
      'Parking permits privacy notice',
      'Who we are',
      'Why we use your information',
      'What information we collect',
      'Who we share it with',
      'How long we keep it',
      'Your rights',
      'Contact us',
      'How to complain',
    ],
  );
  assert.deepEqual(draft.sections[0].body, [
    {
      type: 'paragraph',
      text: [
        'This notice explains how we use your information when you apply for a ',
        { text: 'resident or visitor parking permit', strong: true },
        '.',
      ],
    },
  ]);
  assert.deepEqual(draft.sections[3].body[0].items[1], { text: 'Your vehicle', items: ['registration number', 'make and colour'] });
  const [shared] = draft.sections[4].body;
  assert.equal(shared.caption, 'Organisations we share information with');
  assert.deepEqual(shared.head, ['Organisation', 'Why']);
  assert.deepEqual(shared.rows[1][1], [
    'To enforce ',
    { text: 'parking restrictions', href: 'https://www.example-borough.gov.uk/parking/restrictions' },
  ]);
  assert.deepEqual(draft.sections[5].body[0].head, ['Record', 'How long']);
  assert.deepEqual(draft.sections[7].body[1], {
    type: 'address',
    lines: ['Data Protection Officer', 'Example Borough Council', 'Town Hall', 'High Street', 'Exampleton', 'EX1 2AB'],
  });
  // Contacts: the notice's own, not the footer's switchboard.
  assert.deepEqual(draft.controller, {
    name: 'Example Borough Council',
    email: 'parking@example-borough.gov.uk',
    phone: '01234 567890',
    icoRegistration: 'Z1234567',
  });
  assert.equal(draft.dpo.email, 'dpo@example-borough.gov.uk');
  assert.equal(draft.dpo.address.at(-1), 'EX1 2AB');
  assert.deepEqual(draft.complaint.regulator, {
    name: "Information Commissioner's Office",
    url: 'https://ico.org.uk/make-a-complaint/',
    phone: '0303 123 1113',
  });
  assert.deepEqual(
    draft.purposes.map((p) => [p.description, p.lawfulBasis]),
    [
      ['check you live in the permit zone', ['A6-1-e']],
      ['issue, renew and cancel permits', ['A6-1-e']],
      ['enforce parking restrictions', ['A6-1-e']],
    ],
  );
  assert.deepEqual(
    draft.rights.map((r) => r.code),
    ['A15', 'A16', 'A18', 'A21', 'A77'],
  );
  for (const path of ['controller.name', 'controller.email', 'dpo.email', 'purposes', 'rights', 'noticeType'])
    assert.match(err, new RegExp(`^  ${path.replace(/[[\].]/g, '\\$&')}: `, 'm'), path);
});

test('import resolves relative links, drops script links and reads consent and Article 9 from a Drupal-style page', () => {
  const { draft, err } = imported('adult-social-care.html');
  const all = JSON.stringify(draft);
  assert.ok(all.includes('"href":"https://www.sampleshire.gov.uk/nhs-sharing-agreement"'));
  assert.ok(!all.includes('javascript:'));
  assert.match(err, /1 link\(s\) kept as text, as they are not web, email or phone links: javascript:void\(0\)/);
  assert.deepEqual(draft.purposes[0].lawfulBasis, ['A6-1-a', 'A6-1-c', 'A6-1-e']);
  assert.deepEqual(draft.purposes[0].specialCategoryConditions, ['A9-2-h']);
  assert.ok(draft.rights.some((r) => r.code === 'A7-3'));
  assert.deepEqual(draft.dpo, {
    name: 'Data Protection Officer',
    address: ['Data Protection Officer', 'County Hall', 'Sampletown', 'SM1 1AA'],
    email: 'dataprotection@sampleshire.gov.uk',
    phone: '01632 960123',
  });
  assert.equal(draft.controller.name, 'Sampleshire County Council');
  assert.equal(draft.lastUpdated, '2024-01-12');
  const shared = draft.sections.find((s) => s.heading === 'Who we share it with');
  assert.deepEqual(shared.body[0], { type: 'heading', text: 'Health services' });
  assert.deepEqual(draft.sections.find((s) => s.heading === 'Your rights').body[0].ordered, true);
});

test('import leaves out what the page does not state, asks about it, and puts no placeholder in the draft', () => {
  const { draft, err } = imported('housing-no-main.html');
  assert.equal(draft.title, 'Housing register privacy notice');
  assert.match(err, /has no <main>/);
  assert.match(err, /^ {2}title: the page has no <h1>/m);
  assert.equal(draft.controller.name, 'Sample District Council');
  assert.match(err, /^ {2}controller\.name: "Sample District Council" is the site's name: check it is the data controller/m);
  // Text before the first heading sits under the notice's title; a heading with nothing under it is left out, and said so.
  assert.deepEqual(
    draft.sections.map((s) => s.heading),
    ['Housing register privacy notice', 'What we do with your information', 'Contact'],
  );
  assert.deepEqual(draft.sections[0].body, ['We hold information about you to manage the housing register.']);
  assert.match(err, /the heading "Keeping your information" has no text under it, so it was left out/);
  // No list of purposes: none invented; validate refuses the draft until a person adds them.
  assert.deepEqual(draft.purposes, []);
  assert.match(err, /question\(s\) the page does not answer[\s\S]*^ {2}purposes: what is the data used for\?/m);
  assert.doesNotMatch(JSON.stringify(draft), /TODO/);
  const valid = validateNotice(draft);
  assert.equal(valid.ok, false);
  assert.ok(
    valid.problems.some((p) => p.path === 'purposes'),
    JSON.stringify(valid.problems),
  );
});

test('import leaves out a controller the page does not name, and validate refuses the draft until it is filled in', () => {
  const file = join(tmp, 'no-controller.html');
  writeFileSync(file, '<!doctype html><html lang="en"><body><main><h1>Notice</h1><h2>Why</h2><p>We use it.</p></main></body></html>');
  const r = cli('import', file);
  assert.equal(r.code, 1, r.err);
  const draft = JSON.parse(r.out);
  assert.equal(draft.controller.name, undefined);
  assert.doesNotMatch(r.out, /TODO/);
  assert.match(r.err, /^ {2}controller\.name: who is the data controller\?/m);
  assert.match(r.err, /validate will refuse it until these are filled in:\n {2}controller\.name: /);
  const v = cli('validate', payloadFile(draft));
  assert.equal(v.code, 1);
  assert.match(v.out + v.err, /controller\.name/);
});

test('docs/lint-report.md is what the built CLI says about the demo notices now', () => {
  const out = join(tmp, 'lint-report.md');
  const run = spawnSync(process.execPath, ['scripts/lint-report.mjs', '--out', out], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(
    readFileSync('docs/lint-report.md', 'utf8'),
    readFileSync(out, 'utf8'),
    'the committed report is stale: run npm run lint-report',
  );
});
