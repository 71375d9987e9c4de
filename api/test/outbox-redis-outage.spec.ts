/**
 * The outbox keeps a job safe while Redis is down: the transition commits (the API never talks to Redis for it),
 * the relay fails and keeps the row, and once Redis is back the job is delivered exactly once.
 */
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@oc/db';
import { OutboxRelay, producerConnection } from '@oc/jobs';
import { PrivateRedisServer } from '@oc/testing';
import { bearer, startTestApi, TestApi } from './harness';
import { createMuseum } from './fixtures';
import { approvableWork, putInState, sql } from './workflow-fixtures';

describe('outbox while Redis is away', () => {
  const redis = new PrivateRedisServer(16379 + (process.pid % 1000));
  let api: TestApi;
  let dataSource: DataSource;
  let queue: Queue;

  beforeAll(async () => {
    await redis.start();
    api = await startTestApi('outbox_outage', { REDIS_URL: redis.url, PORTAL_URL: 'http://127.0.0.1:9/portal', PORTAL_SECRET: 'portal-secret-0123456789' });
    dataSource = await createDataSource(api.db.url).initialize();
    queue = new Queue('portal', { connection: producerConnection(redis.url) });
    queue.on('error', () => undefined);
  });
  afterAll(async () => {
    await queue.close().catch(() => queue.disconnect());
    await dataSource.destroy();
    await api.close();
    await redis.stop();
  });

  it('delivers the publication job exactly once after Redis comes back', async () => {
    const museum = await createMuseum(api, 'OUT');
    const work = await approvableWork(api, museum.id);
    await putInState(api, work.id, 'approved');

    await redis.stop();
    await api.http.post(`/api/works/${work.id}/workflow/publish`).set(bearer(api.tokens.rights_manager)).send({}).expect(200);
    const relay = new OutboxRelay(dataSource, () => queue);
    expect(await relay.relayOnce()).toEqual({ sent: 0, failed: 1, full: false });
    const [pending] = await sql<{ attempts: number; sent_at: Date | null; last_error: string }>(api, 'SELECT attempts, sent_at, last_error FROM outbox');
    expect(pending).toMatchObject({ attempts: 1, sent_at: null });
    expect(pending.last_error).toBeTruthy();

    await redis.start();
    // The relay runs every second in the worker; here we pass by hand until the queue's connection is back.
    let result = await relay.relayOnce();
    for (let pass = 0; result.sent === 0 && pass < 100; pass++) {
      await new Promise((r) => setTimeout(r, 100));
      result = await relay.relayOnce();
    }
    expect(result).toEqual({ sent: 1, failed: 0, full: false });
    expect(await relay.relayOnce()).toEqual({ sent: 0, failed: 0, full: false });
    const jobs = await queue.getJobs(['waiting', 'delayed', 'active']);
    expect(jobs.map((j) => [j.name, j.data])).toEqual([['portal.push', { workId: work.id }]]);
  });
});
