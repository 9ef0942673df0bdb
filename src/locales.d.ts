/** Locale files are plain JSON, bundled by Rollup's JSON plugin and served as JSON modules in tests. */
declare module '*.json' {
  const value: Record<string, unknown>;
  export default value;
}
