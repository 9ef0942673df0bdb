// One locale against en.json: missing, extra, mistyped and empty keys, placeholders and plural forms.
import { braces, familiesOf, isGroup, join, kind, messageIds, placeholders } from './keys.mjs';
import { labelInNameProblems } from './label-in-name.mjs';
import { isSingleNumber, PLURAL_FORMS, PLURAL_KEY, requiredForms } from './plurals.mjs';

/**
 * Problems of one locale object against en.json's object, for language `lang`.
 * Each problem is { type, path, message, key }: `path` is the exact key path
 * ("glance.index_two"), `key` the message it belongs to ("glance.index"). A missing
 * group of keys is one problem, with the messages it stands for in `keys`.
 * Types: missing, extra, placeholder, empty, plural, type.
 */
export function checkLocale(en, locale, lang) {
  const problems = [];
  const add = (type, keyPath, message, key = keyPath) => problems.push({ type, path: keyPath, message, key });
  if (!isGroup(locale)) {
    add('type', '', `wrong type: expected a JSON object of keys at the top level, got ${kind(locale)}`);
    return problems;
  }
  const forms = requiredForms(lang);

  /** A translated string against en's placeholder names: allowed, and those it must keep. */
  const checkString = (value, keyPath, key, allowed, mustKeep, hint = '') => {
    if (typeof value !== 'string') return add('type', keyPath, `wrong type: expected a string, got ${kind(value)}`, key);
    if (!value.trim()) return add('empty', keyPath, 'empty string', key);
    if (value !== value.trim())
      add('phrase', keyPath, 'starts or ends with a space: a whole phrase stands alone, it is never joined to another string', key);
    // The classic script is built without i18next's formatter (rollup.config.mjs), so a
    // format spec would be shown unformatted: dates and numbers are formatted in code.
    if (/\{\{[^}]*,[^}]*\}\}/.test(value))
      return add('placeholder', keyPath, 'format specs such as {{date, datetime}} are not supported: use a plain {{name}}', key);
    // Nor with its nesting ("$t(other.key)"): the string would be shown as written.
    if (value.includes('$t('))
      return add('placeholder', keyPath, 'nested keys such as $t(other.key) are not supported: write the words out', key);
    const have = placeholders(value);
    const unknown = have.filter((n) => !allowed.includes(n));
    const lost = mustKeep.filter((n) => !have.includes(n));
    if (unknown.length || lost.length) {
      add(
        'placeholder',
        keyPath,
        `placeholder mismatch: ${braces(have)} here, en.json has ${braces(allowed)}` +
          (unknown.length ? `; unknown: ${braces(unknown)}` : '') +
          (lost.length ? `; missing: ${braces(lost)}` : '') +
          (lost.includes('count') ? hint : ''),
        key,
      );
    }
  };

  const walk = (enNode, node, prefix) => {
    const families = familiesOf(enNode);
    const seen = new Set();
    for (const [key, enValue] of Object.entries(enNode)) {
      const keyPath = join(prefix, key);
      if (typeof enValue === 'string' && PLURAL_KEY.test(key) && families.has(PLURAL_KEY.exec(key)[1])) continue;
      seen.add(key);
      if (!Object.hasOwn(node, key)) {
        if (!isGroup(enValue)) add('missing', keyPath, 'missing key');
        else {
          const keys = messageIds(enValue, keyPath);
          problems.push({ type: 'missing', path: keyPath, message: `missing group of keys (${keys.length} keys)`, key: keyPath, keys });
        }
        continue;
      }
      const value = node[key];
      if (isGroup(enValue)) {
        if (isGroup(value)) walk(enValue, value, keyPath);
        else add('type', keyPath, `wrong type: expected a group of keys, got ${kind(value)}`);
      } else {
        const names = placeholders(enValue);
        checkString(value, keyPath, keyPath, names, names);
      }
    }
    for (const [base, enForms] of families) {
      const key = join(prefix, base);
      const allowed = [...new Set(enForms.flatMap(placeholders))].sort();
      const present = PLURAL_FORMS.filter((f) => Object.hasOwn(node, `${base}_${f}`));
      for (const f of present) seen.add(`${base}_${f}`);
      if (!present.length) {
        for (const f of forms)
          add('missing', `${key}_${f}`, `missing plural key (${lang} needs ${forms.map((x) => `_${x}`).join(', ')})`, key);
        continue;
      }
      for (const f of forms.filter((x) => !present.includes(x))) {
        add('plural', `${key}_${f}`, `missing plural form "${f}": CLDR ${lang} needs ${forms.map((x) => `_${x}`).join(', ')}`, key);
      }
      for (const f of present) {
        const keyPath = `${key}_${f}`;
        if (f !== 'zero' && !forms.includes(f)) {
          add(
            'extra',
            keyPath,
            `extra plural form: "${f}" is not a plural form of ${lang} (${forms.join(', ')}), so i18next never uses this key`,
            keyPath,
          );
          continue;
        }
        // A form that stands for one number may spell it out ("dwy adran"); the others must show {{count}}.
        const mustKeep = isSingleNumber(lang, f) ? allowed.filter((n) => n !== 'count') : allowed;
        const hint = ` (the ${lang} "${f}" form covers more than one number, so it must show {{count}})`;
        checkString(node[`${base}_${f}`], keyPath, key, allowed, mustKeep, hint);
      }
    }
    for (const key of Object.keys(node)) {
      if (seen.has(key)) continue;
      const m = PLURAL_KEY.exec(key);
      const hint = m && Object.hasOwn(enNode, m[1]) ? ` (en.json's "${join(prefix, m[1])}" is not a plural key)` : '';
      add('extra', join(prefix, key), `extra key, not in en.json${hint}`);
    }
  };
  walk(en, locale, '');
  problems.push(...labelInNameProblems(locale, lang));
  return problems;
}
