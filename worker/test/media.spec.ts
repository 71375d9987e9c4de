/**
 * The media and packages processors run for real: a Nest context with BullMQ workers on the shared Redis (a
 * queue prefix of our own), a database cloned for this file, storage in a temporary folder and real sharp.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BullModule } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Job, Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@oc/db';
import { bullConnection, DEFAULT_JOB_OPTIONS, OutboxRelay, producerConnection, type JobName, type QueueName } from '@oc/jobs';
import { FilesystemStorage, storageKey, type MediaStorage } from '@oc/media';
import { createTestDatabase, photo, pngBomb, TestDatabase } from '@oc/testing';
import { MEDIA_STORAGE } from '../src/media/media.config';
import { MediaWorkerModule } from '../src/media/media-worker.module';
import { regenerateDerivatives } from '../src/media/regenerate';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Fails the first read of an original like a flaky network disk would, then behaves. */
class FlakyOnce {
  failures = 0;
  constructor(private readonly inner: MediaStorage, private readonly failKey: () => string | null) {}
  wrap(): MediaStorage {
    return new Proxy(this.inner, {
      get: (target, property, receiver) => {
        if (property === 'localFile') {
          return async (key: string) => {
            if (key === this.failKey() && this.failures === 0) {
              this.failures++;
              throw Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
            }
            return target.localFile(key);
          };
        }
        const value = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}

describe('media worker', () => {
  const prefix = `oc-test-${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let storage: FilesystemStorage;
  let storageRoot: string;
  let flakyKey: string | null = null;
  const flaky = () => new FlakyOnce(storage, () => flakyKey);
  let flakyStorage: FlakyOnce;
  const queues = new Map<QueueName, Queue>();
  const events = new Map<QueueName, QueueEvents>();
  let workId: string;
  let museumId: string;

  const queue = (name: QueueName) => {
    if (!queues.has(name)) queues.set(name, new Queue(name, { connection: producerConnection(REDIS_URL), prefix }));
    return queues.get(name) as Queue;
  };
  const queueEvents = async (name: QueueName) => {
    if (!events.has(name)) {
      const e = new QueueEvents(name, { connection: bullConnection(REDIS_URL), prefix });
      await e.waitUntilReady();
      events.set(name, e);
    }
    return events.get(name) as QueueEvents;
  };
  const run = async (queueName: QueueName, name: JobName, data: object, options: object = {}) => {
    const e = await queueEvents(queueName);
    const job = await queue(queueName).add(name, data, { ...DEFAULT_JOB_OPTIONS, ...options });
    await job.waitUntilFinished(e, 60_000).catch(() => undefined);
    return (await Job.fromId(queue(queueName), job.id as string)) as Job;
  };
  const addMedia = async (file: Buffer, work = workId) => {
    const id = randomUUID();
    const key = storageKey({ type: 'original', mediaId: id });
    await storage.write(key, file, 'application/octet-stream');
    await dataSource.query(
      `INSERT INTO media (id, work_id, storage_key, sha256, sha1, mime, bytes, is_primary) VALUES ($1, $2, $3, $4, 'x', 'image/jpeg', $5, NOT EXISTS (SELECT 1 FROM media WHERE work_id = $2))`,
      [id, work, key, randomBytes(32).toString('hex'), file.length],
    );
    return id;
  };
  const newWork = async (licence: 'CC0' | 'all_rights_reserved') => {
    const [work] = await dataSource.query(
      `INSERT INTO work (museum_id, inventory_number, title_fr, rights_status, licence) VALUES ($1, $2, 'La Seine à Argenteuil', $3, $4) RETURNING id`,
      [museumId, `INV${randomBytes(3).toString('hex')}`, licence === 'CC0' ? 'public_domain' : 'in_copyright', licence],
    );
    return work.id as string;
  };

  beforeAll(async () => {
    db = await createTestDatabase('media_worker');
    storageRoot = mkdtempSync(join(tmpdir(), 'oc-media-worker-'));
    storage = new FilesystemStorage(storageRoot);
    flakyStorage = flaky();
    const module = MediaWorkerModule.forRoot({ STORAGE_URL: storageRoot, MEDIA_CONCURRENCY: 2, MEDIA_MAX_PIXELS: 50_000_000, PACKAGES_CONCURRENCY: 1 });
    module.providers = module.providers!.map((p) => ((p as { provide?: unknown }).provide === MEDIA_STORAGE ? { provide: MEDIA_STORAGE, useValue: flakyStorage.wrap() } : p));
    app = await NestFactory.createApplicationContext(
      {
        module: class TestWorkerModule {},
        imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(db.url), extra: { max: 4 } }), BullModule.forRoot({ connection: bullConnection(REDIS_URL), prefix }), module],
      },
      { logger: false },
    );
    await app.init();
    dataSource = app.get(DataSource);
    [{ id: museumId }] = await dataSource.query(`INSERT INTO museum (code, name_fr) VALUES ('MMT', 'Musée Marmottan') RETURNING id`);
    workId = await newWork('CC0');
  });

  afterAll(async () => {
    await app.close();
    for (const e of events.values()) await e.close();
    for (const q of queues.values()) {
      await q.obliterate({ force: true });
      await q.close();
    }
    await db.drop();
    rmSync(storageRoot, { recursive: true, force: true });
  });

  it('renders an image through the media queue, reports progress, and asks for the package through the outbox', async () => {
    const mediaId = await addMedia(await photo(1600, 1000));
    const job = await run('media', 'media.render', { mediaId });
    expect(job.returnvalue).toMatchObject({ status: 'done', detail: { kinds: ['hd', 'web', 'web_webp', 'lowdef', 'thumb', 'tiles'] } });
    expect(job.progress).toBe(100);
    const [media] = await dataSource.query('SELECT status, width, height, colour_space FROM media WHERE id = $1', [mediaId]);
    expect(media).toEqual({ status: 'ready', width: 1600, height: 1000, colour_space: 'srgb' });

    // The relay (as the worker runs it) hands the package job over; the packages processor builds it.
    const relay = new OutboxRelay(dataSource, (name) => queue(name));
    await queueEvents('packages');
    expect((await relay.relayOnce()).sent).toBe(1);
    const [packageJob] = await queue('packages').getJobs(['waiting', 'active', 'completed', 'delayed']);
    await packageJob.waitUntilFinished(await queueEvents('packages'), 60_000);
    expect(await storage.stat(storageKey({ type: 'package', workId }))).toMatchObject({ bytes: expect.any(Number) });
  });

  it('sends a work published before its image was rendered out again to each live target, and no other', async () => {
    const work = await newWork('CC0');
    await dataSource.query(`UPDATE work SET workflow_state = 'published' WHERE id = $1`, [work]);
    await dataSource.query(`INSERT INTO publication (work_id, target, state) VALUES ($1, 'portal', 'succeeded'), ($1, 'commons', 'withdrawn')`, [work]);
    const mediaId = await addMedia(await photo(640, 480), work);
    await dataSource.query('DELETE FROM outbox');
    expect((await run('media', 'media.render', { mediaId })).returnvalue).toMatchObject({ status: 'done' });
    const rows = await dataSource.query(`SELECT job_name, payload->>'workId' AS "workId" FROM outbox ORDER BY job_name`);
    expect(rows).toEqual([
      { job_name: 'packages.build', workId: work },
      { job_name: 'portal.push', workId: work },
    ]);
  });

  it('fails a decompression bomb at once (no retry), records why on the image, and keeps working', async () => {
    const bomb = await addMedia(pngBomb());
    const failed = await run('media', 'media.render', { mediaId: bomb });
    expect(await failed.getState()).toBe('failed');
    expect(failed.attemptsMade).toBe(1);
    expect(failed.failedReason).toMatch(/^The image is 60000 × 60000 pixels/);
    const [row] = await dataSource.query('SELECT status, error FROM media WHERE id = $1', [bomb]);
    expect(row.status).toBe('failed');
    expect(row.error).toBe(failed.failedReason);

    const next = await run('media', 'media.render', { mediaId: await addMedia(await photo(300, 200)) });
    expect(await next.getState()).toBe('completed');
  });

  it('retries a transient storage failure with backoff and then succeeds', async () => {
    const mediaId = await addMedia(await photo(320, 200));
    flakyKey = storageKey({ type: 'original', mediaId });
    const job = await run('media', 'media.render', { mediaId }, { backoff: { type: 'fixed', delay: 50 } });
    expect(await job.getState()).toBe('completed');
    expect(job.attemptsMade).toBe(2);
    expect(flakyStorage.failures).toBe(1);
    expect((await dataSource.query('SELECT status FROM media WHERE id = $1', [mediaId]))[0].status).toBe('ready');
  });

  it('removes HD and tiles when the work is no longer CC0, and purges a deleted image’s files', async () => {
    const work = await newWork('CC0');
    const mediaId = await addMedia(await photo(800, 600), work);
    await run('media', 'media.render', { mediaId });
    await dataSource.query(`UPDATE work SET licence = 'all_rights_reserved', rights_status = 'in_copyright' WHERE id = $1`, [work]);
    const enforced = await run('media', 'media.enforce-rights', { workId: work });
    expect(enforced.returnvalue).toEqual({ status: 'done', detail: { removedFrom: 1 } });
    expect(await storage.stat(storageKey({ type: 'derivative', mediaId, kind: 'hd' }))).toBeNull();
    expect(await storage.stat(`${storageKey({ type: 'derivative', mediaId, kind: 'tiles' })}/info.json`)).toBeNull();
    expect(await storage.stat(storageKey({ type: 'derivative', mediaId, kind: 'lowdef' }))).not.toBeNull();

    await dataSource.query('DELETE FROM media WHERE id = $1', [mediaId]);
    await run('media', 'media.purge', { mediaId });
    expect(await storage.stat(storageKey({ type: 'original', mediaId }))).toBeNull();
  });

  it('regenerates in batches: one render request per image of a work, or of all works', async () => {
    const work = await newWork('all_rights_reserved');
    const ids = [await addMedia(await photo(40, 30), work), await addMedia(await photo(41, 30), work), await addMedia(await photo(42, 30), work)];
    await dataSource.query('DELETE FROM outbox');
    expect(await regenerateDerivatives(dataSource, { workId: work }, 2)).toBe(3);
    const rows = await dataSource.query(`SELECT queue, job_name, payload->>'mediaId' AS id FROM outbox ORDER BY id`);
    expect(rows.map((r: { id: string }) => r.id).sort()).toEqual([...ids].sort());
    expect(rows.every((r: { queue: string; job_name: string }) => r.queue === 'media' && r.job_name === 'media.render')).toBe(true);
    const total = (await dataSource.query('SELECT count(*)::int AS n FROM media'))[0].n;
    expect(await regenerateDerivatives(dataSource, { all: true }, 2)).toBe(total);
  });
});
