/**
 * The portal target for real: BullMQ on the shared Redis (a queue prefix of our own), a database cloned for this
 * file, and the fake portal, which checks every signature. Covers the push, the content-hash skip, the rights
 * rule on image URLs, 4xx without retry, 5xx and timeouts with retries, replays, withdrawal and the close of the loop.
 */
import { randomBytes } from 'node:crypto';
import { BullModule } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { markSucceeded, signPortalBody } from '@oc/connectors';
import { dataSourceOptions } from '@oc/db';
import { bullConnection } from '@oc/jobs';
import { createTestDatabase, FakePortal, TestDatabase } from '@oc/testing';
import { loadWorkerConfig } from '../src/config';
import { PortalWorkerModule } from '../src/portal/portal-worker.module';
import { createPublishingWork, publicationOf, RIGHTS_KINDS, workState } from './portal-fixtures';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'portal-secret-for-tests-0123456789';
const PUBLIC_BASE_URL = 'https://opencontent.example.org';

describe('portal target', () => {
  const prefix = `oc-test-${randomBytes(4).toString('hex')}`;
  let db: TestDatabase;
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let portal: FakePortal;
  let queue: Queue;
  let events: QueueEvents;

  beforeAll(async () => {
    db = await createTestDatabase('portal');
    portal = await new FakePortal(SECRET).start();
    const config = loadWorkerConfig({
      DATABASE_URL: db.url,
      REDIS_URL,
      PORTAL_URL: portal.url,
      PORTAL_SECRET: SECRET,
      PORTAL_TIMEOUT_MS: '400',
      PUBLIC_BASE_URL,
    });
    app = await NestFactory.createApplicationContext(
      {
        module: class PortalTestModule {},
        imports: [
          TypeOrmModule.forRoot({ ...dataSourceOptions(db.url), extra: { max: 5 } }),
          BullModule.forRoot({ connection: bullConnection(REDIS_URL), prefix }),
          PortalWorkerModule.forRoot(config),
        ],
      },
      { logger: false },
    );
    await app.init();
    dataSource = app.get(DataSource);
    queue = new Queue('portal', { connection: bullConnection(REDIS_URL), prefix });
    events = new QueueEvents('portal', { connection: bullConnection(REDIS_URL), prefix });
    await events.waitUntilReady();
  });

  afterAll(async () => {
    await app?.close();
    await queue?.obliterate({ force: true });
    await queue?.close();
    await events?.close();
    await portal?.stop();
    await db?.drop();
  });

  beforeEach(() => portal.reset());

  /** Runs one job to its end, with fast retries; resolves with its result or rejects with its final error. */
  async function run(name: 'portal.push' | 'portal.withdraw', workId: string, attempts = 3) {
    const job = await queue.add(name, { workId }, { attempts, backoff: { type: 'exponential', delay: 50 } });
    return job.waitUntilFinished(events, 20_000);
  }

  it('pushes a CC0 work signed, with web, HD, tiles, package and manifest URLs, and completes its publication', async () => {
    const work = await createPublishingWork(dataSource);
    await expect(run('portal.push', work.id)).resolves.toMatchObject({ status: 'done', published: true });

    const [request] = portal.requests;
    expect(request).toMatchObject({ method: 'PUT', workId: work.id, status: 201 });
    expect(request.signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const notice = portal.works.get(work.id);
    expect(notice.title).toEqual({ fr: "Soleil couchant sur la Seine à Lavacourt, effet d'hiver", en: 'Sunset on the Seine' });
    expect(notice.creators).toEqual([{ name: 'Claude Monet', role: 'auteur', birthDate: '1840-11-14', deathDate: '1926-12-05', wikidataId: 'Q296' }]);
    expect(notice.rights).toEqual({ status: 'public_domain', licence: 'CC0', openContent: true, creditLine: 'CC0 Paris Musées / Petit Palais' });
    expect(notice.dimensions).toEqual([
      { part: null, type: 'hauteur', value: 60, unit: 'cm' },
      { part: null, type: 'largeur', value: 81, unit: 'cm' },
    ]);
    const base = `${PUBLIC_BASE_URL}/public/v1`;
    expect(notice.images[0].urls).toEqual({
      thumb: `${base}/images/${work.mediaId}/thumb`,
      web: `${base}/images/${work.mediaId}/web`,
      hd: `${base}/images/${work.mediaId}/hd`,
      tiles: `${base}/images/${work.mediaId}/tiles/info.json`,
    });
    expect(notice.links).toEqual({ notice: `${base}/works/${work.id}`, manifest: `${base}/works/${work.id}/manifest`, package: `${base}/works/${work.id}/package` });

    const row = await publicationOf(dataSource, work.id, 'portal');
    expect(row).toMatchObject({ state: 'succeeded', attempts: 1, lastError: null, externalRef: work.id, externalUrl: `https://portal.example.org/oeuvres/${work.id}` });
    expect(row.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await workState(dataSource, work.id)).toBe('published');
    const audits = await dataSource.query(`SELECT action, diff, comment FROM audit_event WHERE entity_id = $1`, [work.id]);
    expect(audits).toEqual([
      { action: 'workflow.published', diff: { 'workflow.state': { from: 'publishing', to: 'published' }, targets: { from: null, to: ['portal'] } }, comment: 'every publication target succeeded' },
    ]);
  });

  it('skips a push whose content the portal already has, and pushes again when the notice changes', async () => {
    const work = await createPublishingWork(dataSource);
    await run('portal.push', work.id);
    await expect(run('portal.push', work.id)).resolves.toMatchObject({ status: 'skipped', reason: 'the portal already has this content' });
    expect(portal.requests).toHaveLength(1);

    await dataSource.query(`UPDATE work SET title_es = 'Puesta de sol' WHERE id = $1`, [work.id]);
    await expect(run('portal.push', work.id)).resolves.toMatchObject({ status: 'done', published: false });
    expect(portal.requests.map((r) => r.status)).toEqual([201, 200]);
    expect(portal.works.get(work.id).title.es).toBe('Puesta de sol');
    expect(await workState(dataSource, work.id)).toBe('published');
    expect((await publicationOf(dataSource, work.id, 'portal')).attempts).toBe(2);
  });

  it.each(RIGHTS_KINDS.filter((k) => k.licence !== 'CC0'))('sends low definition only for a work with $name, even when HD files exist', async (rights) => {
    const work = await createPublishingWork(dataSource, { rights, derivatives: ['thumb', 'web', 'web_webp', 'lowdef', 'hd', 'tiles'] });
    await run('portal.push', work.id);
    const notice = portal.works.get(work.id);
    expect(notice.images[0].urls).toEqual({ lowdef: `${PUBLIC_BASE_URL}/public/v1/images/${work.mediaId}/lowdef` });
    expect(notice.links).toEqual({ notice: `${PUBLIC_BASE_URL}/public/v1/works/${work.id}` });
    expect(notice.rights.openContent).toBe(false);
    expect(portal.requests[0].body).not.toMatch(/\/(hd|tiles|package|manifest)\b/);
  });

  it('fails a 4xx at once, without retry, with the portal message on the publication row', async () => {
    const work = await createPublishingWork(dataSource);
    portal.failNext(422, 'Le numéro d’inventaire est mal formé', 5);
    await expect(run('portal.push', work.id)).rejects.toThrow('The portal refused the work (422): Le numéro d’inventaire est mal formé');
    expect(portal.requests).toHaveLength(1);
    expect(await publicationOf(dataSource, work.id, 'portal')).toMatchObject({
      state: 'failed',
      attempts: 1,
      lastError: 'The portal refused the work (422): Le numéro d’inventaire est mal formé',
    });
    expect(await workState(dataSource, work.id)).toBe('publishing');
  });

  it('retries 5xx answers with backoff, counting attempts on the row, and succeeds when the portal recovers', async () => {
    const work = await createPublishingWork(dataSource);
    portal.failNext(503, 'maintenance', 2);
    await expect(run('portal.push', work.id, 5)).resolves.toMatchObject({ status: 'done', published: true });
    expect(portal.requests.map((r) => r.status)).toEqual([503, 503, 201]);
    expect(await publicationOf(dataSource, work.id, 'portal')).toMatchObject({ state: 'succeeded', attempts: 3, lastError: null });
  });

  it('retries timeouts, and leaves the work publishing with the error once the attempts are spent', async () => {
    const work = await createPublishingWork(dataSource);
    portal.delay(1500);
    await expect(run('portal.push', work.id, 2)).rejects.toThrow(/no answer within 400 ms/);
    expect(await publicationOf(dataSource, work.id, 'portal')).toMatchObject({ state: 'failed', attempts: 2, lastError: expect.stringContaining('no answer within 400 ms') });
    expect(await workState(dataSource, work.id)).toBe('publishing');
    portal.delay(0);
  });

  it('is refused by the portal with a wrong secret, and never retried', async () => {
    const work = await createPublishingWork(dataSource);
    const original = portal.secret;
    (portal as { secret: string }).secret = 'another-secret-another-secret';
    try {
      await expect(run('portal.push', work.id)).rejects.toThrow(/refused the work \(401\): Bad signature: signature does not match the body/);
      expect(portal.requests).toHaveLength(1);
    } finally {
      (portal as { secret: string }).secret = original;
    }
  });

  it('cannot be replayed: an old signature, or a valid one on another body, is refused', async () => {
    const work = await createPublishingWork(dataSource);
    await run('portal.push', work.id);
    const { body, signature } = portal.requests[0];
    expect((await portal.raw('PUT', work.id, body.replace('Soleil', 'Soleil levant'), signature)).status).toBe(401);
    expect((await portal.raw('PUT', work.id, body, undefined)).body.message).toMatch(/missing or malformed X-Signature/);
    const now = Math.floor(Date.now() / 1000);
    portal.now = () => now + 301;
    try {
      const replay = await portal.raw('PUT', work.id, body, signature);
      expect(replay).toEqual({ status: 401, body: { message: expect.stringMatching(/replay refused/) } });
    } finally {
      portal.now = () => Math.floor(Date.now() / 1000);
    }
    expect((await portal.raw('PUT', work.id, body, signPortalBody(SECRET, body))).status).toBe(200);
  });

  it('withdraws: DELETE on the portal, idempotent when run twice; a push for a withdrawn work does nothing', async () => {
    const work = await createPublishingWork(dataSource);
    await run('portal.push', work.id);
    await dataSource.query(`UPDATE work SET workflow_state = 'withdrawn' WHERE id = $1`, [work.id]);
    await dataSource.query(`UPDATE publication SET state = 'withdrawn' WHERE work_id = $1`, [work.id]);
    await expect(run('portal.withdraw', work.id)).resolves.toMatchObject({ status: 'done', reason: 'deleted' });
    expect(portal.works.has(work.id)).toBe(false);
    await expect(run('portal.withdraw', work.id)).resolves.toMatchObject({ status: 'done', reason: 'absent' });
    await expect(run('portal.push', work.id)).resolves.toMatchObject({ status: 'skipped' });
    expect(portal.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['PUT 201', 'DELETE 200', 'DELETE 404']);
    expect(await publicationOf(dataSource, work.id, 'portal')).toMatchObject({ state: 'withdrawn', contentHash: null, lastError: null });
  });

  it('publishes only when every target succeeded: a pending Commons row keeps the work publishing', async () => {
    const work = await createPublishingWork(dataSource, { targets: ['portal', 'commons'] });
    await expect(run('portal.push', work.id)).resolves.toMatchObject({ status: 'done', published: false });
    expect(await workState(dataSource, work.id)).toBe('publishing');
  });

  it('publishes a work whose two targets succeed at the same moment (the second sees the first once it has the lock)', async () => {
    const work = await createPublishingWork(dataSource, { targets: ['portal', 'commons'] });
    // Hold the work row so that both targets reach their lock before either records anything.
    const holder = dataSource.createQueryRunner();
    await holder.startTransaction();
    await holder.query('SELECT id FROM work WHERE id = $1 FOR UPDATE', [work.id]);
    const outcome = (target: 'portal' | 'commons') => markSucceeded(dataSource, work.id, target, { externalRef: target, externalUrl: null, contentHash: target });
    const both = Promise.all([outcome('portal'), outcome('commons')]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await holder.commitTransaction();
    await holder.release();
    expect((await both).sort()).toEqual(['published', 'recorded']);
    expect(await workState(dataSource, work.id)).toBe('published');
    expect(await dataSource.query(`SELECT action FROM audit_event WHERE entity_id = $1 AND action = 'workflow.published'`, [work.id])).toHaveLength(1);
  });

  it('does nothing for a work without a portal publication, or not being published', async () => {
    const none = await createPublishingWork(dataSource, { targets: [] });
    await expect(run('portal.push', none.id)).resolves.toEqual({ status: 'skipped', reason: 'the work has no portal publication' });
    const draft = await createPublishingWork(dataSource, { state: 'approved' });
    await expect(run('portal.push', draft.id)).resolves.toEqual({ status: 'skipped', reason: 'the work is approved' });
    expect(portal.requests).toHaveLength(0);
  });
});
