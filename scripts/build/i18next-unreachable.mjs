/**
 * For the classic script: leaves out the parts of i18next that the component's private
 * instance (src/i18n/i18n.ts) can never run. The instance is made with createInstance(),
 * given its resources at init (English) and by addResourceBundle (the other locales),
 * and used only through getFixedT, t, dir and hasResourceBundle; it has no backend,
 * language detector, post-processor or plugin, `debug` is off, and keys are strings.
 * i18next's classes keep every method whether called or not, so a bundler cannot drop
 * them; this plugin does, measured with `npm run size` (gzip -9 of the classic script):
 * - the Formatter and the backend Connector (I18NEXT_DEAD_CODE): 1.7 KB;
 * - i18next's default instance, made as the script is evaluated, and the module's exports read
 *   from it (I18NEXT_DEAD_CODE): 75 B, and one i18next instance less constructed (options
 *   converted, methods bound) in the task that runs the script;
 * - methods in UNREACHABLE: 1.9 KB;
 * - branches in NEVER_TRUE: 0.7 KB (of which 42 B the engine-without-Intl error);
 * - a deprecation warning written as `baseLogger.deprecate` (debug only), dropped by terser's
 *   pure_funcs in rollup.config.mjs with the other debug logging: 73 B;
 * - nesting (Interpolator.nest, an identity here): 0.4 KB;
 * - copying a group of strings out (ALWAYS_TRUE): 0.1 KB;
 * - Translator branches for options never set, and the nesting callback: 0.3 KB.
 * Without this plugin (`LN_WHOLE_I18NEXT=1 npm run build && npm run size`) the classic
 * script is 34,844 B gzip, over its 30 KB budget by 4.1 KB.
 * The build fails if i18next's code changes shape (a needle or a method is not found),
 * rather than silently keeping or breaking something. The ES-module build leaves
 * i18next out (an app's bundler shares it), so only the classic script is affected.
 */

/**
 * - the Formatter, behind `{{value, number}}`-style format specs: no locale uses them
 *   (the locales check refuses them) and i18next's init skips a missing formatter;
 * - the Connector, which loads resources through a backend module: the instance has
 *   none, so i18next never calls it; a stub with the two members init touches stands in.
 */
const I18NEXT_DEAD_CODE = [
  ['formatter = Formatter;', 'formatter = undefined;'],
  [
    's.backendConnector = new Connector(createClassOnDemand(this.modules.backend), s.resourceStore, s, this.options);',
    's.backendConnector = { state: {}, on() {} };',
  ],
  // Translator.extendTranslation: nesting is left out (see Interpolator.nest below), so its callback goes.
  ['if (opt.nest !== false) res = this.interpolator.nest(', 'if (false) res = this.interpolator.nest('],
  // i18next's default instance, made when the module is evaluated, and the module's named exports
  // read from it: the component uses only its createInstance, which is I18n.createInstance and
  // needs no instance. A plain object in its place lets the bundler drop the reads.
  ['const instance = I18n.createInstance();', 'const instance = { createInstance: I18n.createInstance };'],
];

/**
 * Per class: `drop`, methods nothing calls (i18next itself does not, and our code uses
 * none of them); `empty`, methods whose body goes, as i18next names them on paths our
 * instance never takes (or, for hasLoadedNamespace, only to decide a debug warning).
 * Top-level functions in `functions` keep an empty body for the same reason. `identity`:
 * methods whose body becomes `return <first parameter>`.
 */
const UNREACHABLE = {
  I18n: {
    // Public API we never call: plugins, namespaces, cloning, serialising.
    drop: ['use', 'hydrate', 'exists', 'setDefaultNamespace', 'loadNamespaces', 'loadLanguages', 'cloneInstance', 'toJSON'],
    // init binds both into the services; reloading needs a backend, and the namespace check only warns in debug.
    empty: ['reloadResources', 'hasLoadedNamespace'],
  },
  // Only I18n's dropped methods and init's store wrappers (made by name, never called by us) reach these.
  ResourceStore: { drop: ['addResource', 'addResources', 'removeResourceBundle', 'getResourceBundle', 'removeNamespaces', 'toJSON'] },
  EventEmitter: { drop: ['once', 'off'] },
  Logger: { drop: ['clone'] },
  // returnDetails is never set.
  Translator: { drop: ['exists'], empty: ['getUsedParamsDetails'] },
  // English is always in the resources, so changeLanguage never looks for a best match; the bare-code warning is debug only.
  LanguageUtil: { empty: ['getBestMatchFromCodes', 'deprecateBareCode'] },
  // Nesting ("$t(key)" inside a string): no locale may use it (the locales check refuses it),
  // so nest() gives back the string it is given.
  Interpolator: { identity: ['nest'] },
  // Plural suffixes are listed only to save missing keys (saveMissing is off).
  PluralResolver: { drop: ['needsPlural', 'getPluralFormsOfKey', 'clearCache'], empty: ['getSuffixes'] },
  // The selector API (a function as key): our keys are strings.
  functions: ['keysFromSelector'],
};

