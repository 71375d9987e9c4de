import { Client } from 'pg';
import { LIMITS } from '@oc/domain';
import { worksDatingOverlap } from '../src/common/dating-filter';
import { bearer, startTestApi, TestApi } from './harness';
import { createMuseum, createPerson, createWork } from './fixtures';

describe('works API', () => {
  let api: TestApi;
  let petitPalais: { id: string };
  let carnavalet: { id: string };
  let cezanne: { id: string };
  let gerard: { id: string };
  let vollard: { id: string; version: number };

  const list = (filter: object, extra: Record<string, string> = {}) =>
    api.http.get('/api/works').set(bearer(api.tokens.registrar)).query({ filter: JSON.stringify(filter), ...extra });

  beforeAll(async () => {
    api = await startTestApi('works');
    petitPalais = await createMuseum(api, 'PP', 'Petit Palais');
    carnavalet = await createMuseum(api, 'CAR', 'Musée Carnavalet');
    cezanne = await createPerson(api, 'Paul Cézanne', { birthDate: '1839-01-19', deathDate: '1906-10-22' });
    gerard = await createPerson(api, 'François Gérard', { birthDate: '1770-05-12', deathDate: '1837-01-11' });
    vollard = await createWork(api, {
      museumId: petitPalais.id,
      inventoryNumber: 'PPP1001',
      title: { fr: "Portrait d'Ambroise Vollard", en: 'Portrait of Ambroise Vollard' },
      objectType: 'peinture',
      dating: { text: '1899', startYear: 1899, endYear: 1899 },
      creators: [{ personId: cezanne.id, role: 'auteur' }],
      dimensions: [{ type: 'hauteur', value: 100.5, unit: 'cm' }, { part: 'cadre', type: 'largeur', value: 81, unit: 'cm' }],
      inscriptions: [{ type: 'signature', text: 'P. Cézanne', script: 'latin' }],
      description: { fr: 'Le marchand assis, les jambes croisées.' },
      keywords: ['portrait', 'marchand'],
    });
    await createWork(api, {
      museumId: carnavalet.id,
      inventoryNumber: 'P1581',
      title: { fr: 'Portrait de Juliette Récamier, née Bernard' },
      objectType: 'peinture',
      dating: { text: 'entre 1902 et 1905', startYear: 1902, endYear: 1905 },
      creators: [{ personId: gerard.id, role: 'auteur' }],
    });
    await createWork(api, {
      museumId: carnavalet.id,
      inventoryNumber: 'D.9001',
      title: { fr: 'Vue de la Seine' },
      objectType: 'dessin',
      dating: { startYear: 1760, endYear: 1770 },
      anonymous: true,
    });
  });

  afterAll(() => api.close());

  it('returns the full notice shape with ordered creators, dimensions and inscriptions', async () => {
    const res = await api.http.get(`/api/works/${vollard.id}`).set(bearer(api.tokens.registrar)).expect(200);
    expect(res.body).toMatchObject({
      id: vollard.id,
      museumId: petitPalais.id,
      inventoryNumber: 'PPP1001',
      title: { fr: "Portrait d'Ambroise Vollard", en: 'Portrait of Ambroise Vollard', es: null },
      is2D: true,
      dating: { text: '1899', startYear: 1899, endYear: 1899 },
      creators: [{ personId: cezanne.id, role: 'auteur', order: 0 }],
      creatorNames: ['Paul Cézanne'],
      dimensions: [
        { part: null, type: 'hauteur', value: 100.5, unit: 'cm' },
        { part: 'cadre', type: 'largeur', value: 81, unit: 'cm' },
      ],
      inscriptions: [{ type: 'signature', text: 'P. Cézanne', script: 'latin' }],
      description: { fr: 'Le marchand assis, les jambes croisées.', en: null, es: null },
      keywords: ['portrait', 'marchand'],
      rights: { status: null, licence: null },
      workflow: { state: 'draft', publishAt: null },
      version: 1,
    });
  });

  it('finds "Cézanne" when searching "cezanne", across titles, creators, inventory numbers and descriptions', async () => {
    const byCreator = await list({ q: 'cezanne' }).expect(200);
    expect(byCreator.body.map((w: { inventoryNumber: string }) => w.inventoryNumber)).toEqual(['PPP1001']);
    expect(byCreator.headers['content-range']).toBe('works 0-0/1');
    expect((await list({ q: 'recamier' })).body.map((w: { inventoryNumber: string }) => w.inventoryNumber)).toEqual(['P1581']);
    expect((await list({ q: 'PPP10' })).body).toHaveLength(1);
    expect((await list({ q: 'jambes croisees' })).body).toHaveLength(1);
    expect((await list({ q: 'portrait' })).body).toHaveLength(2);
  });

  it.each([
    ['museumId', () => ({ museumId: carnavalet.id }), ['D.9001', 'P1581']],
    ['objectType', () => ({ objectType: 'dessin' }), ['D.9001']],
    ['creatorId', () => ({ creatorId: gerard.id }), ['P1581']],
    ['workflowState', () => ({ workflowState: 'draft' }), ['D.9001', 'P1581', 'PPP1001']],
    ['rightsStatus', () => ({ rightsStatus: 'public_domain' }), []],
    ['dateFrom/dateTo overlapping', () => ({ dateFrom: 1765, dateTo: 1900 }), ['D.9001', 'PPP1001']],
    ['dateFrom only', () => ({ dateFrom: 1900 }), ['P1581']],
    ['dateTo only', () => ({ dateTo: 1800 }), ['D.9001']],
    ['a year inside a period', () => ({ dateFrom: 1903, dateTo: 1903 }), ['P1581']],
    ['a period touching a dating end', () => ({ dateFrom: 1770, dateTo: 1770 }), ['D.9001']],
    ['id (getMany)', () => ({ id: [vollard.id] }), ['PPP1001']],
  ])('filters by %s', async (_name, filter, expected) => {
    const res = await list(filter(), { sort: JSON.stringify(['inventoryNumber', 'ASC']) }).expect(200);
    expect(res.body.map((w: { inventoryNumber: string }) => w.inventoryNumber)).toEqual(expected);
  });

  it('answers the dating filter from its index', async () => {
    const client = new Client({ connectionString: api.db.url });
    await client.connect();
    try {
      // The table is small enough for a scan to be cheaper: forbidding it shows the index matches the condition.
      await client.query('SET enable_seqscan = off');
      const plan = await client.query(`EXPLAIN SELECT w.id FROM work w WHERE ${worksDatingOverlap("'1800'", "'1900'")}`);
      expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('work_dating_range_idx');
    } finally {
      await client.end();
    }
  });

  it('pages and sorts with a Content-Range header', async () => {
    const res = await list({}, { range: '[1,1]', sort: '["title","ASC"]' }).expect(200);
    expect(res.headers['content-range']).toBe('works 1-1/3');
    expect(res.body.map((w: { title: { fr: string } }) => w.title.fr)).toEqual(['Portrait de Juliette Récamier, née Bernard']);
  });

  it.each([
    ['an unknown filter', { filter: '{"colour":"red"}' }, 'filter.colour'],
    ['an unknown sort field', { sort: '["passwordHash","ASC"]' }, 'sort'],
    ['a bad sort order', { sort: '["title","UP"]' }, 'sort'],
    ['a bad range', { range: '[5,2]' }, 'range'],
    ['too large a page', { range: '[0,1000]' }, 'range'],
    ['broken JSON', { filter: '{q:' }, 'filter'],
    ['a bad museumId', { filter: '{"museumId":"nope"}' }, 'filter.museumId'],
    ['a bad workflowState', { filter: '{"workflowState":"lost"}' }, 'filter.workflowState'],
    ['a non-integer dateFrom', { filter: '{"dateFrom":"1900"}' }, 'filter.dateFrom'],
    ['a period ending before it starts', { filter: '{"dateFrom":1900,"dateTo":1800}' }, 'filter.dateTo'],
    ['an unknown query parameter', { page: '2' }, 'page'],
  ])('refuses %s with a 400 naming the field', async (_name, query, field) => {
    const res = await api.http.get('/api/works').set(bearer(api.tokens.registrar)).query(query).expect(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
    expect(res.body.message).toContain(field);
  });

  it('stores and finds a notice written to the length limits (title, three 20,000-character descriptions)', async () => {
    // Distinct words, so the text vector is as large as such a notice makes it: an index holding that vector (a
    // covering btree was tried for the title walk) refuses rows above 8 KB and would turn this save into an error.
    const text = (lang: string) => Array.from({ length: 3000 }, (_, i) => `${lang}${i.toString(36)}x`).join(' ').slice(0, LIMITS.description);
    const work = await createWork(api, {
      museumId: carnavalet.id,
      inventoryNumber: 'LONG-1',
      title: { fr: `Notice longue ${'très '.repeat(90)}`.slice(0, LIMITS.title) },
      description: { fr: text('mot'), en: text('word'), es: text('palabra') },
    });
    const found = await list({ q: 'palabra2bx', museumId: carnavalet.id }, { sort: '["title","ASC"]' }).expect(200);
    expect(found.body.map((w: { id: string }) => w.id)).toEqual([work.id]);
    await api.http.delete(`/api/works/${work.id}`).set(bearer(api.tokens.registrar)).send({ version: work.version }).expect(200);
  });

  it('keeps the order given to several creators, dimensions and inscriptions, after a reordering too', async () => {
    const vollardPerson = await createPerson(api, 'Ambroise Vollard', { birthDate: '1866', deathDate: '1939' });
    const people = [gerard, vollardPerson, cezanne];
    const work = await createWork(api, {
      museumId: petitPalais.id,
      inventoryNumber: 'ORDER-1',
      title: { fr: 'Ordre des créateurs' },
      creators: people.map((p, i) => ({ personId: p.id, role: ['auteur', 'commanditaire', "d'après"][i] })),
      dimensions: ['profondeur', 'hauteur', 'largeur'].map((type, i) => ({ type, value: 10 + i, unit: 'cm' })),
      inscriptions: ['z', 'a', 'm'].map((text) => ({ type: 'inscription', text })),
    });
    const orderOf = (w: { creatorNames: string[]; creators: Array<{ order: number }>; dimensions: Array<{ type: string }>; inscriptions: Array<{ text: string }> }) => ({
      names: w.creatorNames,
      orders: w.creators.map((c) => c.order),
      dimensions: w.dimensions.map((d) => d.type),
      inscriptions: w.inscriptions.map((i) => i.text),
    });
    const one = await api.http.get(`/api/works/${work.id}`).set(bearer(api.tokens.registrar)).expect(200);
    expect(orderOf(one.body)).toEqual({
      names: ['François Gérard', 'Ambroise Vollard', 'Paul Cézanne'],
      orders: [0, 1, 2],
      dimensions: ['profondeur', 'hauteur', 'largeur'],
      inscriptions: ['z', 'a', 'm'],
    });

    const reordered = {
      ...one.body,
      creators: [...one.body.creators].reverse().map((c: object) => ({ ...c, order: undefined })),
      dimensions: [...one.body.dimensions].reverse(),
      inscriptions: [...one.body.inscriptions].reverse(),
    };
    await api.http.put(`/api/works/${work.id}`).set(bearer(api.tokens.registrar)).send(reordered).expect(200);
    const listed = await list({ q: 'ORDER-1' }).expect(200);
    expect(listed.body.map(orderOf)).toEqual([
      { names: ['Paul Cézanne', 'Ambroise Vollard', 'François Gérard'], orders: [0, 1, 2], dimensions: ['largeur', 'hauteur', 'profondeur'], inscriptions: ['m', 'a', 'z'] },
    ]);
    await api.http.delete(`/api/works/${work.id}`).set(bearer(api.tokens.registrar)).send({ version: work.version + 1 }).expect(200);
  });

  it('flags data-quality problems without refusing the save', async () => {
    const res = await list({ creatorId: gerard.id });
    expect(res.body[0].warnings.map((w: { code: string }) => w.code)).toEqual(['dated_after_creator_death', 'no_image']);
    // The list sends the notices' JSON as PostgreSQL wrote it: the same notice, warnings and all, as getOne's.
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const one = await api.http.get(`/api/works/${res.body[0].id}`).set(bearer(api.tokens.registrar)).expect(200);
    expect(res.body[0]).toEqual(one.body);
  });

  it('refuses a second work with the same inventory number in the same museum, naming both', async () => {
    const res = await api.http
      .post('/api/works')
      .set(bearer(api.tokens.registrar))
      .send({ museumId: petitPalais.id, inventoryNumber: 'PPP1001', title: { fr: 'Doublon' } })
      .expect(409);
    expect(res.body.message).toBe('Inventory number PPP1001 already exists at Petit Palais');
    // The same number in another museum is fine.
    await createWork(api, { museumId: carnavalet.id, inventoryNumber: 'PPP1001', title: { fr: 'Homonyme' } });
  });

  it('updates with the current version, writes the audit diff, and refuses a stale version without writing', async () => {
    const current = (await api.http.get(`/api/works/${vollard.id}`).set(bearer(api.tokens.registrar))).body;
    const edited = { ...current, title: { ...current.title, fr: "Portrait d'Ambroise Vollard (1899)" }, keywords: ['portrait'] };
    const ok = await api.http.put(`/api/works/${vollard.id}`).set(bearer(api.tokens.registrar)).send(edited).expect(200);
    expect(ok.body.version).toBe(current.version + 1);
    expect(ok.body.title.fr).toBe("Portrait d'Ambroise Vollard (1899)");

    const audit = await api.http
      .get('/api/audit-events')
      .set(bearer(api.tokens.registrar))
      .query({ filter: JSON.stringify({ entityType: 'work', entityId: vollard.id, action: 'update' }) })
      .expect(200);
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0]).toMatchObject({ userId: api.users.registrar.id, action: 'update' });
    expect(audit.body[0].diff).toEqual({
      'title.fr': { from: "Portrait d'Ambroise Vollard", to: "Portrait d'Ambroise Vollard (1899)" },
      keywords: { from: ['portrait', 'marchand'], to: ['portrait'] },
    });

    const stale = await api.http
      .put(`/api/works/${vollard.id}`)
      .set(bearer(api.tokens.registrar))
      .send({ ...edited, title: { fr: 'Écrasé' } })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', currentVersion: current.version + 1 });
    const after = await api.http.get(`/api/works/${vollard.id}`).set(bearer(api.tokens.registrar)).expect(200);
    expect(after.body.title.fr).toBe("Portrait d'Ambroise Vollard (1899)");
  });

  it('lets exactly one of two simultaneous updates with the same version win', async () => {
    const current = (await api.http.get(`/api/works/${vollard.id}`).set(bearer(api.tokens.registrar))).body;
    const send = (title: string, token: string) =>
      api.http.put(`/api/works/${vollard.id}`).set(bearer(token)).send({ ...current, title: { fr: title } });
    const [a, b] = await Promise.all([send('Version A', api.tokens.registrar), send('Version B', api.tokens.rights_manager)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const stored = (await api.http.get(`/api/works/${vollard.id}`).set(bearer(api.tokens.registrar))).body;
    expect(stored.title.fr).toBe(winner.body.title.fr);
    expect(stored.version).toBe(current.version + 1);
    expect(stored).toEqual(winner.body);
  });

  it('keeps the creator search in step when a person is renamed', async () => {
    const person = (await api.http.get(`/api/people/${gerard.id}`).set(bearer(api.tokens.registrar))).body;
    await api.http.put(`/api/people/${gerard.id}`).set(bearer(api.tokens.registrar)).send({ ...person, displayName: 'Baron François Gérard' }).expect(200);
    expect((await list({ q: 'baron' })).body.map((w: { inventoryNumber: string }) => w.inventoryNumber)).toEqual(['P1581']);
  });

  it('rejects unknown museums and people with 400s naming the fields', async () => {
    const res = await api.http
      .post('/api/works')
      .set(bearer(api.tokens.registrar))
      .send({
        museumId: '00000000-0000-4000-8000-000000000000',
        inventoryNumber: 'X1',
        title: { fr: 'X' },
        creators: [{ personId: cezanne.id, role: 'auteur' }, { personId: '00000000-0000-4000-8000-000000000001', role: 'auteur' }],
      })
      .expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['creators.1.personId', 'museumId']);
  });

  it('deletes a draft with an audit event, and 404s afterwards', async () => {
    const work = await createWork(api, { museumId: petitPalais.id, inventoryNumber: 'TMP-1', title: { fr: 'Temporaire' } });
    await api.http.delete(`/api/works/${work.id}`).set(bearer(api.tokens.registrar)).expect(200);
    await api.http.get(`/api/works/${work.id}`).set(bearer(api.tokens.registrar)).expect(404);
    const audit = await api.http
      .get('/api/audit-events')
      .set(bearer(api.tokens.admin))
      .query({ filter: JSON.stringify({ entityId: work.id }), sort: '["at","ASC"]' });
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual(['create', 'delete']);
  });

  it('answers 404 for a missing work and 400 for a malformed id', async () => {
    await api.http.get('/api/works/00000000-0000-4000-8000-000000000000').set(bearer(api.tokens.registrar)).expect(404);
    const res = await api.http.get('/api/works/42').set(bearer(api.tokens.registrar)).expect(400);
    expect(res.body.errors).toEqual({ id: 'must be a UUID' });
  });
});
