/**
 * Every endpoint × every role and anonymous: the expected outcome is 2xx, 401 or 403, nothing else. Each call
 * gets fresh targets so an allowed write really succeeds rather than failing on state left by another role.
 */
import type { Role } from '@oc/domain';
import { DataSource } from 'typeorm';
import { buildPackage, renderMedia, type MediaStorage } from '@oc/media';
import { photo, TEST_PASSWORD } from '@oc/testing';
import { MEDIA_STORAGE } from '../src/media/media-storage.provider';
import { IMPORT_STORAGE } from '../src/imports/imports.config';
import { ALL_ROLES, bearer, startTestApi, TestApi } from './harness';
import { createMuseum, createPerson, createWork } from './fixtures';

type Who = Role | 'anonymous';
type Call = (api: TestApi, token: string | null) => Promise<{ status: number }>;

let counter = 0;
const unique = () => `${Date.now().toString(36)}${++counter}`;

const EVERYONE: Who[] = ALL_ROLES;
const ADMIN_ONLY: Who[] = ['admin'];
const RIGHTS_MANAGERS: Who[] = ['rights_manager', 'admin'];

let museumId: string;

const send = (api: TestApi, method: 'get' | 'post' | 'put' | 'delete', url: string, token: string | null, body?: object) => {
  const req = api.http[method](url);
  if (token) req.set(bearer(token));
  return body ? req.send(body) : req;
};

