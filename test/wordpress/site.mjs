/**
 * A real WordPress for the plugin's end-to-end test, from Debian's packages: MariaDB on a Unix socket
 * only (no network port), Apache with PHP listening on 127.0.0.1 only, a fresh database and content
 * folder per run, each process started and stopped by its own process id.
 *
 * Debian's WordPress reads its settings from /etc/wordpress/config-<name>.php, picked by the
 * WORDPRESS_CONFIG variable (see /usr/share/doc/wordpress/README.Debian); the run writes its own file
 * there and removes it when it stops.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** What the test needs on disk, and the Debian package that provides it. */
export const NEEDS = [
  { file: '/usr/share/wordpress/wp-settings.php', pkg: 'wordpress' },
  { file: '/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json', pkg: 'wordpress-theme-twentytwentythree' },
  { file: '/usr/sbin/mariadbd', pkg: 'mariadb-server' },
  { file: '/usr/sbin/apache2', pkg: 'apache2' },
  { file: '/usr/lib/apache2/modules/libphp8.2.so', pkg: 'libapache2-mod-php' },
  { file: '/usr/bin/php', pkg: 'php-cli' },
  { pkg: 'php-mysql', check: () => existsSync('/usr/bin/php') && phpHas('mysqli') },
];

function phpHas(extension) {
  const r = spawnSync('php', ['-r', `exit(extension_loaded('${extension}') ? 0 : 1);`]);
  return r.status === 0;
}

/** Packages still to install ([] when everything is there). */
export function missingPackages() {
  const missing = NEEDS.filter((n) => (n.check ? !n.check() : !existsSync(n.file))).map((n) => n.pkg);
  return [...new Set(missing)];
}

/**
 * Installs what is missing with apt-get when running as root; otherwise returns the reason the test
 * cannot run (a sentence naming the packages), or null when all is there.
 */
export function provision(log = console.log) {
  let missing = missingPackages();
  if (missing.length === 0) return null;
  if (process.getuid?.() !== 0) return `the WordPress test needs Debian's ${missing.join(', ')}: run as root, or apt-get install them`;
  log(`installing ${missing.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (r.status !== 0) return `apt-get install ${missing.join(' ')} failed (exit ${r.status})`;
  missing = missingPackages();
  return missing.length ? `still missing after apt-get: ${missing.join(', ')}` : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(check, what, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${ms / 1000}s waiting for ${what}`);
}

/**
 * Starts MariaDB and Apache for one run. `plugin` is the unpacked plugin folder (dist/wordpress/layered-notice);
 * `files` are written into wp-content (path => text); `headers` are sent with every response.
 * Returns { url, php(code), stop() }; `php` runs a PHP snippet inside WordPress from the command line.
 */
