/**
 * Deliberately broken builds, to show that the journeys can fail: each mutation
 * changes one line of the source the way a regression would, the classic script
 * (dist/layered-notice.iife.js, which the demo pages load) is built from that source
 * in a temporary directory, and the runner serves it in place of dist/. The source in
 * the repository and dist/ are not touched.
 *
 * A mutation whose line is no longer in the source stops the run with an error
 * naming it, rather than building something unbroken.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What each mutation breaks, and the one replacement in the source that breaks it. */
export const MUTATIONS = {
  'aria-expanded': {
    what: 'a section button keeps aria-expanded="false" when its section opens',
    file: 'src/layers/sections.ts',
    find: 'aria-expanded=${open} aria-controls=${contentId}',
    replace: 'aria-expanded="false" aria-controls=${contentId}',
  },
  'no-title': {
    what: 'the title in the new language is not put in the status region after the reader picks a language',
    file: 'src/element/title-announcer.ts',
    find: "this.status.say(title, 'until-replaced')",
    replace: "this.status.say('', 'until-replaced')",
  },
  'click-here': {
    what: 'the rights layer\'s email actions say "click here" instead of the address and the right',
    file: 'src/layers/rights.ts',
    find: "${t('rightsLayer.email', { email: a.email })}${why}",
    replace: 'click here',
  },
};

/**
 * Builds the classic script with mutation `name` applied, in a temporary copy of the
 * source. Returns the directory that stands in for dist/ and a function removing it.
 * @param {string} root the repository
 * @param {string} name a key of MUTATIONS
 * @param {(msg: string) => void} log
 */
export async function buildMutant(root, name, log) {
  const m = MUTATIONS[name];
  if (!m) throw new Error(`no mutation "${name}"; there are: ${Object.keys(MUTATIONS).join(', ')}`);
  const source = readFileSync(path.join(root, m.file), 'utf8');
  const at = source.indexOf(m.find);
  if (at < 0 || source.indexOf(m.find, at + 1) >= 0) {
    throw new Error(`mutation "${name}": "${m.find}" is not in ${m.file} exactly once; update MUTATIONS in scripts/test/sr/mutate.mjs`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), `layered-notice-mutant-${name}-`));
  // rollup.config.mjs sets up every build's plugins, so every tsconfig and its own plugins must be there.
  const files = [
    'src',
    'locales',
    'rollup.config.mjs',
    'scripts/build',
    'package.json',
    ...readdirSync(root).filter((f) => /^tsconfig.*\.json$/.test(f)),
  ];
  for (const f of files) {
    cpSync(path.join(root, f), path.join(dir, f), { recursive: true });
  }
  symlinkSync(realpathSync(path.join(root, 'node_modules')), path.join(dir, 'node_modules'));
  writeFileSync(path.join(dir, m.file), source.slice(0, at) + m.replace + source.slice(at + m.find.length));
  // Only the classic script: the other builds are not loaded by the demo pages.
  writeFileSync(
    path.join(dir, 'mutant.config.mjs'),
    "import config from './rollup.config.mjs';\nexport default config.filter((c) => c.input === 'src/iife.ts');\n",
  );
  const started = Date.now();
  log(`building mutation "${name}": ${m.what}`);
  const remove = () => rmSync(dir, { recursive: true, force: true });
  await new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(dir, 'node_modules', 'rollup', 'dist', 'bin', 'rollup'), '-c', 'mutant.config.mjs', '--silent'],
      { cwd: dir, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (!err) return resolve();
        remove();
        reject(new Error(`building mutation "${name}" failed:\n${stderr || stdout}`));
      },
    );
  });
  const dist = path.join(dir, 'dist');
  if (!existsSync(path.join(dist, 'layered-notice.iife.js')))
    throw new Error(`building mutation "${name}" wrote no layered-notice.iife.js`);
  log(`mutation "${name}" built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return { dist, remove };
}