const ENDPOINTS: Array<[string, Who[], Call]> = [
  ['GET /api/auth/me', EVERYONE, (api, t) => send(api, 'get', '/api/auth/me', t)],
  ['GET /api/works', EVERYONE, (api, t) => send(api, 'get', '/api/works', t)],
  ['GET /api/works/:id', EVERYONE, async (api, t) => send(api, 'get', `/api/works/${(await workFor(api)).id}`, t)],
  ['POST /api/works', EVERYONE, (api, t) => send(api, 'post', '/api/works', t, { museumId, inventoryNumber: unique(), title: { fr: 'Matrice' } })],
  ['PUT /api/works/:id', EVERYONE, async (api, t) => {
    const work = await workFor(api);
    return send(api, 'put', `/api/works/${work.id}`, t, { museumId, inventoryNumber: work.inventoryNumber, title: { fr: 'Modifiée' }, version: work.version });
  }],
  ['DELETE /api/works/:id', EVERYONE, async (api, t) => send(api, 'delete', `/api/works/${(await workFor(api)).id}`, t)],
  ['GET /api/people', EVERYONE, (api, t) => send(api, 'get', '/api/people', t)],
  ['GET /api/people/:id', EVERYONE, async (api, t) => send(api, 'get', `/api/people/${(await createPerson(api, unique())).id}`, t)],
  ['POST /api/people', EVERYONE, (api, t) => send(api, 'post', '/api/people', t, { displayName: unique() })],
  ['PUT /api/people/:id', EVERYONE, async (api, t) => {
    const person = await createPerson(api, unique());
    return send(api, 'put', `/api/people/${person.id}`, t, { displayName: 'Renommé', version: person.version });
  }],
  ['DELETE /api/people/:id', EVERYONE, async (api, t) => send(api, 'delete', `/api/people/${(await createPerson(api, unique())).id}`, t)],
  ['GET /api/museums', EVERYONE, (api, t) => send(api, 'get', '/api/museums', t)],
  ['GET /api/museums/:id', EVERYONE, (api, t) => send(api, 'get', `/api/museums/${museumId}`, t)],
  ['POST /api/museums', ADMIN_ONLY, (api, t) => send(api, 'post', '/api/museums', t, { code: unique().toUpperCase().slice(-12), name: { fr: 'Musée' } })],
  ['PUT /api/museums/:id', ADMIN_ONLY, async (api, t) => {
    const museum = await createMuseum(api, unique().toUpperCase().slice(-12));
    return send(api, 'put', `/api/museums/${museum.id}`, t, { code: museum.code, name: { fr: 'Renommé' }, version: 1 });
  }],
  ['DELETE /api/museums/:id', ADMIN_ONLY, async (api, t) => send(api, 'delete', `/api/museums/${(await createMuseum(api, unique().toUpperCase().slice(-12))).id}`, t)],
  ['GET /api/users', ADMIN_ONLY, (api, t) => send(api, 'get', '/api/users', t)],
  ['GET /api/users/:id', ADMIN_ONLY, (api, t) => send(api, 'get', `/api/users/${api.users.registrar.id}`, t)],
  ['POST /api/users', ADMIN_ONLY, (api, t) => send(api, 'post', '/api/users', t, { email: `${unique()}@example.org`, displayName: 'M', roles: ['registrar'], password: 'Matrix-Password-2026' })],
  ['PUT /api/users/:id', ADMIN_ONLY, async (api, t) => {
    const user = await api.addUser(['registrar']);
    return send(api, 'put', `/api/users/${user.id}`, t, { displayName: 'Changed' });
  }],
  ['DELETE /api/users/:id', ADMIN_ONLY, async (api, t) => send(api, 'delete', `/api/users/${(await api.addUser(['registrar'])).id}`, t)],
  ['GET /api/audit-events', EVERYONE, (api, t) => send(api, 'get', '/api/audit-events', t)],
  ['GET /api/audit-events/:id', EVERYONE, async (api, t) => {
    const first = await send(api, 'get', '/api/audit-events?range=[0,0]', api.tokens.admin);
    return send(api, 'get', `/api/audit-events/${(first as unknown as { body: Array<{ id: string }> }).body[0].id}`, t);
  }],
  ['GET /metrics', ADMIN_ONLY, (api, t) => send(api, 'get', '/metrics', t)],
  ['GET /api/works/:id/rights-assessment', EVERYONE, async (api, t) => send(api, 'get', `/api/works/${(await workFor(api)).id}/rights-assessment`, t)],
  // Registrars may send rights too: theirs are stored as a proposal (rights.spec.ts checks the difference).
  ['PUT /api/works/:id/rights', EVERYONE, async (api, t) => {
    const work = await workFor(api);
    return send(api, 'put', `/api/works/${work.id}/rights`, t, { status: 'unknown', licence: 'all_rights_reserved', version: work.version });
  }],
  ['POST /api/rights/assess', EVERYONE, (api, t) => send(api, 'post', '/api/rights/assess', t, { creators: [{ deathDate: '1926' }] })],
  // Per action and role, workflow.spec.ts holds the full matrix; here: the route is closed to anonymous callers.
  ['POST /api/works/:id/workflow/:action', EVERYONE, async (api, t) => send(api, 'post', `/api/works/${(await workFor(api)).id}/workflow/submit`, t, {})],
  ['GET /api/dashboard', EVERYONE, (api, t) => send(api, 'get', '/api/dashboard', t)],
  ['GET /api/queues', ADMIN_ONLY, (api, t) => send(api, 'get', '/api/queues', t)],
  ['POST /api/queues/:name/pause', ADMIN_ONLY, (api, t) => send(api, 'post', '/api/queues/packages/pause', t)],
  ['POST /api/queues/:name/resume', ADMIN_ONLY, (api, t) => send(api, 'post', '/api/queues/packages/resume', t)],
  ['POST /api/queues/:name/retry-failed', ADMIN_ONLY, (api, t) => send(api, 'post', '/api/queues/packages/retry-failed', t)],
  ['GET /api/jobs', ADMIN_ONLY, (api, t) => send(api, 'get', '/api/jobs', t)],
  // Job ids that do not exist: an admin gets past the guard to a 404, which this matrix counts as "allowed".
  ['GET /api/jobs/:id', ADMIN_ONLY, async (api, t) => notFoundAsAllowed(await send(api, 'get', '/api/jobs/media:none', t))],
  ['POST /api/jobs/:id/retry', ADMIN_ONLY, async (api, t) => notFoundAsAllowed(await send(api, 'post', '/api/jobs/media:none/retry', t))],
  ['DELETE /api/jobs/:id', ADMIN_ONLY, async (api, t) => notFoundAsAllowed(await send(api, 'delete', '/api/jobs/media:none', t))],
  ['POST /api/scheduler/run', RIGHTS_MANAGERS, (api, t) => send(api, 'post', '/api/scheduler/run', t, {})],
  ['POST /api/works/:id/media', EVERYONE, async (api, t) => {
    const work = await workFor(api);
    const req = api.http.post(`/api/works/${work.id}/media`);
    if (t) req.set(bearer(t));
    return req.attach('file', await photo(64, 48), 'matrix.jpg');
  }],
  ['GET /api/works/:id/package', EVERYONE, async (api, t) => send(api, 'get', `/api/works/${(await renderedMedia(api, true)).workId}/package`, t)],
  ['GET /api/media', EVERYONE, (api, t) => send(api, 'get', '/api/media', t)],
  ['GET /api/media/:id', EVERYONE, async (api, t) => send(api, 'get', `/api/media/${(await renderedMedia(api)).id}`, t)],
  ['PUT /api/media/:id', EVERYONE, async (api, t) => send(api, 'put', `/api/media/${(await renderedMedia(api)).id}`, t, { caption: 'Matrice', version: 1 })],
  ['DELETE /api/media/:id', EVERYONE, async (api, t) => send(api, 'delete', `/api/media/${(await renderedMedia(api)).id}`, t)],
  ['GET /api/media/:id/:kind', EVERYONE, async (api, t) => send(api, 'get', `/api/media/${(await renderedMedia(api)).id}/thumb`, t)],
  ['GET /api/media/:id/tiles/info.json', EVERYONE, async (api, t) => send(api, 'get', `/api/media/${(await renderedMedia(api, true)).id}/tiles/info.json`, t)],
  ['GET /api/media/:id/tiles/*path', EVERYONE, async (api, t) => send(api, 'get', `/api/media/${(await renderedMedia(api, true)).id}/tiles/full/64,48/0/default.jpg`, t)],
  ['POST /api/imports', EVERYONE, (api, t) => uploadCsv(api, t)],
  ['POST /api/imports/:id/run', EVERYONE, async (api, t) => send(api, 'post', `/api/imports/${(await uploadCsv(api, api.tokens.registrar)).body.id}/run`, t, {})],
  ['GET /api/imports', EVERYONE, (api, t) => send(api, 'get', '/api/imports', t)],
  ['GET /api/imports/:id', EVERYONE, async (api, t) => send(api, 'get', `/api/imports/${(await uploadCsv(api, api.tokens.registrar)).body.id}`, t)],
  ['GET /api/imports/:id/report.csv', EVERYONE, async (api, t) => send(api, 'get', `/api/imports/${await importWithReport(api)}/report.csv`, t)],
  ['GET /api/works/export.csv', EVERYONE, (api, t) => send(api, 'get', '/api/works/export.csv', t)],
  ['POST /api/works/bulk-update', EVERYONE, async (api, t) => send(api, 'post', '/api/works/bulk-update', t, { ids: [(await workFor(api)).id], changes: { keywords: { add: ['matrice'] } } })],
  ['POST /api/works/workflow/:action', EVERYONE, async (api, t) => send(api, 'post', '/api/works/workflow/submit', t, { ids: [(await workFor(api)).id] })],
  ['GET /api/publications', EVERYONE, (api, t) => send(api, 'get', '/api/publications', t)],
];

