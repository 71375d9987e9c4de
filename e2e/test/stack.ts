/**
 * The real product for browser journeys: a fresh database with the demo seed, the API started as its own process
 * (serving the built admin), optionally the worker beside it, and Debian's Chromium driven by playwright-core. Images
 * go to a temporary folder, and the queues (the API's and the worker's) carry a prefix of their own, so stacks running
 * side by side on one Redis never take each other's jobs.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, Browser, Page } from 'playwright-core';
import { seedDemo } from '@oc/db';
import { createTestDatabase, mediawikiInstalled, TestDatabase } from '@oc/testing';

const ROOT = join(__dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'E2e-Demo-Password-2026';

/**
 * Whether the journey can run here (with a local MediaWiki too, when asked); in CI anything missing is a failure,
 * never a skip.
 */
export function browserAvailable(needs: { mediawiki?: boolean } = {}): boolean {
  const missing = [
    !existsSync(CHROMIUM) && `Chromium at ${CHROMIUM} (apt-get install chromium)`,
    !existsSync(join(ROOT, 'admin/dist/index.html')) && 'the admin build (npm test builds it)',
    needs.mediawiki && !mediawikiInstalled() && 'MediaWiki (apt-get install --no-install-recommends mediawiki php-sqlite3 php-cli php-gd)',
  ].filter(Boolean);
  if (!missing.length) return true;
  const message = `Browser journeys need ${missing.join(' and ')}.`;
  if (process.env.CI === 'true') throw new Error(`${message} CI must not skip them.`);
  console.warn(`\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!!! SKIPPING BROWSER JOURNEYS: ${message}\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n`);
  return false;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

export interface Stack {
  baseUrl: string;
  db: TestDatabase;
  /** Where the API and the worker keep images (a filesystem STORAGE_URL), for journeys that tamper with storage. */
  mediaFolder: string;
  browser: Browser;
  page: Page;
  stop(): Promise<void>;
}

function startProcess(entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn('node', ['-r', join(ROOT, 'scripts/register.cjs'), join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export interface StackOptions {
  /** Start the worker too (outbox relay, image rendering, scheduler), for journeys that need background work done. */
  worker?: boolean;
  /** Publication targets to configure, on the API (which targets a work gets) and the worker (which pushes). */
  portal?: { url: string; secret: string };
  commons?: { apiUrl: string; username: string; password: string };
}

export async function startStack(label: string, options: StackOptions = {}): Promise<Stack> {
  const db = await createTestDatabase(label);
  await seedDemo(db.url, { password: DEMO_PASSWORD });
  const port = await freePort();
  const storage = await mkdtemp(join(tmpdir(), 'oc-e2e-media-'));
  const shared = {
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    LOG_LEVEL: 'warn',
    STORAGE_URL: storage,
    // The API's job pages and the worker must see the same queues.
    QUEUE_PREFIX: db.name,
    // Its own failed-login counters: every stack's browser comes from 127.0.0.1.
    LOGIN_THROTTLE_PREFIX: `login-fail:${db.name}`,
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    ...(options.portal ? { PORTAL_URL: options.portal.url, PORTAL_SECRET: options.portal.secret } : {}),
    ...(options.commons ? { COMMONS_API_URL: options.commons.apiUrl, COMMONS_USERNAME: options.commons.username, COMMONS_PASSWORD: options.commons.password } : {}),
  };
  const api = startProcess('api/src/main.ts', {
    ...shared,
    PORT: String(port),
    JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-012345',
    ADMIN_DIST: join(ROOT, 'admin/dist'),
  });
  const processes = [api];
  if (options.worker) processes.push(startProcess('worker/src/main.ts', shared));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const exited = processes.find((child) => child.exitCode !== null);
    if (exited) throw new Error(`${exited === api ? 'the API' : 'the worker'} exited with code ${exited.exitCode}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error('the API did not become healthy within 60 s');
    await new Promise((r) => setTimeout(r, 250));
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  return {
    baseUrl,
    db,
    mediaFolder: storage,
    browser,
    page,
    async stop() {
      await browser.close();
      await Promise.all(processes.map(stopProcess));
      await db.drop();
      await rm(storage, { recursive: true, force: true });
    },
  };
}
