// The JSON Schema in dist/ explains every field, so an editor shows help while
// typing; and a standard JSON Schema validator (Ajv, draft 2020-12) agrees with the
// runtime validator about real payloads, so what the editor accepts the element shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validateNotice } from '../../dist/schema.js';
import { buildSchema } from '../../scripts/build-schema.mjs';

const schema = JSON.parse(readFileSync('dist/notice.schema.json', 'utf8'));
const demo = (slug) => JSON.parse(readFileSync(`demo/notices/${slug}.json`, 'utf8'));
const slugs = readdirSync('demo/notices')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace('.json', ''));

/**
 * Every documentable place in the schema, named by the path src/schema/field-docs.json
 * uses for it (see scripts/build-schema.mjs): properties, list entries, the object or
 * list alternatives of an anyOf (block variants by their "type"), and the $defs.
 */
function places() {
  const found = [];
  const walk = (s, path, kind) => {
    found.push({ path, kind, node: s });
    for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, path ? `${path}.${k}` : k, 'property');
    if (s.items) walk(s.items, `${path}[]`, 'entry');
    for (const alt of s.anyOf ?? []) {
      if (alt.type !== 'object' && alt.type !== 'array') continue;
      const tag = alt.properties?.type?.const;
      walk(alt, `${path}|${typeof tag === 'string' ? tag : ''}`, alt.properties?.type?.const ? 'block' : 'alternative');
    }
  };
  walk(schema, '', 'payload');
  for (const [k, v] of Object.entries(schema.$defs)) walk(v, `#${k}`, 'definition');
  return found;
}

test('every field of dist/notice.schema.json has a description', () => {
  const missing = places()
    .filter(
      (p) => ['payload', 'property', 'block', 'definition'].includes(p.kind) || (p.kind === 'alternative' && p.node.type === 'object'),
    )
    .filter((p) => !p.node.description?.trim())
    .map((p) => `${p.path || "''"} (${p.kind})`);
  assert.deepEqual(missing, [], `add these paths to src/schema/field-docs.json:\n  ${missing.join('\n  ')}`);
});

test("every field has a human title, not the validator's message phrase", () => {
  // The validator's titles are phrases for messages ("an email address", "true or false");
  // field-docs.json gives each property a title for people ("Email").
  const bad = places()
    .filter((p) => p.kind === 'property' || p.kind === 'block' || p.kind === 'definition')
    .filter((p) => !/^[A-Z]/.test(p.node.title ?? ''))
    .map((p) => `${p.path}: ${JSON.stringify(p.node.title)}`);
  assert.deepEqual(bad, [], `give these a title in src/schema/field-docs.json:\n  ${bad.join('\n  ')}`);
});

test('field-docs.json names only fields the schema has', () => {
  const { unused } = buildSchema();
  assert.deepEqual(unused, [], 'renamed or misspelt paths in src/schema/field-docs.json');
});

test('the field help leaves the runtime schema untouched', async () => {
  // The validator's messages are built from its own titles; the help goes only into the file.
  const { NoticeSchema } = await import('../../dist/schema.js');
  assert.equal(NoticeSchema.properties.controller.title, 'an organisation');
  assert.equal(NoticeSchema.properties.controller.properties.email.title, 'an email address');
  assert.equal(NoticeSchema.properties.controller.description, undefined);
  assert.equal(schema.properties.controller.properties.email.pattern, NoticeSchema.properties.controller.properties.email.pattern);
});

test('the UK GDPR articles are cited where they apply', () => {
  const p = schema.properties;
  assert.match(p.noticeType.description, /Art(icle)? 13/);
  assert.match(p.controller.description, /13\(1\)\(a\)/);
  assert.match(p.purposes.items.properties.lawfulBasis.description, /Article 6\(1\)/);
  assert.match(p.retention.description, /13\(2\)\(a\)/);
  assert.match(p.transfers.properties.details.items.properties.safeguard.description, /Article 46/);
  assert.match(p.complaint.properties.regulator.properties.url.description, /ico\.org\.uk/);
  const table = p.sections.items.properties.body.items.anyOf.find((a) => a.properties?.type?.const === 'table');
  assert.equal(table.title, 'Table');
  assert.match(table.properties.caption.description, /screen readers/);
});

/** A standard validator for the emitted schema, as an editor or a CI pipeline would use. */
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const check = ajv.compile(schema);
const ajvErrors = () =>
  (check.errors ?? [])
    .map((e) => `${e.instancePath || '/'}: ${e.message}${e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ''}`)
    .join('\n');

test('Ajv (JSON Schema 2020-12) accepts the six demo payloads, as the runtime validator does', () => {
  assert.equal(slugs.length, 6);
  for (const slug of slugs) {
    const payload = demo(slug);
    assert.ok(validateNotice(payload).ok, `${slug}: the runtime validator refused it`);
    assert.ok(check(payload), `${slug}: Ajv refused it:\n${ajvErrors()}`);
  }
});

test('Ajv refuses invalid payloads that the runtime validator refuses', () => {
  const base = demo('family-valued-evaluation');
  const cases = {
    'an unknown field': [
      { ...base, titel: 'x' },
      'titel: unknown field "titel": remove it or check its spelling',
      '/: must NOT have additional properties (titel)',
    ],
    'a block with an unknown type': [
      { ...base, sections: [{ id: 'a', heading: 'A', body: [{ type: 'paragraf', text: 'x' }] }] },
      'sections[0].body[0]: expected text or a block whose "type" is paragraph, heading, list, table or address, got an object',
      '/sections/0/body/0: must match a schema in anyOf',
    ],
    'a script link': [
      { ...base, sections: [{ id: 'a', heading: 'A', body: [{ type: 'paragraph', text: [{ text: 'x', href: 'javascript:alert(1)' }] }] }] },
      'sections[0].body[0].text[0].href: expected a https:, http:, mailto: or tel: link, got "javascript:alert(1)"',
      '/sections/0/body/0/text/0/href: must match pattern',
    ],
    'a missing controller and a bad email': [
      { ...(({ controller, ...rest }) => rest)(base), dpo: { email: 'not-an-email' } },
      'controller: missing (expected an organisation)',
      "/: must have required property 'controller'",
    ],
  };
  for (const [what, [payload, runtime, standard]] of Object.entries(cases)) {
    const r = validateNotice(payload);
    assert.equal(r.ok, false, `${what}: the runtime validator accepted it`);
    assert.ok(
      r.problems.some((p) => `${p.path}: ${p.message}` === runtime),
      `${what}: ${JSON.stringify(r.problems)}`,
    );
    assert.equal(check(payload), false, `${what}: Ajv accepted it`);
    assert.ok(ajvErrors().includes(standard), `${what}: Ajv said\n${ajvErrors()}`);
  }
});
