// The payload schema in Node: every demo payload validates, each class of error gives
// its exact path and message, and the JSON Schema file describes the same shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { validateNotice } from '../../dist/schema.js';

const demo = (slug) => JSON.parse(readFileSync(`demo/notices/${slug}.json`, 'utf8'));
const slugs = readdirSync('demo/notices')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace('.json', ''));
const problems = (payload) => {
  const r = validateNotice(payload);
  assert.equal(r.ok, false, 'expected the payload to be refused');
  return r.problems.map((p) => `${p.path}: ${p.message}`);
};

test('the six demo payloads validate', () => {
  assert.equal(slugs.length, 6);
  for (const slug of slugs) {
    const r = validateNotice(demo(slug));
    assert.ok(r.ok, `${slug}: ${JSON.stringify(r.problems)}`);
  }
});

test('each class of invalid payload gives its exact path and message', () => {
  const base = demo('family-valued-evaluation');
  const cases = [
    [(({ version, ...rest }) => rest)(base), 'version: missing (expected 1)'],
    [{ ...base, version: '1' }, 'version: unsupported payload version "1": this release reads version 1'],
    [{ ...base, titel: 'x' }, 'titel: unknown field "titel": remove it or check its spelling'],
    [{ ...base, noticeType: 'direkt' }, 'noticeType: expected a notice type (one of direct, indirect, both), got "direkt"'],
    [{ ...base, title: 5 }, 'title: expected text, got number 5'],
    [{ ...base, title: '   ' }, 'title: expected text, got "   "'],
    [{ ...base, title: { en: 'x', cy: 3 } }, 'title.cy: expected text, got number 3'],
    [
      { ...base, controller: { ...base.controller, email: 'not-an-email' } },
      'controller.email: expected an email address, got "not-an-email"',
    ],
    [{ ...base, lastUpdated: '18/09/2020' }, 'lastUpdated: expected a date (YYYY-MM-DD), got "18/09/2020"'],
    [
      { ...base, rights: [{ code: 'A99' }] },
      'rights[0].code: expected a right code (one of A15, A16, A17, A18, A19, A20, A21, A22, A7-3, A77), got "A99"',
    ],
    [{ ...base, sections: [] }, 'sections: expected a list of sections with at least 1, got an empty list'],
    [
      { ...base, sections: [{ id: 'a', heading: 'A', body: [{ type: 'list', items: ['x', { text: 'y', items: [7] }] }] }] },
      'sections[0].body[0].items[1].items[0]: expected text or {"text", "items"}, got number 7',
    ],
    [
      { ...base, sections: [{ id: 'a', heading: 'A', body: [{ type: 'paragraf', text: 'x' }] }] },
      'sections[0].body[0]: expected text or a block whose "type" is paragraph, heading, list, table or address, got an object',
    ],
    [
      { ...base, sections: [{ id: 'a', heading: 'A', body: [{ type: 'paragraph', text: [{ text: 'x', href: 'javascript:alert(1)' }] }] }] },
      'sections[0].body[0].text[0].href: expected a https:, http:, mailto: or tel: link, got "javascript:alert(1)"',
    ],
    [
      { ...base, sections: [{ id: 'a', heading: 'A', body: [{ type: 'paragraph', text: [{ text: 'x', hreff: 'https://x.org' }] }] }] },
      'sections[0].body[0].text[0].hreff: unknown field "hreff": remove it or check its spelling',
    ],
    [{ ...base, sections: [{ id: 'Bad Id', heading: 'A', body: ['x'] }] }, 'sections[0].id: expected an id (a-z, 0-9, -), got "Bad Id"'],
    [
      {
        ...base,
        sections: [
          { id: 'a', heading: 'A', body: ['x'] },
          { id: 'a', heading: 'B', body: ['y'] },
        ],
      },
      'sections[1].id: "a" is used twice: section ids must be unique',
    ],
    [(({ controller, ...rest }) => rest)(base), 'controller: missing (expected an organisation)'],
    [{ ...base, purposes: [] }, 'purposes: the list is empty: add at least one purpose, with its lawful basis'],
    [{ ...base, rights: [] }, 'rights: the list is empty: list the rights that apply, at least {"code": "A15"}'],
    [
      { ...base, sections: [{ id: 'rights', heading: 'Your rights', body: ['x'] }] },
      'sections[0].id: "rights" is an id the notice uses for one of its own parts: choose another, such as "rights-section"',
    ],
    [
      { ...base, sections: [{ id: 'contact', heading: 'Contact us', body: ['x'] }] },
      'sections[0].id: "contact" is an id the notice uses for one of its own parts: choose another, such as "contact-section"',
    ],
    [
      {
        ...base,
        sections: [
          { id: 'a', heading: 'A', body: ['x'] },
          { id: 'a-content', heading: 'B', body: ['y'] },
        ],
      },
      'sections[1].id: "a-content" is an id the notice uses for one of its own parts: choose another, such as "a-content-section"',
    ],
  ];
  for (const [payload, message] of cases)
    assert.ok(problems(payload).includes(message), `${message}\n got: ${problems(payload).join('\n')}`);
});

