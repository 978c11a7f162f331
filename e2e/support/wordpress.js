// A real WordPress for the end-to-end tests, from Debian's packages (scripts/setup.sh installs
// them and /etc/wordpress/config-127.0.0.1.php, e2e/wordpress/): a throw-away MariaDB on a
// socket and PHP's built-in server on a free loopback port, in a new folder per run, with a
// freshly installed site (an administrator and an Editor). The site reaches the panel's
// backend through PAYMENTS_PANEL_BACKEND_URL and PAYMENTS_PANEL_SERVICE_KEY, as an owner's
// wp-config.php would say. The plugin itself is installed by the test, as a user would.
// See /work/shared/docs/wordpress.md's recipe, which this follows.
const { spawn, execFileSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

/** Gives up on a server that has not answered by then. */
const START_TIMEOUT_MS = 30_000;

/** The users the site is installed with. */
const USERS = {
  admin: { login: 'admin', password: 'admin-pass-123', displayName: 'admin' },
  editor: { login: 'editor', password: 'editor-pass-123' },
};

/** Resolves after `ms` milliseconds (only while polling a starting server, never in a test). */
const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** A free TCP port on 127.0.0.1 (the system's choice, released at once). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `ready` until it is true, failing with `what` (and the log at `log`) after the timeout. */
async function waitFor(what, ready, log) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await ready())) {
    if (Date.now() > deadline) {
      const tail = log && fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(`${what} did not come up in ${START_TIMEOUT_MS} ms\n${tail}`);
    }
    await pause(100);
  }
}

/** Whether a process with `pid` still runs. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The direct children of `pid` (php -S's workers), by `ps`. */
function childrenOf(pid) {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)]).toString().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** A WordPress site and its database, running until `stop()`. */
class WordPress {
  constructor(root, url, env) {
    this.root = root;
    this.url = url;
    this.env = env;
    this.pids = [];
  }

  /** Runs PHP code inside WordPress (wp-load.php and the admin includes loaded), as the site's CLI. */
  php(code) {
    const prelude = '$_SERVER["HTTP_HOST"]="127.0.0.1"; $_SERVER["REQUEST_URI"]="/"; require "/usr/share/wordpress/wp-load.php";'
      + ' require_once ABSPATH."wp-admin/includes/plugin.php"; require_once ABSPATH."wp-admin/includes/upgrade.php";';
    return execFileSync('php', ['-d', 'sendmail_path=/bin/true', '-d', 'error_reporting=E_ALL & ~E_DEPRECATED', '-r', prelude + code], {
      env: this.env,
    }).toString();
  }

  /** The site's PHP warnings and errors so far (WordPress's debug log, WordPress 6.1's own deprecations left out). */
  problems() {
    const log = path.join(this.root, 'wp-debug.log');
    if (!fs.existsSync(log)) return [];
    return fs.readFileSync(log, 'utf8').split('\n')
      .filter((line) => /PHP (Warning|Fatal|Parse|Notice)/.test(line))
      .filter((line) => !/install\.php|wordpress\.org|upload_path/.test(line));
  }

