import { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { createDataSource } from '@oc/db';
import { OUTBOX_STAMP_SQL, OutboxRelay, outboxJobId, producerConnection } from '@oc/jobs';
import { createTestDatabase, TestDatabase } from '@oc/testing';
import type { DataSource } from 'typeorm';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('OutboxRelay', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let queue: Queue;
  const prefix = `oc-test-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    db = await createTestDatabase('outbox');
    dataSource = await createDataSource(db.url).initialize();
    queue = new Queue('scheduler', { connection: producerConnection(REDIS_URL), prefix });
  });
  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await dataSource.destroy();
    await db.drop();
  });

  /** The job ids of these outbox rows, as the relay names them. */
  const jobIds = async (ids: string[]): Promise<string[]> =>
    (await dataSource.query(`SELECT id, ${OUTBOX_STAMP_SQL} AS stamp FROM outbox WHERE id = ANY($1) ORDER BY id`, [ids])).map(outboxJobId);

  it('moves pending rows to BullMQ once, with the outbox id as job id, and marks them sent', async () => {
    await dataSource.query(`INSERT INTO outbox (queue, job_name, payload) VALUES ('scheduler', 'scheduler.publish-due', '{}'), ('scheduler', 'scheduler.publish-due', '{"n":2}')`);
    const relay = new OutboxRelay(dataSource, () => queue);
    expect(await relay.relayOnce()).toEqual({ sent: 2, failed: 0, full: false });
    expect(await relay.relayOnce()).toEqual({ sent: 0, failed: 0, full: false });
    const jobs = await queue.getJobs(['waiting']);
    expect(jobs.map((j) => j.id).sort()).toEqual((await jobIds(['1', '2'])).sort());
    expect(jobs.every((j) => /^outbox-[12]-\d{16}$/.test(j.id as string))).toBe(true);
    const pending = await dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL');
    expect(pending[0].n).toBe(0);
  });

  it('keeps a row pending with its error when its queue is unknown, and goes on with the others', async () => {
    await dataSource.query(`INSERT INTO outbox (queue, job_name, payload) VALUES ('nowhere', 'x', '{}'), ('scheduler', 'scheduler.publish-due', '{}')`);
    const relay = new OutboxRelay(dataSource, () => queue);
    expect(await relay.relayOnce()).toEqual({ sent: 1, failed: 1, full: false });
    const [row] = await dataSource.query(`SELECT attempts, last_error, sent_at FROM outbox WHERE queue = 'nowhere'`);
    expect(row).toEqual({ attempts: 1, last_error: 'unknown queue "nowhere"', sent_at: null });
  });

  it('says when a pass took a full batch, so that the worker drains a large outbox without waiting between passes', async () => {
    await dataSource.query('UPDATE outbox SET sent_at = now() WHERE sent_at IS NULL');
    const rows: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO outbox (queue, job_name, payload) SELECT 'scheduler', 'scheduler.publish-due', jsonb_build_object('n', n) FROM generate_series(1, 5) n RETURNING id`,
    );
    const relay = new OutboxRelay(dataSource, () => queue, 2);
    expect(await relay.relayOnce()).toEqual({ sent: 2, failed: 0, full: true });
    expect(await relay.relayOnce()).toEqual({ sent: 2, failed: 0, full: true });
    expect(await relay.relayOnce()).toEqual({ sent: 1, failed: 0, full: false });
    const jobs = await Promise.all((await jobIds(rows.map((row) => row.id))).map((id) => queue.getJob(id)));
    expect(jobs.map((job) => job?.data.n)).toEqual([1, 2, 3, 4, 5]);
  });

  it('does not duplicate a job when a row is relayed again after a crash before it was marked', async () => {
    await dataSource.query(`INSERT INTO outbox (queue, job_name, payload) VALUES ('scheduler', 'scheduler.publish-due', '{}') RETURNING id`);
    const [{ id }] = await dataSource.query(`SELECT max(id) AS id FROM outbox`);
    const relay = new OutboxRelay(dataSource, () => queue);
    await relay.relayOnce();
    await dataSource.query('UPDATE outbox SET sent_at = NULL WHERE id = $1', [id]);
    await relay.relayOnce();
    const [jobId] = await jobIds([id]);
    const jobs = (await queue.getJobs(['waiting'])).filter((j) => j.id === jobId);
    expect(jobs).toHaveLength(1);
  });

  it('still queues the rows of a reset database, whose outbox ids start again, beside the jobs Redis keeps from before', async () => {
    const relay = new OutboxRelay(dataSource, () => queue);
    const lifeOfDatabase = async (payload: object) => {
      await dataSource.query('TRUNCATE outbox RESTART IDENTITY');
      await dataSource.query(`INSERT INTO outbox (queue, job_name, payload) VALUES ('scheduler', 'scheduler.publish-due', $1)`, [payload]);
      expect(await relay.relayOnce()).toEqual({ sent: 1, failed: 0, full: false });
      const [jobId] = await jobIds(['1']);
      return jobId;
    };
    const before = await lifeOfDatabase({ life: 'before the reset' });
    const after = await lifeOfDatabase({ life: 'after the reset' });
    expect(after).not.toBe(before);
    expect((await queue.getJob(before))?.data).toEqual({ life: 'before the reset' });
    expect((await queue.getJob(after))?.data).toEqual({ life: 'after the reset' });
  });
});
