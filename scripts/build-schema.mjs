#!/usr/bin/env node
// Writes dist/notice.schema.json: the schema objects the validator uses (from the
// built dist/schema.js), plus field help from src/schema/field-docs.json, so an
// editor completes and explains a payload that names it in "$schema".
import { readFileSync, writeFileSync } from 'node:fs';
import { NoticeSchema, defs } from '../dist/schema.js';

const docs = JSON.parse(readFileSync(new URL('../src/schema/field-docs.json', import.meta.url), 'utf8'));

/** Copies a schema, adding `description` to the properties that docs name by dotted path. */
const annotate = (schema, path) => {
  const out = { ...schema };
  if (docs[path]) out.description = docs[path];
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, annotate(v, path ? `${path}.${k}` : k)]));
  }
  if (schema.items) out.items = annotate(schema.items, `${path}[]`);
  if (schema.anyOf) out.anyOf = schema.anyOf.map((s) => annotate(s, `${path}|`));
  return out;
};

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://unpkg.com/layered-notice/dist/notice.schema.json',
  ...annotate(NoticeSchema, ''),
  title: 'layered-notice payload, version 1',
  description: docs[''],
  $defs: Object.fromEntries(Object.entries(defs).map(([k, v]) => [k, annotate(v, `#${k}`)])),
};
writeFileSync('dist/notice.schema.json', JSON.stringify(schema, null, 2) + '\n');
console.log('dist/notice.schema.json written');
