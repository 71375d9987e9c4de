/** Bulk edit of selected works: per-id results (updated, unchanged, rejected, not found), audited per work. */
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, startTestApi, TestApi } from './harness';
import { createMuseum, createWork } from './fixtures';

describe('POST /api/works/bulk-update', () => {
  let api: TestApi;
  let pp: string;
  let car: string;
  beforeAll(async () => {
    api = await startTestApi('bulk_edit');
    pp = (await createMuseum(api, 'PP', 'Petit Palais')).id;
    car = (await createMuseum(api, 'CAR', 'Musée Carnavalet')).id;
  });
  afterAll(() => api.close());

  const bulk = (body: object) => api.http.post('/api/works/bulk-update').set(bearer(api.tokens.registrar)).send(body);
  const audits = (id: string) => api.app.get(DataSource).query(`SELECT action, diff FROM audit_event WHERE entity_id = $1 AND action <> 'create' ORDER BY id`, [id]);

  it('applies what it can and says, per id, what it did', async () => {
    const a = await createWork(api, { museumId: pp, inventoryNumber: 'B-1', title: { fr: 'A' }, keywords: ['paysage', 'hiver'] });
    const b = await createWork(api, { museumId: pp, inventoryNumber: 'B-2', title: { fr: 'B' } });
    await createWork(api, { museumId: car, inventoryNumber: 'B-2', title: { fr: 'Déjà là' } });
    const missing = randomUUID();
    const changes = { museumId: car, objectType: 'dessin', keywords: { add: ['neige', 'paysage'], remove: ['hiver'] }, proposedRights: { status: 'public_domain', licence: 'CC0' } };

    const res = await bulk({ ids: [a.id, b.id, missing], changes });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { id: a.id, status: 'updated', version: 2 },
      { id: b.id, status: 'rejected', message: 'Inventory number B-2 already exists at Musée Carnavalet' },
      { id: missing, status: 'not_found', message: `Work ${missing} not found` },
    ]);
    const after = (await api.http.get(`/api/works/${a.id}`).set(bearer(api.tokens.registrar))).body;
    expect(after).toMatchObject({ museumId: car, objectType: 'dessin', keywords: ['paysage', 'neige'], version: 2 });
    expect(after.rights.status).toBeNull();
    expect(after.rightsProposal).toMatchObject({ status: 'public_domain', licence: 'CC0', proposedByEmail: api.users.registrar.email });
    const events = await audits(a.id);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['rights.propose', 'bulk.update']);
    expect(events[0].diff).toMatchObject({ 'rightsProposal.status': { from: null, to: 'public_domain' }, 'rightsProposal.licence': { from: null, to: 'CC0' } });
    expect(events[1].diff).toEqual({ museumId: { from: pp, to: car }, objectType: { from: null, to: 'dessin' }, keywords: { from: ['paysage', 'hiver'], to: ['paysage', 'neige'] } });
    expect(await audits(b.id)).toEqual([]);
    expect((await api.http.get(`/api/works/${b.id}`).set(bearer(api.tokens.registrar))).body).toMatchObject({ museumId: pp, version: 1 });

    const again = await bulk({ ids: [a.id], changes });
    expect(again.body).toEqual([{ id: a.id, status: 'unchanged', version: 2 }]);
    expect(await audits(a.id)).toHaveLength(2);
  });

  it('replaces keywords with set, and clears the object type with null', async () => {
    const w = await createWork(api, { museumId: pp, inventoryNumber: 'S-1', title: { fr: 'S' }, objectType: 'peinture', keywords: ['a', 'b'] });
    const res = await bulk({ ids: [w.id], changes: { objectType: null, keywords: { set: ['c', 'c', ' d '] } } });
    expect(res.body).toEqual([{ id: w.id, status: 'updated', version: 2 }]);
    expect((await api.http.get(`/api/works/${w.id}`).set(bearer(api.tokens.registrar))).body).toMatchObject({ objectType: null, keywords: ['c', 'd'] });
  });

  it.each([
    [{ ids: [], changes: { objectType: 'x' } }, 'ids'],
    [{ ids: ['nope'], changes: { objectType: 'x' } }, 'ids'],
    [{ ids: [randomUUID()] }, 'changes'],
    [{ ids: [randomUUID()], changes: {} }, 'changes'],
    [{ ids: [randomUUID()], changes: { keywords: { set: ['a'], add: ['b'] } } }, 'changes.keywords'],
    [{ ids: [randomUUID()], changes: { proposedRights: { status: 'in_copyright', licence: 'CC0' } } }, 'changes.proposedRights.licence'],
    [{ ids: [randomUUID()], changes: { proposedRights: { status: 'maybe', licence: 'CC0' } } }, 'changes.proposedRights.status'],
    [{ ids: [randomUUID()], changes: { museumId: randomUUID() } }, 'changes.museumId'],
  ])('refuses %j naming %s', async (body, field) => {
    const res = await bulk(body);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toContain(field);
  });
});