test('every problem is reported, not only the first', () => {
  const base = demo('coventry-family-valued');
  assert.equal(problems({ ...base, title: 1, noticeType: 'x', id: 'A B' }).length, 3);
});

test('non-objects are refused without throwing', () => {
  for (const v of [null, undefined, 1, 'x', [], true]) assert.equal(validateNotice(v).ok, false);
});

test('dist/notice.schema.json is the same schema with field help', () => {
  const schema = JSON.parse(readFileSync('dist/notice.schema.json', 'utf8'));
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.required, ['version', 'id', 'title', 'noticeType', 'controller', 'purposes', 'rights']);
  assert.ok(schema.$defs.text && schema.$defs.listItem);
  assert.match(schema.properties.noticeType.description, /Art 13/);
  for (const slug of slugs) assert.equal(demo(slug).$schema, '../../dist/notice.schema.json');
});

test("README's minimal payload is valid", () => {
  const readme = readFileSync('README.md', 'utf8');
  const example = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(readme)[1]);
  const r = validateNotice(example);
  assert.ok(r.ok, JSON.stringify(r.problems));
});

test('lawful bases given once for the whole notice reach every purpose; a purpose may still give its own', () => {
  const base = demo('worcestershire-childrens-services');
  const purposes = base.purposes.map(({ lawfulBasis, ...p }) => p);
  purposes[0] = { ...purposes[0], lawfulBasis: ['A6-1-a'] };
  const input = { ...base, lawfulBasis: ['A6-1-e'], purposes };
  const r = validateNotice(input);
  assert.ok(r.ok, JSON.stringify(r.problems));
  assert.deepEqual(
    r.notice.purposes.map((p) => p.lawfulBasis),
    purposes.map((_, i) => (i === 0 ? ['A6-1-a'] : ['A6-1-e'])),
  );
  assert.equal(input.purposes[1].lawfulBasis, undefined, 'the payload itself is not changed');
  assert.deepEqual(problems({ ...base, purposes }), [
    ...purposes
      .map((_, i) => i)
      .filter((i) => i !== 0)
      .map(
        (i) => `purposes[${i}].lawfulBasis: missing: give this purpose its lawful basis, or give "lawfulBasis" once for the whole notice`,
      ),
  ]);
});

test('a purpose without a lawful basis is reported beside the other problems, not only once they are fixed', () => {
  const { title, ...base } = demo('parking-permits');
  const purposes = base.purposes.map(({ lawfulBasis, ...p }, i) => (i === 1 ? p : { ...p, lawfulBasis }));
  assert.deepEqual(problems({ ...base, purposes }), [
    'title: missing (expected text)',
    'purposes[1].lawfulBasis: missing: give this purpose its lawful basis, or give "lawfulBasis" once for the whole notice',
  ]);
});
