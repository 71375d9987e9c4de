/**
 * The import as the worker runs it: an `imports.run` job on a real BullMQ queue (Redis, a queue prefix of our own)
 * is processed by ImportsWorkerModule, reports its progress and leaves the import succeeded with its report.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BullModule } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Queue, QueueEvents } from 'bullmq';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@oc/db';
import { csvLine } from '@oc/domain';
import { bullConnection, producerConnection } from '@oc/jobs';
import { createStorage } from '@oc/media';
import { createTestDatabase, TestDatabase } from '@oc/testing';
import { ImportsWorkerModule } from '../src/imports/imports-worker.module';
import { recordLocalFileImport } from '../src/imports/local-file-import';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('imports queue', () => {
  const prefix = `oc-test-${randomBytes(4).toString('hex')}`;
  const storageRoot = mkdtempSync(join(tmpdir(), 'oc-import-queue-'));
  let db: TestDatabase;
  let app: INestApplicationContext;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    process.env.STORAGE_URL = storageRoot;
    db = await createTestDatabase('import_queue');
    app = await NestFactory.createApplicationContext(
      {
        module: class TestWorkerModule {},
        imports: [
          LoggerModule.forRoot({ pinoHttp: { level: 'silent' } }),
          TypeOrmModule.forRoot({ ...dataSourceOptions(db.url), extra: { max: 4 } }),
          BullModule.forRoot({ connection: bullConnection(REDIS_URL), prefix }),
          ImportsWorkerModule,
        ],
      },
      { logger: false },
    );
    await app.init();
    queue = new Queue('imports', { connection: producerConnection(REDIS_URL), prefix });
    events = new QueueEvents('imports', { connection: bullConnection(REDIS_URL), prefix });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await app.close();
    await events.close();
    await queue.obliterate({ force: true });
    await queue.close();
    await db.drop();
    rmSync(storageRoot, { recursive: true, force: true });
  });

  it('runs an imports.run job from the queue, reporting progress', async () => {
    const dataSource = app.get(DataSource);
    await dataSource.query(`INSERT INTO museum (code, name_fr) VALUES ('PP', 'Petit Palais')`);
    const path = join(storageRoot, 'queued.csv');
    writeFileSync(path, csvLine(['museum', 'inventory_number', 'title_fr']) + Array.from({ length: 1500 }, (_, i) => csvLine(['PP', `Q-${i}`, `Œuvre ${i}`])).join(''));
    const record = await recordLocalFileImport(dataSource, createStorage(storageRoot), path, { actor: { id: null, email: 'queue@example.org' } });
    const progress: unknown[] = [];
    events.on('progress', ({ data }) => progress.push(data));

    const job = await queue.add('imports.run', { importId: record.id }, { jobId: `outbox-test-${record.id}` });
    const result = await job.waitUntilFinished(events, 60_000);
    expect(result).toMatchObject({ status: 'succeeded', total: 1500, counts: { created: 1500, updated: 0, unchanged: 0, rejected: 0 } });
    expect(progress).toContainEqual({ processed: 1000, total: 1500, percent: 66, created: 1000, updated: 0, unchanged: 0, rejected: 0 });
    expect((await dataSource.query(`SELECT status, processed_rows, created_count FROM import_job WHERE id = $1`, [record.id]))[0]).toEqual({ status: 'succeeded', processed_rows: 1500, created_count: 1500 });
  });
});