const PUBLIC: Array<[string, Call]> = [
  ['GET /api/health', (api) => send(api, 'get', '/api/health', null)],
  ['GET /api/docs/openapi.json', (api) => send(api, 'get', '/api/docs/openapi.json', null)],
  ['POST /api/auth/logout', (api) => send(api, 'post', '/api/auth/logout', null)],
  ['POST /api/auth/login', (api) => send(api, 'post', '/api/auth/login', null, { email: api.users.registrar.email, password: TEST_PASSWORD })],
  ['GET /public/v1/works', (api) => send(api, 'get', '/public/v1/works', null)],
  ['GET /public/v1/works/:id', async (api) => send(api, 'get', `/public/v1/works/${(await publicMedia(api)).workId}`, null)],
  ['GET /public/v1/works/:id/manifest', async (api) => send(api, 'get', `/public/v1/works/${(await publicMedia(api)).workId}/manifest`, null)],
  ['GET /public/v1/works/:id/package', async (api) => send(api, 'get', `/public/v1/works/${(await publicMedia(api)).workId}/package`, null)],
  ['GET /public/v1/images/:id/tiles/info.json', async (api) => send(api, 'get', `/public/v1/images/${(await publicMedia(api)).id}/tiles/info.json`, null)],
  ['GET /public/v1/images/:id/:kind', async (api) => send(api, 'get', `/public/v1/images/${(await publicMedia(api)).id}/web`, null)],
];

