/** Bad input on every write DTO: a 400 whose `errors` names exactly the bad fields, and nothing stored. */
import { bearer, startTestApi, TestApi } from './harness';
import { createMuseum, createPerson } from './fixtures';

describe('validation of every DTO', () => {
  let api: TestApi;
  let museumId: string;
  let personId: string;
  const validWork = () => ({ museumId, inventoryNumber: 'V-1', title: { fr: 'Valide' } });
  const validPerson = { displayName: 'Berthe Morisot', birthDate: '1841-01-14', deathDate: '1895-03-02' };
  const validMuseum = { code: 'MVR', name: { fr: 'Musée de la Vie romantique' } };
  const validUser = { email: 'valid.user@example.org', displayName: 'Valid User', roles: ['registrar'], password: 'Valid-Password-2026' };

  beforeAll(async () => {
    api = await startTestApi('validation');
    museumId = (await createMuseum(api, 'VAL')).id;
    personId = (await createPerson(api, 'Camille Corot')).id;
  });
  afterAll(() => api.close());

  const WORKS: Array<[string, () => object, string[]]> = [
    ['missing title', () => ({ ...validWork(), title: undefined }), ['title']],
    ['blank French title', () => ({ ...validWork(), title: { fr: '   ', en: 'Title' } }), ['title.fr']],
    ['title too long', () => ({ ...validWork(), title: { fr: 'x'.repeat(501) } }), ['title.fr']],
    ['missing inventory number', () => ({ ...validWork(), inventoryNumber: '' }), ['inventoryNumber']],
    ['museumId not a UUID', () => ({ ...validWork(), museumId: 'PP' }), ['museumId']],
    ['is2D not a boolean', () => ({ ...validWork(), is2D: 'yes' }), ['is2D']],
    ['dating years not integers', () => ({ ...validWork(), dating: { startYear: 1880.5, endYear: '1881' } }), ['dating.startYear', 'dating.endYear']],
    ['dating end before start', () => ({ ...validWork(), dating: { startYear: 1881, endYear: 1880 } }), ['dating.endYear']],
    ['creator without a role', () => ({ ...validWork(), creators: [{ personId }] }), ['creators.0.role']],
    ['creator with a bad personId', () => ({ ...validWork(), creators: [{ personId: 'monet', role: 'auteur' }] }), ['creators.0.personId']],
    ['creators not an array', () => ({ ...validWork(), creators: { personId } }), ['creators']],
    ['dimension with a negative value and an unknown unit', () => ({ ...validWork(), dimensions: [{ type: 'hauteur', value: -3, unit: 'inch' }] }), ['dimensions.0.value', 'dimensions.0.unit']],
    ['inscription without text', () => ({ ...validWork(), inscriptions: [{ type: 'signature' }] }), ['inscriptions.0.text']],
    ['keywords not strings', () => ({ ...validWork(), keywords: ['ok', 3] }), ['keywords']],
    ['first publication year out of range', () => ({ ...validWork(), firstPublicationYear: 99999 }), ['firstPublicationYear']],
    ['description too long', () => ({ ...validWork(), description: { en: 'x'.repeat(20001) } }), ['description.en']],
    ['unknown field', () => ({ ...validWork(), colour: 'blue' }), ['colour']],
  ];

  it.each(WORKS)('POST /api/works: %s', async (_name, body, fields) => {
    const res = await api.http.post('/api/works').set(bearer(api.tokens.registrar)).send(body()).expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual([...fields].sort());
    for (const field of fields) expect(res.body.message).toContain(field);
    const list = await api.http.get('/api/works').set(bearer(api.tokens.registrar));
    expect(list.body).toHaveLength(0);
  });

  it('PUT /api/works requires the version', async () => {
    const created = await api.http.post('/api/works').set(bearer(api.tokens.registrar)).send({ ...validWork(), inventoryNumber: 'V-2' }).expect(201);
    const res = await api.http.put(`/api/works/${created.body.id}`).set(bearer(api.tokens.registrar)).send({ ...validWork(), inventoryNumber: 'V-2' }).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(['version']);
    await api.http.delete(`/api/works/${created.body.id}`).set(bearer(api.tokens.registrar)).expect(200);
  });

  it.each([
    ['missing display name', { ...validPerson, displayName: '' }, ['displayName']],
    ['impossible death date', { ...validPerson, deathDate: '1895-02-30' }, ['deathDate']],
    ['badly written birth date', { ...validPerson, birthDate: '14/01/1841' }, ['birthDate']],
    ['death before birth', { ...validPerson, deathDate: '1800' }, ['deathDate']],
    ['bad Wikidata id', { ...validPerson, wikidataId: 'morisot' }, ['wikidataId']],
    ['diedForFrance not a boolean', { ...validPerson, diedForFrance: 'non' }, ['diedForFrance']],
  ])('POST /api/people: %s', async (_name, body, fields) => {
    const res = await api.http.post('/api/people').set(bearer(api.tokens.registrar)).send(body).expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(fields);
  });

  it.each([
    ['lower-case code is normalised, bad characters are not', { ...validMuseum, code: 'M V R' }, ['code']],
    ['missing French name', { ...validMuseum, name: { en: 'Museum' } }, ['name.fr']],
    ['missing name', { code: 'X' }, ['name']],
  ])('POST /api/museums: %s', async (_name, body, fields) => {
    const res = await api.http.post('/api/museums').set(bearer(api.tokens.admin)).send(body).expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(fields);
  });

  it.each([
    ['bad email', { ...validUser, email: 'not-an-email' }, ['email']],
    ['unknown role', { ...validUser, roles: ['curator'] }, ['roles']],
    ['no role', { ...validUser, roles: [] }, ['roles']],
    ['missing password', { ...validUser, password: undefined }, ['password']],
    ['weak password', { ...validUser, password: 'password' }, ['password']],
  ])('POST /api/users: %s', async (_name, body, fields) => {
    const res = await api.http.post('/api/users').set(bearer(api.tokens.admin)).send(body).expect(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(fields);
  });

  it.each([
    ['missing email', { password: 'x' }, ['email']],
    ['password not a string', { email: 'a@b.c', password: 42 }, ['password']],
  ])('POST /api/auth/login: %s', async (_name, body, fields) => {
    const res = await api.http.post('/api/auth/login').send(body).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(fields);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const res = await api.http.post('/api/works').set(bearer(api.tokens.registrar)).set('Content-Type', 'application/json').send('{"title": ').expect(400);
    expect(res.body).toEqual({ statusCode: 400, message: 'The request body is not valid JSON' });
  });

  it.each([
    ['people', '{"diedForFrance":"yes"}', 'filter.diedForFrance'],
    ['museums', '{"country":"FR"}', 'filter.country'],
    ['users', '{"role":"curator"}', 'filter.role'],
    ['audit-events', '{"from":"yesterday"}', 'filter.from'],
  ])('GET /api/%s refuses a bad filter', async (resource, filter, field) => {
    const res = await api.http.get(`/api/${resource}`).set(bearer(api.tokens.admin)).query({ filter }).expect(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });
});

describe('people and museums', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('people_museums');
  });
  afterAll(() => api.close());

  it('finds people without accents and by partial name', async () => {
    await createPerson(api, 'Élisabeth Vigée Le Brun', { sortName: 'Vigée Le Brun, Élisabeth' });
    await createPerson(api, 'Jean-Siméon Chardin');
    const res = await api.http.get('/api/people').set(bearer(api.tokens.registrar)).query({ filter: '{"q":"vigee"}' }).expect(200);
    expect(res.body.map((p: { displayName: string }) => p.displayName)).toEqual(['Élisabeth Vigée Le Brun']);
    const sorted = await api.http.get('/api/people').set(bearer(api.tokens.registrar)).query({ sort: '["sortName","ASC"]' });
    expect(sorted.body.map((p: { sortName: string }) => p.sortName)).toEqual(['Jean-Siméon Chardin', 'Vigée Le Brun, Élisabeth']);
  });

  it('refuses to delete a person still credited on a work, or a museum still holding works', async () => {
    const museum = await createMuseum(api, 'MCJ', 'Musée Cognacq-Jay');
    const boucher = await createPerson(api, 'François Boucher');
    await api.http
      .post('/api/works')
      .set(bearer(api.tokens.registrar))
      .send({ museumId: museum.id, inventoryNumber: 'J 1', title: { fr: 'Le retour de chasse de Diane' }, creators: [{ personId: boucher.id, role: 'auteur' }] })
      .expect(201);
    const person = await api.http.delete(`/api/people/${boucher.id}`).set(bearer(api.tokens.registrar)).expect(409);
    expect(person.body.message).toBe('François Boucher is credited on 1 work(s); remove those credits first');
    const m = await api.http.delete(`/api/museums/${museum.id}`).set(bearer(api.tokens.admin)).expect(409);
    expect(m.body.message).toBe('Museum MCJ still holds 1 work(s); move or delete them first');
  });

  it('refuses a duplicate museum code and a stale museum version', async () => {
    const museum = await createMuseum(api, 'PG', 'Palais Galliera');
    await api.http.post('/api/museums').set(bearer(api.tokens.admin)).send({ code: 'pg', name: { fr: 'Autre' } }).expect(409);
    await api.http.put(`/api/museums/${museum.id}`).set(bearer(api.tokens.admin)).send({ code: 'PG', name: { fr: 'Galliera' }, version: 1 }).expect(200);
    const stale = await api.http.put(`/api/museums/${museum.id}`).set(bearer(api.tokens.admin)).send({ code: 'PG', name: { fr: 'Écrasé' }, version: 1 }).expect(409);
    expect(stale.body.currentVersion).toBe(2);
  });

  it('lists audit events with user, action, entity and date filters', async () => {
    const all = await api.http.get('/api/audit-events').set(bearer(api.tokens.registrar)).query({ filter: JSON.stringify({ userId: api.users.admin.id, entityType: 'museum' }) }).expect(200);
    expect(all.body.length).toBeGreaterThanOrEqual(2);
    expect(all.body.every((e: { userId: string; entityType: string }) => e.userId === api.users.admin.id && e.entityType === 'museum')).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    const todays = await api.http.get('/api/audit-events').set(bearer(api.tokens.registrar)).query({ filter: JSON.stringify({ from: today, to: today, action: 'create' }) }).expect(200);
    expect(todays.body.length).toBeGreaterThan(0);
    const none = await api.http.get('/api/audit-events').set(bearer(api.tokens.registrar)).query({ filter: JSON.stringify({ to: '2000-01-01' }) }).expect(200);
    expect(none.body).toEqual([]);
    expect(none.headers['content-range']).toBe('audit-events 0-0/0');
  });
});