/**
 * Conditions that are always false for our instance: each `if (<condition>) {` becomes
 * `if (false) {`, and terser drops the branch.
 */
const NEVER_TRUE = [
  // Translator.translate, a missing key: it only logs (debug) and saves missing keys (saveMissing is off).
  'usedKey || usedDefault || updateMissing',
  // I18n.loadResources: init is always given `resources`, and never partialBundledLanguages.
  '!this.options.resources || this.options.partialBundledLanguages',
  // I18n.init and changeLanguage: modules come only through use(), dropped above.
  'this.modules.languageDetector',
  'this.modules.i18nFormat',
  '!lng && this.services.languageDetector && !this.services.languageDetector.async',
  '!lng && this.services.languageDetector && this.services.languageDetector.async',
  // Translator.translate: joinArrays, parseMissingKeyHandler and appendNamespaceToMissingKey are never set.
  'handleAsObjectInI18nFormat && isString(joinArrays) && Array.isArray(res)',
  '(usedKey || usedDefault) && this.options.parseMissingKeyHandler',
  'usedKey && res === key && this.options.appendNamespaceToMissingKey',
  // Translator.extendTranslation: no i18nFormat module and no post-processor.
  'this.i18nFormat?.parse',
  'res != null && postProcessorNames?.length && opt.applyPostProcessor !== false',
  // I18n.changeLanguage: a deprecation warning, in debug only.
  'l && this.logger.debug && !isSafeLanguageCode(l)',
  // PluralResolver.getRule: an engine without Intl. The element's own code needs Intl
  // (Intl.getCanonicalLocales, DateTimeFormat, ListFormat), as does every browser Lit 3 runs in.
  "typeof Intl === 'undefined'",
];

/**
 * Conditions that are always true for our instance: `if (<condition>) {` becomes
 * `if (true) {`, and terser drops what follows the branch's return.
 */
const ALWAYS_TRUE = [
  // Translator.translate, a key naming a group of strings: returnObjects is never set, so the
  // group is never copied out; the sentence about it is returned instead.
  '!opt.returnObjects && !this.options.returnObjects',
];

/** Rollup plugin: applies I18NEXT_DEAD_CODE, NEVER_TRUE, ALWAYS_TRUE and UNREACHABLE to i18next's ES module. */
export const withoutUnreachableI18next = () => ({
  name: 'without-unreachable-i18next',
  transform(code, id) {
    if (!/node_modules\/i18next\/dist\/esm\/i18next\.js$/.test(id)) return null;
    const changed = (what) => this.error(`i18next changed: ${what} not found; review scripts/build/i18next-unreachable.mjs`);
    for (const [needle, replacement] of I18NEXT_DEAD_CODE) {
      if (!code.includes(needle)) changed(`"${needle}"`);
      code = code.replace(needle, replacement);
    }
    for (const [conditions, value] of [
      [NEVER_TRUE, false],
      [ALWAYS_TRUE, true],
    ]) {
      for (const condition of conditions) {
        const needle = `if (${condition}) {`;
        if (code.split(needle).length !== 2) changed(`exactly one "${needle}"`);
        code = code.replace(needle, `if (${value}) {`);
      }
    }
    // [start, end, replacement], applied from the end so earlier offsets stay valid.
    const edits = [];
    const wanted = new Set();
    for (const node of this.parse(code).body) {
      if (node.type === 'FunctionDeclaration' && UNREACHABLE.functions.includes(node.id.name)) {
        edits.push([node.body.start, node.body.end, '{}']);
        wanted.add(node.id.name);
      }
      const rules = node.type === 'ClassDeclaration' && UNREACHABLE[node.id.name];
      if (!rules) continue;
      for (const member of node.body.body) {
        const name = `${node.id.name}.${member.key?.name}`;
        if (rules.drop?.includes(member.key?.name)) edits.push([member.start, member.end, '']);
        else if (rules.empty?.includes(member.key?.name)) edits.push([member.value.body.start, member.value.body.end, '{}']);
        else if (rules.identity?.includes(member.key?.name))
          edits.push([member.value.body.start, member.value.body.end, `{ return ${member.value.params[0].name}; }`]);
        else continue;
        wanted.add(name);
      }
    }
    for (const [cls, rules] of Object.entries(UNREACHABLE))
      for (const name of cls === 'functions' ? rules : [...(rules.drop ?? []), ...(rules.empty ?? []), ...(rules.identity ?? [])])
        if (!wanted.has(cls === 'functions' ? name : `${cls}.${name}`)) changed(cls === 'functions' ? name : `${cls}.${name}`);
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) code = code.slice(0, start) + text + code.slice(end);
    return { code, map: null };
  },
});
