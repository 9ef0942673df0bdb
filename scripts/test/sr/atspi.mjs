/**
 * Questions for the accessibility tree itself (AT-SPI, through pyatspi, which Orca
 * also uses), for what Orca does not speak: the language of a piece of text.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'atspi-languages.py');
const APP = { firefox: 'firefox', chromium: 'chromium' };

/**
 * Every node of the browser's tree whose name or text matches `pattern`, with the
 * language AT-SPI gives it.
 * @returns {Promise<{role: string, name: string, text: string, locale: string|null, textLanguage: string|null}[]>}
 */
export function treeLanguages(env, browser, pattern) {
  return new Promise((resolve, reject) => {
    execFile(
      '/usr/bin/python3',
      [script, APP[browser], pattern.source],
      { env, timeout: 60_000, maxBuffer: 8 << 20 },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`reading the accessibility tree failed: ${stderr.trim() || err.message}`));
        else resolve(JSON.parse(stdout));
      },
    );
  });
}
