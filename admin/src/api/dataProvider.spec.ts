import { memoryStorage, startApiStub, type StubReply } from '../../test/api-stub';
import { createDataProvider } from './dataProvider';
import { i18nProvider } from '../i18n/i18nProvider';
import { createHttpClient } from './httpClient';
import { createTokenStore } from './tokenStore';

describe('the data provider’s calls beyond CRUD', () => {
  let api: Awaited<ReturnType<typeof startApiStub>>;
  let reply: StubReply;

  beforeAll(async () => {
    api = await startApiStub(() => reply);
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.received.length = 0;
    reply = { body: { id: 'w1' } };
  });

  const setUp = () => {
    const tokens = createTokenStore(memoryStorage());
    tokens.set('token-1');
    return createDataProvider(api.apiUrl, createHttpClient(tokens, i18nProvider.translate), tokens);
  };
  const sent = () => ({ ...api.received[0], json: api.received[0].body ? JSON.parse(api.received[0].body) : undefined });

  it('reads a work’s rights assessment', async () => {
    reply = { body: { asOf: '2026-11-26', assessment: { status: 'public_domain' }, decision: {}, proposal: null } };
    await expect(setUp().getRightsAssessment('w1')).resolves.toMatchObject({ asOf: '2026-11-26' });
    expect(sent()).toMatchObject({ method: 'GET', url: '/api/works/w1/rights-assessment' });
    expect(sent().headers.authorization).toBe('Bearer token-1');
  });

  it('records a rights decision with the version it was made on', async () => {
    const decision = { status: 'public_domain', licence: 'CC0', creditLine: 'CC0 Paris Musées / Petit Palais', version: 4 } as const;
    await setUp().recordRights('w1', decision);
    expect(sent()).toMatchObject({ method: 'PUT', url: '/api/works/w1/rights', json: decision });
  });

  it('runs a workflow action on one work', async () => {
    await setUp().runWorkflowAction('w1', 'schedule', { publishAt: '2027-01-15T09:00:00.000Z', version: 7 });
    expect(sent()).toMatchObject({ method: 'POST', url: '/api/works/w1/workflow/schedule', json: { publishAt: '2027-01-15T09:00:00.000Z', version: 7 } });
  });

  it('runs a workflow action on many works and answers one result per work', async () => {
    const results = [
      { id: 'w1', status: 200, state: 'draft' },
      { id: 'w2', status: 409, message: 'A draft work cannot be sent "reject"' },
    ];
    reply = { body: { results } };
    await expect(setUp().runBulkWorkflowAction('reject', ['w1', 'w2'], { comment: 'Date à vérifier' })).resolves.toEqual(results);
    expect(sent()).toMatchObject({ method: 'POST', url: '/api/works/workflow/reject', json: { ids: ['w1', 'w2'], comment: 'Date à vérifier' } });
  });

  it('rejects a refused action with the API’s body, problems included', async () => {
    const problems = [{ code: 'no_primary_image', field: 'media', fr: 'Aucune image principale.', en: 'No primary image.' }];
    reply = { status: 409, body: { statusCode: 409, message: 'This work cannot be approved yet: No primary image.', allowedActions: ['approve', 'reject'], problems } };
    await expect(setUp().runWorkflowAction('w1', 'approve', { version: 2 })).rejects.toMatchObject({ status: 409, body: { problems } });
  });

  it('reads an image’s derivative as a blob with the bearer token', async () => {
    reply = { body: { pretend: 'webp bytes' } };
    const blob = await setUp().getDerivative('m1', 'thumb');
    expect(JSON.parse(await blob.text())).toEqual({ pretend: 'webp bytes' });
    expect(sent()).toMatchObject({ method: 'GET', url: '/api/media/m1/thumb' });
    expect(sent().headers.authorization).toBe('Bearer token-1');
  });

  it('rejects a derivative that is not there with the API’s sentence', async () => {
    reply = { status: 404, body: { statusCode: 404, message: 'The thumb of image m1 is not available yet (it is pending)' } };
    await expect(setUp().getDerivative('m1', 'thumb')).rejects.toMatchObject({ status: 404, message: 'The thumb of image m1 is not available yet (it is pending)' });
  });

  it('gives the deep-zoom viewer the tiles’ info.json and the bearer token to send', async () => {
    await expect(setUp().deepZoomSource('m1')).resolves.toEqual({ url: `${api.apiUrl}/media/m1/tiles/info.json`, headers: { Authorization: 'Bearer token-1' } });
  });

  it.each([
    ['pauseQueue', 'media', '/api/queues/media/pause'],
    ['resumeQueue', 'media', '/api/queues/media/resume'],
    ['retryFailedJobs', 'portal', '/api/queues/portal/retry-failed'],
    ['retryJob', 'media:outbox-2', '/api/jobs/media%3Aoutbox-2/retry'],
  ] as const)('%s(%s) posts to %s', async (call, argument, url) => {
    await setUp()[call](argument);
    expect(sent()).toMatchObject({ method: 'POST', url });
  });

  it('reads the dashboard', async () => {
    reply = { body: { worksByState: { draft: 3 }, worksByRights: {}, failedJobs: 1, queues: [], scheduledToday: [] } };
    await expect(setUp().getDashboard()).resolves.toMatchObject({ worksByState: { draft: 3 }, failedJobs: 1 });
    expect(sent()).toMatchObject({ method: 'GET', url: '/api/dashboard' });
  });

  it('exports the works the list filter selects', async () => {
    await setUp().exportWorks({ q: 'monet', museumId: 'm1' });
    expect(sent().method).toBe('GET');
    const url = new URL(sent().url, api.apiUrl);
    expect(url.pathname).toBe('/api/works/export.csv');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ q: 'monet', museumId: 'm1' });
    expect(sent().headers.authorization).toBe('Bearer token-1');
  });

  it('edits many works and answers one result per work', async () => {
    const results = [{ id: 'w1', status: 'updated', version: 2 }];
    reply = { body: results };
    await expect(setUp().bulkUpdateWorks(['w1'], { keywords: { add: ['Seine'] } })).resolves.toEqual(results);
    expect(sent()).toMatchObject({ method: 'POST', url: '/api/works/bulk-update', json: { ids: ['w1'], changes: { keywords: { add: ['Seine'] } } } });
  });

  it('runs an import with the mapping the user reviewed', async () => {
    await setUp().runImport('i1', { Musée: 'museum', Notes: null });
    expect(sent()).toMatchObject({ method: 'POST', url: '/api/imports/i1/run', json: { mapping: { Musée: 'museum', Notes: null } } });
  });
});