/** An uploaded and rendered image (of a CC0 work when asked, so HD, tiles and the package exist); sharp's noise makes each file unique. */
async function renderedMedia(api: TestApi, cc0 = false): Promise<{ id: string; workId: string }> {
  const work = await workFor(api);
  const dataSource = api.app.get(DataSource);
  if (cc0) await dataSource.query(`UPDATE work SET rights_status = 'public_domain', licence = 'CC0' WHERE id = $1`, [work.id]);
  const res = await api.http.post(`/api/works/${work.id}/media`).set(bearer(api.tokens.registrar)).attach('file', await photo(64, 48), 'm.jpg');
  const storage = api.app.get<MediaStorage>(MEDIA_STORAGE);
  await renderMedia(dataSource, storage, res.body.id, { maxPixels: 10_000_000 });
  if (cc0) await buildPackage(dataSource, storage, work.id);
  return { id: res.body.id, workId: work.id };
}

/** A published CC0 work with its rendered image and package: what the public API serves. */
async function publicMedia(api: TestApi): Promise<{ id: string; workId: string }> {
  const media = await renderedMedia(api, true);
  await api.app.get(DataSource).query(`UPDATE work SET workflow_state = 'published' WHERE id = $1`, [media.workId]);
  return media;
}

function notFoundAsAllowed(res: { status: number }) {
  return { status: res.status === 404 ? 200 : res.status };
}

/** A CSV file uploaded for import (not run). */
function uploadCsv(api: TestApi, token: string | null) {
  const req = api.http.post('/api/imports');
  if (token) req.set(bearer(token));
  return req.attach('file', Buffer.from(`museum;inventory_number;title_fr\nMTX;${unique()};Matrice\n`), 'matrix.csv');
}

/** An import whose report is in storage (as the worker leaves it). */
async function importWithReport(api: TestApi): Promise<string> {
  const { id } = (await uploadCsv(api, api.tokens.registrar)).body;
  await api.app.get<MediaStorage>(IMPORT_STORAGE).write(`imports/${id}/report.csv`, Buffer.from('line;outcome\n'), 'text/csv');
  await api.app.get(DataSource).query(`UPDATE import_job SET status = 'succeeded', report_key = $2 WHERE id = $1`, [id, `imports/${id}/report.csv`]);
  return id;
}

async function workFor(api: TestApi) {
  return createWork(api, { museumId, inventoryNumber: unique(), title: { fr: 'Cible' } }) as Promise<{ id: string; version: number; inventoryNumber: string }>;
}

describe('role × endpoint matrix', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('matrix');
    museumId = (await createMuseum(api, 'MTX')).id;
  });
  afterAll(() => api.close());

  const cases = ENDPOINTS.flatMap(([name, allowed, call]) =>
    (['anonymous', ...ALL_ROLES] as Who[]).map((who) => {
      const expected = who === 'anonymous' ? 401 : allowed.includes(who) ? '2xx' : 403;
      return [name, who, expected, call] as const;
    }),
  );

  it.each(cases)('%s as %s → %s', async (_name, who, expected, call) => {
    const res = await call(api, who === 'anonymous' ? null : api.tokens[who]);
    if (expected === '2xx') expect(res.status).toBeGreaterThanOrEqual(200);
    if (expected === '2xx') expect(res.status).toBeLessThan(300);
    else expect(res.status).toBe(expected);
  });

  it('says which permission a role lacks, with a code the admin translates', async () => {
    const res = await api.http.get('/api/users').set(bearer(api.tokens.registrar)).expect(403);
    expect(res.body).toEqual({ statusCode: 403, code: 'role_forbidden', permission: 'users:manage', message: 'Your role does not allow this (needs users:manage)' });
  });

  it.each(PUBLIC)('%s is public', async (_name, call) => {
    const { status } = await call(api, null);
    expect(status >= 200 && status < 300).toBe(true);
  });

  it('covers every route the application registers', () => {
    const server = api.app.getHttpAdapter().getInstance();
    const routes = new Set<string>();
    const stack = server.router?.stack ?? server._router?.stack ?? [];
    for (const layer of stack) {
      // Skip middleware mounted on every path (metrics), which shows up as a catch-all route.
      if (!layer.route || layer.route.path.includes('*')) continue;
      for (const method of Object.keys(layer.route.methods)) routes.add(`${method.toUpperCase()} ${layer.route.path.replace(/:id\b/g, ':id')}`);
    }
    const covered = new Set([...ENDPOINTS.map(([n]) => n), ...PUBLIC.map(([n]) => n)]);
    const documentation = [...routes].filter((r) => r.includes('/api/docs'));
    const missing = [...routes].filter((r) => !covered.has(r) && !documentation.includes(r));
    expect(missing).toEqual([]);
    expect(routes.size).toBeGreaterThanOrEqual(ENDPOINTS.length);
  });
});
