/**
 * GET /api/publications (ra-data-simple-rest, read-only): per work and target, state, link, attempts, last error
 * and note, filters and sorts validated; a withdrawn work's Commons file comes with its prepared deletion request.
 * Also: editing a published notice, one of its images or one of its creators queues a push to each of its targets
 * (the handlers decide by content hash).
 */
import { bearer, startTestApi, TestApi } from './harness';
import { createMuseum, createPerson, createWork } from './fixtures';
import { sql } from './workflow-fixtures';

describe('publications', () => {
  let api: TestApi;
  let museumId: string;
  let published: { id: string; version: number; inventoryNumber?: unknown };
  let withdrawn: { id: string };

  beforeAll(async () => {
    api = await startTestApi('publications');
    museumId = (await createMuseum(api, `PB${Date.now().toString(36).slice(-6).toUpperCase()}`)).id;
    published = await createWork(api, { museumId, inventoryNumber: 'PUBL-1', title: { fr: 'Publiée' } });
    withdrawn = await createWork(api, { museumId, inventoryNumber: 'PUBL-2', title: { fr: 'Retirée' } });
    await sql(api, `UPDATE work SET workflow_state = 'published' WHERE id = $1`, [published.id]);
    await sql(api, `UPDATE work SET workflow_state = 'withdrawn' WHERE id = $1`, [withdrawn.id]);
    await sql(
      api,
      `INSERT INTO publication (work_id, target, state, external_ref, external_url, attempts, last_error, pushed_at, updated_at) VALUES
        ($1::uuid, 'portal', 'succeeded', $1::text, 'https://portal.example.org/oeuvres/1', 1, NULL, now(), now() - interval '3 minutes'),
        ($1::uuid, 'commons', 'failed', NULL, NULL, 5, 'MediaWiki error ratelimited', NULL, now() - interval '2 minutes'),
        ($2::uuid, 'portal', 'withdrawn', $2::text, 'https://portal.example.org/oeuvres/2', 2, NULL, now(), now() - interval '1 minute'),
        ($2::uuid, 'commons', 'succeeded', 'File:A - Retirée - PUBL-2 - Musée.jpg', 'https://commons.wikimedia.org/wiki/File:A_-_Retir%C3%A9e_-_PUBL-2_-_Mus%C3%A9e.jpg', 1, NULL, now(), now())`,
      [published.id, withdrawn.id],
    );
    await sql(api, `INSERT INTO audit_event (action, entity_type, entity_id, diff, comment, at) VALUES ('workflow.withdraw', 'work', $1, '{}', 'Droits contestés | voir [[dossier]]', '2026-03-04T10:00:00Z')`, [withdrawn.id]);
  });
  afterAll(() => api.close());

  const list = (query = '') => api.http.get(`/api/publications${query}`).set(bearer(api.tokens.registrar));

  it('lists publications newest first on the ra-data-simple-rest contract', async () => {
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('publications 0-3/4');
    expect(res.body.map((p: { id: string }) => p.id)).toEqual([`${withdrawn.id}:commons`, `${withdrawn.id}:portal`, `${published.id}:commons`, `${published.id}:portal`]);
    expect(res.body[2]).toMatchObject({
      workId: published.id,
      target: 'commons',
      state: 'failed',
      attempts: 5,
      lastError: 'MediaWiki error ratelimited',
      externalUrl: null,
      deletionRequest: null,
      work: { inventoryNumber: 'PUBL-1', title: 'Publiée', museumId, workflowState: 'published' },
    });
  });

  it.each([
    ['state', { state: 'failed' }, (): string[] => [`${published.id}:commons`]],
    ['target', { target: 'portal' }, (): string[] => [`${withdrawn.id}:portal`, `${published.id}:portal`]],
    ['work', { workId: 'PUBLISHED' }, (): string[] => [`${published.id}:commons`, `${published.id}:portal`]],
    ['ids (getMany)', { id: ['PUBLISHED:portal'] }, (): string[] => [`${published.id}:portal`]],
  ])('filters by %s', async (_case, filter, expected) => {
    const json = JSON.stringify(filter).replace(/PUBLISHED/g, published.id);
    const res = await list(`?filter=${encodeURIComponent(json)}`);
    expect(res.status).toBe(200);
    expect(res.body.map((p: { id: string }) => p.id)).toEqual(expected());
  });

  it('gives the rights manager the prepared deletion request of a withdrawn work’s Commons file', async () => {
    const [row] = (await list(`?filter=${encodeURIComponent(JSON.stringify({ workId: withdrawn.id, target: 'commons' }))}`)).body;
    expect(row.deletionRequest).toEqual({
      fileTitle: 'File:A - Retirée - PUBL-2 - Musée.jpg',
      fileUrl: 'https://commons.wikimedia.org/wiki/File:A_-_Retir%C3%A9e_-_PUBL-2_-_Mus%C3%A9e.jpg',
      page: 'Commons:Deletion requests/File:A - Retirée - PUBL-2 - Musée.jpg',
      fileTag: '{{delete|reason=Droits contestés &#124; voir &#91;&#91;dossier&#93;&#93;|subpage=File:A - Retirée - PUBL-2 - Musée.jpg|year=2026|month=3|day=4}}',
      nomination: '=== [[:File:A - Retirée - PUBL-2 - Musée.jpg]] ===\nDroits contestés &#124; voir &#91;&#91;dossier&#93;&#93; ~~~~',
    });
  });

  it('sorts by the fields it offers', async () => {
    const res = await list(`?sort=${encodeURIComponent('["attempts","DESC"]')}`);
    expect(res.body[0].attempts).toBe(5);
  });

  it.each([
    ['an unknown filter', `?filter=${encodeURIComponent('{"colour":"red"}')}`, 'filter.colour'],
    ['a bad state', `?filter=${encodeURIComponent('{"state":"lost"}')}`, 'filter.state'],
    ['a bad target', `?filter=${encodeURIComponent('{"target":"flickr"}')}`, 'filter.target'],
    ['a bad work id', `?filter=${encodeURIComponent('{"workId":"x"}')}`, 'filter.workId'],
    ['a bad id', `?filter=${encodeURIComponent('{"id":["x"]}')}`, 'filter.id'],
    ['an unknown sort', `?sort=${encodeURIComponent('["colour","ASC"]')}`, 'sort'],
  ])('refuses %s with a 400 naming the field', async (_case, query, field) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });

  it('queues a push to every target when a published notice is edited, and none for a work not published', async () => {
    const before = await sql<{ n: number }>(api, `SELECT count(*)::int AS n FROM outbox WHERE payload->>'workId' = $1`, [published.id]);
    const current = (await api.http.get(`/api/works/${published.id}`).set(bearer(api.tokens.registrar))).body;
    const res = await api.http
      .put(`/api/works/${published.id}`)
      .set(bearer(api.tokens.registrar))
      .send({ museumId, inventoryNumber: 'PUBL-1', title: { fr: 'Publiée', en: 'Published' }, version: current.version });
    expect(res.status).toBe(200);
    const jobs = await sql<{ job_name: string }>(api, `SELECT job_name FROM outbox WHERE payload->>'workId' = $1 ORDER BY id OFFSET $2`, [published.id, before[0].n]);
    expect(jobs.map((j) => j.job_name)).toEqual(['commons.push', 'portal.push']);

    const draft = await createWork(api, { museumId, inventoryNumber: 'PUBL-3', title: { fr: 'Brouillon' } });
    await api.http.put(`/api/works/${draft.id}`).set(bearer(api.tokens.registrar)).send({ museumId, inventoryNumber: 'PUBL-3', title: { fr: 'Brouillon 2' }, version: draft.version });
    expect(await sql(api, `SELECT 1 FROM outbox WHERE payload->>'workId' = $1`, [draft.id])).toEqual([]);
  });
  const pushesSince = async (workId: string, from: number) =>
    (await sql<{ job_name: string }>(api, `SELECT job_name FROM outbox WHERE payload->>'workId' = $1 AND job_name LIKE '%.push' AND id > $2 ORDER BY id`, [workId, from])).map((j) => j.job_name);
  const lastOutboxId = async () => (await sql<{ n: number }>(api, 'SELECT coalesce(max(id), 0)::int AS n FROM outbox'))[0].n;

  it('queues a push to each live target when an image of a published work is captioned or removed', async () => {
    const work = await createWork(api, { museumId, inventoryNumber: 'PUBL-4', title: { fr: 'Avec image' } });
    await sql(api, `UPDATE work SET workflow_state = 'published' WHERE id = $1`, [work.id]);
    await sql(api, `INSERT INTO publication (work_id, target, state) VALUES ($1, 'portal', 'succeeded'), ($1, 'commons', 'withdrawn')`, [work.id]);
    const [{ id: mediaId }] = await sql<{ id: string }>(
      api,
      `INSERT INTO media (work_id, storage_key, sha256, sha1, mime, bytes, is_primary, status) VALUES ($1, 'media/x/original', md5(random()::text) || md5(random()::text), 'x', 'image/jpeg', 10, true, 'ready') RETURNING id`,
      [work.id],
    );
    let from = await lastOutboxId();
    const captioned = await api.http.put(`/api/media/${mediaId}`).set(bearer(api.tokens.registrar)).send({ caption: 'Vue d’ensemble', version: 1 });
    expect(captioned.status).toBe(200);
    expect(await pushesSince(work.id, from)).toEqual(['portal.push']);

    from = await lastOutboxId();
    expect((await api.http.delete(`/api/media/${mediaId}`).set(bearer(api.tokens.registrar))).status).toBe(200);
    expect(await pushesSince(work.id, from)).toEqual(['portal.push']);
  });

  it('queues a push for the published works of a renamed creator, and none for the others', async () => {
    const person = await createPerson(api, 'Jean Béraud');
    const shown = await createWork(api, { museumId, inventoryNumber: 'PUBL-5', title: { fr: 'Boulevard' }, creators: [{ personId: person.id, role: 'peintre' }] });
    const draft = await createWork(api, { museumId, inventoryNumber: 'PUBL-6', title: { fr: 'Esquisse' }, creators: [{ personId: person.id, role: 'peintre' }] });
    await sql(api, `UPDATE work SET workflow_state = 'published' WHERE id = $1`, [shown.id]);
    await sql(api, `INSERT INTO publication (work_id, target, state) VALUES ($1, 'portal', 'succeeded')`, [shown.id]);
    const from = await lastOutboxId();
    const res = await api.http.put(`/api/people/${person.id}`).set(bearer(api.tokens.registrar)).send({ displayName: 'Jean Béraud (1849-1935)', version: person.version });
    expect(res.status).toBe(200);
    expect(await pushesSince(shown.id, from)).toEqual(['portal.push']);
    expect(await pushesSince(draft.id, from)).toEqual([]);
  });
});
