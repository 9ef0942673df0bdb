/** The ES module entry: exports only, no side effects. Import `layered-notice/define` to register the tag. */
export { LayeredNotice } from './layered-notice.js';
export * from './schema/index.js';
export { NoticeError } from './load/notice-error.js';
export type { NoticeErrorKind } from './load/notice-error.js';
export type * from './events.js';