  /** Stops the PHP server (its workers too) and MariaDB, by their process ids, and removes the site. */
  async stop() {
    for (const pid of this.pids.reverse()) {
      const group = [...childrenOf(pid), pid];
      for (const member of group) {
        try { process.kill(member, 'SIGTERM'); } catch { /* gone already */ }
      }
      const deadline = Date.now() + 10_000;
      while (group.some(alive) && Date.now() < deadline) await pause(100);
      for (const member of group.filter(alive)) process.kill(member, 'SIGKILL');
    }
    this.pids = [];
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}

/** Starts a process detached from the test's stdio, its output in `log`; returns its pid. */
function start(command, args, env, log) {
  const out = fs.openSync(log, 'a');
  const child = spawn(command, args, { env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  child.unref();
  return child.pid;
}

/**
 * Installs and starts a fresh WordPress whose panel backend is `backend` (support/backend.js):
 * MariaDB, PHP's server, the install (title `title`), pretty permalinks and an Editor.
 */
async function startWordPress(backend, { title = 'Daisy\u2019s Store' } = {}) {
  const parent = process.env.E2E_DATA_DIR || os.tmpdir();
  const root = fs.mkdtempSync(path.join(parent, 'wordpress-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const socket = path.join(root, 'mysqld.sock');
  const serviceKey = fs.readFileSync(path.join(backend.dataDir, 'service_key'), 'utf8').trim();
  const env = {
    ...process.env,
    WP_TEST_ROOT: root,
    WP_TEST_URL: url,
    PAYMENTS_PANEL_BACKEND_URL: backend.url,
    PAYMENTS_PANEL_SERVICE_KEY: serviceKey,
  };
  const site = new WordPress(root, url, env);
  try {
    for (const dir of ['wp-content/plugins', 'wp-content/themes', 'wp-content/uploads']) {
      fs.mkdirSync(path.join(root, dir), { recursive: true });
    }
    fs.symlinkSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', path.join(root, 'wp-content/themes/twentytwentythree'));

    const user = os.userInfo().username;
    execFileSync('mariadb-install-db', ['--no-defaults', `--user=${user}`, `--datadir=${root}/db`,
      '--auth-root-authentication-method=normal', '--skip-test-db', '--innodb-log-file-size=8M'], { stdio: 'ignore' });
    site.pids.push(start('/usr/sbin/mariadbd', ['--no-defaults', `--user=${user}`, `--datadir=${root}/db`, `--socket=${socket}`,
      '--skip-networking', '--innodb-log-file-size=8M', '--innodb-buffer-pool-size=64M', '--innodb-flush-log-at-trx-commit=0',
      `--log-error=${root}/mysqld.err`], env, path.join(root, 'mysqld.out')));
    const mariadb = (...args) => execFileSync('mariadb', ['--no-defaults', '-uroot', `--socket=${socket}`, ...args], { stdio: 'pipe' });
    await waitFor('MariaDB', () => { try { mariadb('-e', 'SELECT 1'); return true; } catch { return false; } }, `${root}/mysqld.err`);
    mariadb('-e', "CREATE DATABASE wordpress; CREATE USER wp@localhost IDENTIFIED BY 'wp-pass'; GRANT ALL ON wordpress.* TO wp@localhost;");

    // Four workers: WordPress asks itself for pages while installing (one worker would deadlock).
    const router = path.join(__dirname, '..', 'wordpress', 'router.php');
    const phpLog = path.join(root, 'php-server.log');
    site.pids.push(start('php', ['-d', 'sendmail_path=/bin/true', '-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', router],
      { ...env, PHP_CLI_SERVER_WORKERS: '4' }, phpLog));
    await waitFor('PHP\'s server', async () => {
      if (!alive(site.pids[1])) throw new Error(`php -S exited:\n${fs.readFileSync(phpLog, 'utf8')}`);
      try { return (await fetch(`${url}/wp-login.php`)).status > 0; } catch { return false; }
    }, phpLog);

    const form = new URLSearchParams({
      weblog_title: title, user_name: USERS.admin.login, admin_password: USERS.admin.password,
      admin_password2: USERS.admin.password, pw_weak: '1', admin_email: 'admin@example.com', blog_public: '0', language: '',
    });
    const installed = await (await fetch(`${url}/wp-admin/install.php?step=2`, { method: 'POST', body: form })).text();
    if (!installed.includes('<h1>Success!</h1>')) throw new Error(`WordPress did not install:\n${installed.slice(0, 2000)}`);
    site.php(`wp_insert_user(["user_login"=>"${USERS.editor.login}","user_pass"=>"${USERS.editor.password}","user_email"=>"e@example.com","role"=>"editor"]);
      global $wp_rewrite; $wp_rewrite->set_permalink_structure("/%postname%/"); flush_rewrite_rules(false);`);
    return site;
  } catch (error) {
    await site.stop();
    throw error;
  }
}

/**
 * Logs `page` into wp-admin as `user` (one of USERS) through the login form. It waits for the
 * dashboard's document, not its every asset: PHP's server answers four requests at a time, and
 * one clean CI run once waited 60 s for the dashboard's load event after a good login. A second
 * try (with a note in the output) covers a submit that the busy server dropped.
 */
async function logIn(page, wordpress, user) {
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${wordpress.url}/wp-login.php`, { waitUntil: 'domcontentloaded' });
    await page.locator('#user_login').fill(user.login);
    await page.locator('#user_pass').fill(user.password);
    try {
      await Promise.all([
        page.waitForURL(/\/wp-admin\/$/, { waitUntil: 'domcontentloaded', timeout: 20_000 }),
        page.locator('#wp-submit').click(),
      ]);
      return;
    } catch (error) {
      if (attempt === 2) throw error;
      console.log(`wp-login.php as ${user.login} did not reach /wp-admin/ (at ${page.url()}); trying once more`);
    }
  }
}

module.exports = { startWordPress, logIn, USERS };
