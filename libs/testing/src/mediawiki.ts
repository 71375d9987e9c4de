/**
 * A throw-away MediaWiki 1.39 (Debian's `mediawiki` package) for the Commons connector's tests, as
 * ../shared/MEDIAWIKI.md describes: SQLite in a temporary folder, PHP's built-in server on a free loopback port,
 * uploads on, a bot password for `Admin@uploader`. `/usr/share/mediawiki` is used unmodified; the installer is
 * always given `--confpath` so the machine-wide LocalSettings.php is never touched. `stop()` ends the whole
 * process group and removes the folder.
 */
import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const MEDIAWIKI_ROOT = process.env.MEDIAWIKI_ROOT ?? '/usr/share/mediawiki';

export const mediawikiInstalled = (): boolean => existsSync(join(MEDIAWIKI_ROOT, 'maintenance', 'install.php'));

const MISSING = `MediaWiki is not installed (${MEDIAWIKI_ROOT} is missing): the Commons connector tests need it. ` +
  'Install it with: DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends mediawiki php-sqlite3 php-cli php-gd';

/**
 * `describe` for suites that need the wiki. Without MediaWiki they are skipped with a loud message on a
 * developer's machine, and fail in CI (CI=true), where `.ci/run` installs it.
 */
export function describeWithMediaWiki(name: string, body: () => void): void {
  if (mediawikiInstalled()) return describe(name, body);
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('needs MediaWiki', () => {
        throw new Error(MISSING);
      });
    });
    return;
  }
  console.warn(`\n⚠️  SKIPPED "${name}": ${MISSING}\n`);
  describe.skip(name, body);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const ROUTER = `<?php
// Serves uploaded files from this wiki's own folder; everything else goes to MediaWiki.
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if (strpos($path, '/images/') === 0) {
  $root = realpath(__DIR__ . '/images');
  $file = realpath($root . substr($path, strlen('/images')));
  if ($file === false || strpos($file, $root . DIRECTORY_SEPARATOR) !== 0 || !is_file($file)) { http_response_code(404); exit; }
  header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
  readfile($file);
  exit;
}
return false;
`;

export interface MediaWikiOptions {
  /** PHP_CLI_SERVER_WORKERS: requests served at once (php -S serves one at a time by default). */
  workers?: number;
}

export class LocalMediaWiki {
  readonly username = 'Admin@uploader';
  readonly password = randomBytes(16).toString('hex');
  private dir = '';
  private port = 0;
  private server: ChildProcess | null = null;

  constructor(private readonly options: MediaWikiOptions = {}) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api.php`;
  }

  get folder(): string {
    return this.dir;
  }

  async start(): Promise<this> {
    if (!mediawikiInstalled()) throw new Error(MISSING);
    this.dir = await mkdtemp(join(tmpdir(), 'oc-mediawiki-'));
    this.port = await freePort();
    const env = { ...process.env, MW_CONFIG_FILE: join(this.dir, 'LocalSettings.php') };
    await mkdir(join(this.dir, 'data'));
    await mkdir(join(this.dir, 'images'));
    await mkdir(join(this.dir, 'tmp'));
    await mkdir(join(this.dir, 'cache'));
    await writeFile(join(this.dir, 'adminpass'), `Admin-${randomBytes(12).toString('hex')}`);
    await run('php', [
      join(MEDIAWIKI_ROOT, 'maintenance/install.php'),
      '--dbtype', 'sqlite', '--dbpath', join(this.dir, 'data'), '--dbname', 'testwiki',
      '--server', this.url, '--scriptpath', '', '--lang', 'en', '--passfile', join(this.dir, 'adminpass'),
      '--skins', 'Vector', '--confpath', this.dir, 'Test Wiki', 'Admin',
    ], { env, maxBuffer: 10 * 1024 * 1024 });
    await appendFile(
      join(this.dir, 'LocalSettings.php'),
      `
$wgEnableUploads = true;
$wgFileExtensions = array_merge($wgFileExtensions, ['jpg', 'jpeg', 'png', 'tif', 'tiff']);
$wgMaxUploadSize = 1024 * 1024 * 1024;
$wgUploadSizeWarning = false;
$wgEnableBotPasswords = true;
$wgUseInstantCommons = false;
$wgUploadDirectory = ${JSON.stringify(join(this.dir, 'images'))};
$wgUploadPath = '/images';
$wgTmpDirectory = ${JSON.stringify(join(this.dir, 'tmp'))};
$wgCacheDirectory = ${JSON.stringify(join(this.dir, 'cache'))};
$wgDBerrorLog = ${JSON.stringify(join(this.dir, 'dberror.log'))};
$wgUseImageMagick = false;
$wgShowExceptionDetails = true;
`,
    );
    await run('php', [
      join(MEDIAWIKI_ROOT, 'maintenance/createBotPassword.php'),
      '--appid', 'uploader', '--grants', 'basic,highvolume,uploadfile,uploadeditmovefile,createeditmovepage,editpage', 'Admin', this.password,
    ], { env });
    await writeFile(join(this.dir, 'router.php'), ROUTER);
    this.server = spawn(
      'php',
      [
        // OPcache as every production MediaWiki has it: without it PHP compiles MediaWiki's sources on every request.
        '-d', 'opcache.enable_cli=1', '-d', 'opcache.memory_consumption=256', '-d', 'opcache.max_accelerated_files=20000',
        '-d', 'upload_max_filesize=200M', '-d', 'post_max_size=210M', '-d', 'memory_limit=512M', '-S', `127.0.0.1:${this.port}`, '-t', MEDIAWIKI_ROOT, join(this.dir, 'router.php')],
      { env: { ...env, ...(this.options.workers ? { PHP_CLI_SERVER_WORKERS: String(this.options.workers) } : {}) }, detached: true, stdio: 'ignore' },
    );
    await this.waitForApi();
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  /** Runs a query against the wiki's API without logging in (for assertions). */
  async query(params: Record<string, string>): Promise<any> {
    const response = await fetch(`${this.apiUrl}?${new URLSearchParams({ format: 'json', formatversion: '2', ...params })}`);
    return response.json();
  }

  private async waitForApi(): Promise<void> {
    const deadline = Date.now() + 15_000;
    for (;;) {
      try {
        const answer = await this.query({ action: 'query', meta: 'siteinfo' });
        if (answer?.query?.general) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`MediaWiki did not answer on ${this.apiUrl} within 15 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
