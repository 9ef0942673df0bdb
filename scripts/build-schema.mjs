#!/usr/bin/env node
// Writes dist/notice.schema.json: the schema objects the validator uses (from the
// built dist/schema.js), plus a human title and a description for every field from
// src/schema/field-docs.json, so an editor completes and explains a payload that
// names it in "$schema".
//
// field-docs.json names each place in the schema by a path:
//
//   version                          a field of the payload
//   controller.email                 a field of a field
//   purposes[]                       [] is one entry of a list
//   purposes[].lawfulBasis           a field of each entry
//   sections[].body[]|table          | is the object or list alternative of an anyOf: named
//   sections[].body[]|table.caption  by its "type" when it has one (the block variants),
//   #rich|[]|.href                   else a bare |. Alternatives that are a $ref or a plain
//                                    value are described where they are defined. #text,
//                                    #rich and #listItem are the shared definitions in $defs.
//
// and gives it either a description, or { "title", "description" }. The titles in the
// validator's own schema are the phrases of its messages ("expected an email address");
// they stay as they are there, and are replaced here by the human title from the docs.
//
// test/node/schema-docs.test.mjs fails on a field with no description, and on a docs
// entry whose path is not in the schema (a renamed field would otherwise lose its help
// silently); the build only warns about those, so one stale entry cannot stop every test.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NoticeSchema, defs } from '../dist/schema.js';

const DOCS = fileURLToPath(new URL('../src/schema/field-docs.json', import.meta.url));

/** The name of an anyOf alternative in a path: its "type" (`table`) when it has one, else nothing. */
const branch = (schema) => {
  const tag = schema.properties?.type?.const;
  return typeof tag === 'string' ? tag : '';
};

/**
 * Builds the JSON Schema from the validator's schema objects and the field docs.
 * Returns it with `unused`, the docs paths that name nothing in the schema.
 */
export function buildSchema(docs = JSON.parse(readFileSync(DOCS, 'utf8'))) {
  const used = new Set();
  const help = (path) => {
    const entry = docs[path];
    if (entry === undefined) return {};
    used.add(path);
    return typeof entry === 'string' ? { description: entry } : entry;
  };

  /** Copies a schema, adding the title and description that docs give for its path. */
  const annotate = (schema, path) => {
    const out = { ...schema };
    const { title, description } = help(path);
    if (title) out.title = title;
    if (description) out.description = description;
    if (schema.properties) {
      out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, annotate(v, path ? `${path}.${k}` : k)]));
    }
    if (schema.items) out.items = annotate(schema.items, `${path}[]`);
    if (schema.anyOf) {
      const seen = new Set();
      out.anyOf = schema.anyOf.map((alt) => {
        if (alt.type !== 'object' && alt.type !== 'array') return alt;
        const at = `${path}|${branch(alt)}`;
        if (seen.has(at))
          throw new Error(`two alternatives of ${path || 'the payload'} have the path ${at}: give them a "type" to tell them apart`);
        seen.add(at);
        return annotate(alt, at);
      });
    }
    return out;
  };

  const root = annotate(NoticeSchema, '');
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/layered-notice/dist/notice.schema.json',
    ...root,
    title: 'layered-notice payload, version 1',
    $defs: Object.fromEntries(Object.entries(defs).map(([k, v]) => [k, annotate(v, `#${k}`)])),
  };
  return { schema, unused: Object.keys(docs).filter((k) => !used.has(k)) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { schema, unused } = buildSchema();
  if (unused.length)
    console.warn(
      `warning: src/schema/field-docs.json names fields the schema does not have (renamed or misspelt?):\n  ${unused.join('\n  ')}`,
    );
  writeFileSync('dist/notice.schema.json', JSON.stringify(schema, null, 2) + '\n');
  console.log('dist/notice.schema.json written');
}