export async function startSite({ plugin, files = {}, headers = {} }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'layered-notice-wp-'));
  chmodSync(dir, 0o755); // Apache's children run as www-data
  const name = `layered-notice-test-${path.basename(dir).replace(/[^a-zA-Z0-9]/g, '')}`;
  const config = `/etc/wordpress/config-${name}.php`;
  const socket = path.join(dir, 'mysql.sock');
  const content = path.join(dir, 'wp-content');
  const procs = [];
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    for (const p of procs.reverse()) {
      if (p.exitCode === null && p.signalCode === null) {
        p.kill('SIGTERM');
        await new Promise((r) => {
          const t = setTimeout(() => (p.kill('SIGKILL'), r()), 10_000);
          p.once('exit', () => (clearTimeout(t), r()));
        });
      }
    }
    rmSync(config, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // Content folder: the theme from Debian's package, the plugin under test, the notice files.
    mkdirSync(path.join(content, 'plugins'), { recursive: true });
    mkdirSync(path.join(content, 'themes'), { recursive: true });
    cpSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', path.join(content, 'themes/twentytwentythree'), {
      recursive: true,
      dereference: true,
    });
    cpSync(plugin, path.join(content, 'plugins/layered-notice'), { recursive: true });
    for (const [rel, body] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(content, rel)), { recursive: true });
      writeFileSync(path.join(content, rel), body);
    }
    spawnSync('chown', ['-R', 'www-data:www-data', content]);

    // MariaDB: a fresh data folder, reachable only through its socket.
    const db = path.join(dir, 'db');
    const init = spawnSync(
      'mariadb-install-db',
      [`--datadir=${db}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
      { encoding: 'utf8' },
    );
    if (init.status !== 0) throw new Error(`mariadb-install-db failed: ${init.stderr || init.stdout}`);
    const mariadb = spawn(
      '/usr/sbin/mariadbd',
      [
        `--datadir=${db}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${path.join(dir, 'mariadb.pid')}`,
        '--user=root',
        `--log-error=${path.join(dir, 'mariadb.log')}`,
      ],
      { stdio: 'ignore' },
    );
    procs.push(mariadb);
    await waitFor(() => existsSync(socket), 'MariaDB socket');
    const create = spawnSync(
      'mariadb',
      [
        `--socket=${socket}`,
        '-uroot',
        '-e',
        "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'test'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
      ],
      { encoding: 'utf8' },
    );
    if (create.status !== 0) throw new Error(`creating the database failed: ${create.stderr}`);

    writeFileSync(
      config,
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'test');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
// A hardened site, as security guides advise: nobody may save unfiltered HTML.
if (getenv('LN_HARDENED') === '1') define('DISALLOW_UNFILTERED_HTML', true);
`,
    );

    // Apache with PHP, on 127.0.0.1 only.
    const conf = path.join(dir, 'apache.conf');
    const mod = (m, file) => `LoadModule ${m} /usr/lib/apache2/modules/${file}`;
    writeFileSync(
      conf,
      [
        'ServerRoot /etc/apache2',
        mod('mpm_prefork_module', 'mod_mpm_prefork.so'),
        mod('authz_core_module', 'mod_authz_core.so'),
        mod('dir_module', 'mod_dir.so'),
        mod('mime_module', 'mod_mime.so'),
        mod('alias_module', 'mod_alias.so'),
        mod('env_module', 'mod_env.so'),
        mod('headers_module', 'mod_headers.so'),
        mod('php_module', 'libphp8.2.so'),
        `Listen 127.0.0.1:${port}`,
        'ServerName 127.0.0.1',
        'User www-data',
        'Group www-data',
        `PidFile ${path.join(dir, 'apache.pid')}`,
        `ErrorLog ${path.join(dir, 'apache-error.log')}`,
        'TypesConfig /etc/mime.types',
        'StartServers 2',
        'DocumentRoot /usr/share/wordpress',
        `Alias /wp-content ${content}`,
        `SetEnv WORDPRESS_CONFIG ${name}`,
        '<Directory />',
        '  AllowOverride None',
        '  Require all granted',
        '  DirectoryIndex index.php',
        '</Directory>',
        '<FilesMatch "\\.php$">',
        '  SetHandler application/x-httpd-php',
        '</FilesMatch>',
        ...Object.entries(headers).map(([k, v]) => `Header always set ${k} "${v}"`),
      ].join('\n'),
    );
    // In its own process group: on shutdown Apache's prefork signals its whole group, which would
    // otherwise include this test process.
    const apache = spawn('/usr/sbin/apache2', ['-f', conf, '-DFOREGROUND'], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, APACHE_RUN_DIR: dir, APACHE_LOCK_DIR: dir, APACHE_LOG_DIR: dir },
    });
    procs.push(apache);
    await waitFor(
      () =>
        new Promise((resolve) => {
          const s = net.connect(port, '127.0.0.1', () => (s.end(), resolve(true)));
          s.on('error', () => resolve(false));
        }),
      'Apache',
    );
  } catch (error) {
    await stop();
    throw error;
  }

  /** Runs PHP inside WordPress, as the command line would (`wp-load.php`), and returns what it prints. */
  const php = (code, { env = {}, installing = false } = {}) => {
    const script = path.join(dir, 'run.php');
    writeFileSync(
      script,
      `<?php
$_SERVER['WORDPRESS_CONFIG'] = '${name}';
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['REQUEST_URI'] = '/';
${installing ? "define('WP_INSTALLING', true);" : ''}
require '/usr/share/wordpress/wp-load.php';
${code}
`,
    );
    const r = spawnSync('php', [script], { encoding: 'utf8', env: { ...process.env, ...env } });
    if (r.status !== 0) throw new Error(`PHP failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  };

  return { url, php, stop, dir, log: () => readFileSync(path.join(dir, 'apache-error.log'), 'utf8') };
}
