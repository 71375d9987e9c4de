import { Queue, Worker } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { bullConnection, QUEUES } from '@oc/jobs';
import { TEST_PASSWORD } from '@oc/testing';
import { bearer, startTestApi, TestApi } from './harness';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('jobs, queues and the queue dashboard', () => {
  const prefix = `oc-test-${randomBytes(4).toString('hex')}`;
  let api: TestApi;
  let media: Queue;
  let worker: Worker;
  let causeFixed = false;

  beforeAll(async () => {
    api = await startTestApi('jobs', { QUEUE_PREFIX: prefix });
    media = new Queue('media', { connection: bullConnection(REDIS_URL), prefix });
    worker = new Worker(
      'media',
      async (job) => {
        if (!causeFixed) throw new Error(`master image of ${job.data.workId} is unreadable`);
        return { rendered: true };
      },
      { connection: bullConnection(REDIS_URL), prefix },
    );
  });
  afterAll(async () => {
    await worker.close();
    await media.obliterate({ force: true });
    await media.close();
    await api.close();
  });

  async function failedJob(workId: string) {
    const job = await media.add('media.render', { workId }, { attempts: 1 });
    for (let i = 0; i < 100 && (await job.getState()) !== 'failed'; i++) await new Promise((r) => setTimeout(r, 50));
    return job;
  }

  it('lists failed jobs with their error and work, retries one after the cause is fixed, and it succeeds', async () => {
    const job = await failedJob('11111111-1111-4111-8111-111111111111');
    const list = await api.http.get('/api/jobs').set(bearer(api.tokens.admin)).query({ filter: JSON.stringify({ state: 'failed', queue: 'media' }) }).expect(200);
    expect(list.headers['content-range']).toBe('jobs 0-0/1');
    expect(list.body[0]).toMatchObject({
      id: `media:${job.id}`,
      queue: 'media',
      name: 'media.render',
      state: 'failed',
      workId: '11111111-1111-4111-8111-111111111111',
      failedReason: 'master image of 11111111-1111-4111-8111-111111111111 is unreadable',
    });
    causeFixed = true;
    await api.http.post(`/api/jobs/media:${job.id}/retry`).set(bearer(api.tokens.admin)).expect(200);
    for (let i = 0; i < 100 && (await job.getState()) !== 'completed'; i++) await new Promise((r) => setTimeout(r, 50));
    const after = await api.http.get(`/api/jobs/media:${job.id}`).set(bearer(api.tokens.admin)).expect(200);
    expect(after.body).toMatchObject({ state: 'completed', returnValue: { rendered: true } });
    causeFixed = false;
  });

  it('retries every failed job of a queue, removes a job, and pauses and resumes a queue', async () => {
    await failedJob('22222222-2222-4222-8222-222222222222');
    const victim = await failedJob('33333333-3333-4333-8333-333333333333');
    await api.http.delete(`/api/jobs/media:${victim.id}`).set(bearer(api.tokens.admin)).expect(200);
    await api.http.get(`/api/jobs/media:${victim.id}`).set(bearer(api.tokens.admin)).expect(404);
    causeFixed = true;
    const retried = await api.http.post('/api/queues/media/retry-failed').set(bearer(api.tokens.admin)).expect(200);
    expect(retried.body).toEqual({ queue: 'media', retried: 1 });
    const paused = await api.http.post('/api/queues/media/pause').set(bearer(api.tokens.admin)).expect(200);
    expect(paused.body.paused).toBe(true);
    const queues = await api.http.get('/api/queues').set(bearer(api.tokens.admin)).expect(200);
    expect(queues.body.map((q: { name: string }) => q.name)).toEqual([...QUEUES]);
    expect(queues.body[0]).toMatchObject({ paused: true, counts: expect.objectContaining({ failed: 0 }) });
    expect((await api.http.post('/api/queues/media/resume').set(bearer(api.tokens.admin)).expect(200)).body.paused).toBe(false);
    for (let i = 0; i < 100 && (await media.getJobCountByTypes('failed', 'waiting')) > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await media.getJobCountByTypes('failed')).toBe(0);
    await api.http.post('/api/queues/nowhere/pause').set(bearer(api.tokens.admin)).expect(404);
  });

  it.each([
    ['an unknown queue', { queue: 'mail' }, 'filter.queue'],
    ['an unknown state', { state: 'lost' }, 'filter.state'],
  ])('refuses a job filter with %s', async (_name, filter, field) => {
    const res = await api.http.get('/api/jobs').set(bearer(api.tokens.admin)).query({ filter: JSON.stringify(filter) }).expect(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });

  it('opens bull-board to admins only, with the API’s own login (bearer or the login cookie)', async () => {
    await api.http.get('/admin/queues').expect(401);
    await api.http.get('/admin/queues').set(bearer(api.tokens.registrar)).expect(403);
    await api.http.get('/admin/queues').set(bearer(api.tokens.rights_manager)).expect(403);
    const page = await api.http.get('/admin/queues').set(bearer(api.tokens.admin)).expect(200);
    expect(page.text).toContain('<html');
    const apiCall = await api.http.get('/admin/queues/api/queues').set(bearer(api.tokens.admin)).expect(200);
    expect(apiCall.body.queues.map((q: { name: string }) => q.name)).toEqual(expect.arrayContaining(['media', 'portal']));

    const login = await api.http.post('/api/auth/login').send({ email: api.users.admin.email, password: TEST_PASSWORD }).expect(200);
    const cookie = login.headers['set-cookie'][0];
    expect(cookie).toMatch(/oc_session=.+; Path=\/admin\/queues; HttpOnly; SameSite=Strict/);
    await api.http.get('/admin/queues').set('Cookie', cookie.split(';')[0]).expect(200);
    const registrarLogin = await api.http.post('/api/auth/login').send({ email: api.users.registrar.email, password: TEST_PASSWORD }).expect(200);
    await api.http.get('/admin/queues').set('Cookie', registrarLogin.headers['set-cookie'][0].split(';')[0]).expect(403);
  });

  it('exports queue sizes and job durations on /metrics', async () => {
    causeFixed = false;
    await failedJob('44444444-4444-4444-8444-444444444444');
    const metrics = await api.http.get('/metrics').set(bearer(api.tokens.admin)).expect(200);
    expect(metrics.text).toMatch(/oc_queue_jobs\{queue="media",state="completed"\} \d+/);
    expect(metrics.text).toMatch(/oc_job_duration_seconds_count\{queue="media",name="media.render",outcome="(completed|failed)"\} \d+/);
  });

  it('summarises the collection and the queues on the dashboard', async () => {
    const res = await api.http.get('/api/dashboard').set(bearer(api.tokens.registrar)).expect(200);
    expect(res.body).toEqual({ worksByState: {}, worksByRights: {}, failedJobs: expect.any(Number), queues: expect.any(Array), scheduledToday: [] });
  });
});
