/**
 * The real product for browser journeys: a fresh database with the demo seed, the API started as its own process
 * (serving the built admin), and Debian's Chromium driven by playwright-core.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, Browser, Page } from 'playwright-core';
import { seedDemo } from '@oc/db';
import { createTestDatabase, TestDatabase } from '@oc/testing';

const ROOT = join(__dirname, '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'E2e-Demo-Password-2026';

/** Whether the journey can run here; in CI a missing browser or admin build is a failure, never a skip. */
export function browserAvailable(): boolean {
  const missing = [!existsSync(CHROMIUM) && `Chromium at ${CHROMIUM} (apt-get install chromium)`, !existsSync(join(ROOT, 'admin/dist/index.html')) && 'the admin build (npm test builds it)'].filter(Boolean);
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
  browser: Browser;
  page: Page;
  stop(): Promise<void>;
}

export async function startStack(label: string): Promise<Stack> {
  const db = await createTestDatabase(label);
  await seedDemo(db.url, { password: DEMO_PASSWORD });
  const port = await freePort();
  const api: ChildProcess = spawn('node', ['-r', join(ROOT, 'scripts/register.cjs'), join(ROOT, 'api/src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: db.url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-012345',
      LOG_LEVEL: 'warn',
      ADMIN_DIST: join(ROOT, 'admin/dist'),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`the API exited with code ${api.exitCode}`);
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
    browser,
    page,
    async stop() {
      await browser.close();
      api.kill('SIGTERM');
      if (api.exitCode === null) await new Promise((r) => api.once('exit', r));
      await db.drop();
    },
  };
}
