export { validateNotice, formatProblems } from './validate.js';
export type { NoticeProblem, ValidationResult } from './validate.js';
export { NoticeSchema, LangMapSchema, defs } from './notice-schema.js';
export type { Schema } from './kit.js';
export { RIGHT_CODES, LAWFUL_BASIS_CODES, SPECIAL_CATEGORY_CODES, baseCode } from './codes.js';
export type * from './types.js';
export { suggestField } from './suggest.js';
