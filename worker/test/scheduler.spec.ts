import { Queue, QueueEvents } from 'bullmq';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@oc/db';
import { bullConnection } from '@oc/jobs';
import { createTestDatabase, TestDatabase } from '@oc/testing';
import { publishDueWorks } from '../src/scheduler/publish-due-works';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function scheduledWorks(dataSource: DataSource, count: number, dueInSeconds: number): Promise<string[]> {
  const [{ id: museumId }] = await dataSource.query(`INSERT INTO museum (code, name_fr) VALUES ($1, 'Musée') RETURNING id`, [`M${randomBytes(3).toString('hex')}`]);
  const rows = await dataSource.query(
    `INSERT INTO work (museum_id, inventory_number, title_fr, workflow_state, publish_at, rights_status, licence, anonymous)
     SELECT $1, 'S-' || g, 'Œuvre ' || g, 'scheduled', now() + make_interval(secs => $3), 'public_domain', 'CC0', true
     FROM generate_series(1, $2) g RETURNING id`,
    [museumId, count, dueInSeconds],
  );
  return rows.map((r: { id: string }) => r.id);
}

describe('scheduler', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let other: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('scheduler');
    dataSource = await createDataSource(db.url).initialize();
    other = await createDataSource(db.url).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await other.destroy();
    await db.drop();
  });

  it('publishes only due works, and two racing runs publish each work exactly once', async () => {
    const due = await scheduledWorks(dataSource, 120, -60);
    const later = await scheduledWorks(dataSource, 5, 3600);
    const [a, b] = await Promise.all([publishDueWorks(dataSource, ['portal'], 10), publishDueWorks(other, ['portal'], 10)]);
    expect([...a, ...b].sort()).toEqual([...due].sort());
    expect(new Set([...a, ...b]).size).toBe(due.length);
    const counts = await dataSource.query(
      `SELECT workflow_state AS state, count(*)::int AS n FROM work WHERE id = ANY($1) GROUP BY 1`,
      [[...due, ...later]],
    );
    expect(counts.sort((x: { state: string }, y: { state: string }) => x.state.localeCompare(y.state))).toEqual([
      { state: 'publishing', n: 120 },
      { state: 'scheduled', n: 5 },
    ]);
    const [{ jobs, audits, publications }] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM outbox WHERE payload->>'workId' = ANY($1)) AS jobs,
              (SELECT count(*)::int FROM audit_event WHERE action = 'workflow.publish' AND entity_id = ANY($1)) AS audits,
              (SELECT count(*)::int FROM publication WHERE work_id::text = ANY($1)) AS publications`,
      [due],
    );
    expect({ jobs, audits, publications }).toEqual({ jobs: 120, audits: 120, publications: 120 });
  });

  it('publishes at once when no target is configured', async () => {
    const [id] = await scheduledWorks(dataSource, 1, -1);
    expect(await publishDueWorks(dataSource, [])).toEqual([id]);
    const [{ workflow_state }] = await dataSource.query('SELECT workflow_state FROM work WHERE id = $1', [id]);
    expect(workflow_state).toBe('published');
  });

  it('registers one every-minute job scheduler however many workers upsert it', async () => {
    const prefix = `oc-test-${randomBytes(4).toString('hex')}`;
    const queue = new Queue('scheduler', { connection: bullConnection(REDIS_URL), prefix });
    const events = new QueueEvents('scheduler', { connection: bullConnection(REDIS_URL), prefix });
    try {
      for (let i = 0; i < 3; i++) {
        await queue.upsertJobScheduler('publish-due', { every: 60_000 }, { name: 'scheduler.publish-due', data: {} });
      }
      const schedulers = await queue.getJobSchedulers();
      expect(schedulers.map((s) => [s.key, s.every])).toEqual([['publish-due', 60000]]);
    } finally {
      await queue.obliterate({ force: true });
      await events.close();
      await queue.close();
    }
  });
});
