import { bearer, startTestApi, TestApi } from './harness';
import { createMuseum } from './fixtures';
import { approvableWork, putInState, sql } from './workflow-fixtures';

describe('rights API', () => {
  let api: TestApi;
  let museumId: string;
  beforeAll(async () => {
    api = await startTestApi('rights');
    museumId = (await createMuseum(api, 'RT', 'Petit Palais')).id;
  });
  afterAll(() => api.close());

  const decision = { status: 'public_domain', licence: 'CC0', creditLine: 'CC0 Paris Musées / Petit Palais' };
  const record = (token: string, id: string, body: object) => api.http.put(`/api/works/${id}/rights`).set(bearer(token)).send(body);
  const current = async (id: string) => (await api.http.get(`/api/works/${id}`).set(bearer(api.tokens.admin))).body;

  it('computes the assessment of a work with its reasons in French and English', async () => {
    const work = await approvableWork(api, museumId);
    const res = await api.http.get(`/api/works/${work.id}/rights-assessment`).set(bearer(api.tokens.registrar)).expect(200);
    expect(res.body.assessment).toMatchObject({ status: 'public_domain', publicDomainDate: '1997-01-01', commonsEligible: true });
    const base = res.body.assessment.reasons.find((r: { code: string }) => r.code === 'base_term');
    expect(base.en).toMatch(/died 5 Dec 1926; 70 years after 1 January 1927 \(CPI art\. L123-1\): public domain since 1 Jan 1997/);
    expect(base.fr).toMatch(/5 déc\. 1926/);
    expect(res.body.decision).toMatchObject({ status: 'public_domain', licence: 'CC0' });
  });

  it('records a rights manager’s decision with an audit event', async () => {
    const work = await approvableWork(api, museumId);
    const res = await record(api.tokens.rights_manager, work.id, { ...decision, version: (await current(work.id)).version }).expect(200);
    expect(res.body.rights).toMatchObject({ ...decision, decidedBy: api.users.rights_manager.id });
    const events = await sql(api, `SELECT action, diff FROM audit_event WHERE entity_id = $1 AND action = 'rights.decide'`, [work.id]);
    expect(events[0].diff).toEqual({ 'rights.creditLine': { from: null, to: 'CC0 Paris Musées / Petit Palais' } });
  });

  it('keeps a registrar’s input as a proposal and leaves the rights as they were', async () => {
    const work = await approvableWork(api, museumId);
    const before = await current(work.id);
    const res = await record(api.tokens.registrar, work.id, { status: 'in_copyright', licence: 'all_rights_reserved', version: before.version }).expect(200);
    expect(res.body.rights.status).toBe('public_domain');
    expect(res.body.rightsProposal).toMatchObject({ status: 'in_copyright', licence: 'all_rights_reserved', proposedBy: api.users.registrar.id });
    // A rights manager's decision clears the proposal.
    const decided = await record(api.tokens.rights_manager, work.id, { ...decision, version: res.body.version }).expect(200);
    expect(decided.body.rights.decidedByEmail).toBe(api.users.rights_manager.email);
    expect(decided.body.rightsProposal).toBeNull();
  });

  it('needs a written reason to decide another status than the calculator’s, and audits it', async () => {
    const work = await approvableWork(api, museumId);
    const refused = await record(api.tokens.rights_manager, work.id, { status: 'unknown', licence: 'all_rights_reserved', version: (await current(work.id)).version }).expect(400);
    expect(refused.body.errors).toEqual({ overrideReason: 'is required to decide "unknown" when the calculator gives "public_domain"' });
    await record(api.tokens.rights_manager, work.id, { status: 'unknown', licence: 'all_rights_reserved', overrideReason: 'Attribution contestée', version: (await current(work.id)).version }).expect(200);
    const [event] = await sql<{ comment: string }>(api, `SELECT comment FROM audit_event WHERE entity_id = $1 AND action = 'rights.decide'`, [work.id]);
    expect(event.comment).toBe('override: Attribution contestée');
  });

  it('refuses CC0 with any status other than public domain', async () => {
    const work = await approvableWork(api, museumId);
    const res = await record(api.tokens.rights_manager, work.id, { status: 'unknown', licence: 'CC0', version: 1 }).expect(400);
    expect(res.body.errors).toEqual({ licence: 'CC0 needs the status public_domain (the status given is unknown)' });
  });

  it.each([
    ['an unknown status', { status: 'free', licence: 'CC0', version: 1 }, ['status']],
    ['no version', { status: 'public_domain', licence: 'CC0' }, ['version']],
    ['a non-boolean confirmation', { status: 'public_domain', licence: 'CC0', photoLicenceConfirmed: 'yes', version: 1 }, ['photoLicenceConfirmed']],
  ])('validates the decision: %s', async (_name, body, fields) => {
    const work = await approvableWork(api, museumId);
    const res = await record(api.tokens.rights_manager, work.id, body).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(fields);
  });

  it.each(['approved', 'scheduled'] as const)('sends a %s work back to review when its rights change, and deletes Open Content media', async (state) => {
    const work = await approvableWork(api, museumId);
    await putInState(api, work.id, state, api.users.registrar.id);
    const res = await record(api.tokens.rights_manager, work.id, {
      status: 'in_copyright',
      licence: 'all_rights_reserved',
      overrideReason: 'Héritiers connus : la peinture est une copie tardive',
      version: (await current(work.id)).version,
    }).expect(200);
    expect(res.body.workflow.state).toBe('in_review');
    const outbox = await sql(api, `SELECT job_name FROM outbox WHERE payload->>'workId' = $1`, [work.id]);
    expect(outbox).toEqual([{ job_name: 'media.enforce-rights' }]);
    const audit = await sql(api, `SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'workflow.%'`, [work.id]);
    expect(audit).toEqual([{ action: 'workflow.back_to_review' }]);
  });

  it('leaves the state alone when an approved work’s rights are saved unchanged', async () => {
    const work = await approvableWork(api, museumId);
    await putInState(api, work.id, 'approved', api.users.registrar.id);
    const res = await record(api.tokens.rights_manager, work.id, { status: 'public_domain', licence: 'CC0', version: (await current(work.id)).version }).expect(200);
    expect(res.body.workflow.state).toBe('approved');
  });

  it('asks for HD images, tiles and the package when a work becomes Open Content', async () => {
    const work = await approvableWork(api, museumId);
    await sql(api, `UPDATE work SET licence = 'all_rights_reserved' WHERE id = $1`, [work.id]);
    await record(api.tokens.rights_manager, work.id, { ...decision, version: (await current(work.id)).version }).expect(200);
    const outbox = await sql(api, `SELECT job_name FROM outbox WHERE payload->>'workId' = $1`, [work.id]);
    expect(outbox).toEqual([{ job_name: 'media.enforce-rights' }]);
  });

  it('rebuilds the package of a CC0 work when its notice or its creator changes', async () => {
    const work = await approvableWork(api, museumId);
    const notice = await current(work.id);
    await api.http.put(`/api/works/${work.id}`).set(bearer(api.tokens.registrar)).send({ ...notice, title: { fr: 'Soleil couchant (effet d’hiver)' } }).expect(200);
    const personId = notice.creators[0].personId;
    const person = (await api.http.get(`/api/people/${personId}`).set(bearer(api.tokens.registrar))).body;
    await api.http.put(`/api/people/${personId}`).set(bearer(api.tokens.registrar)).send({ ...person, deathDate: '1926-12-05', birthPlace: 'Paris' }).expect(200);
    const outbox = await sql(api, `SELECT job_name FROM outbox WHERE payload->>'workId' = $1 ORDER BY id`, [work.id]);
    expect(outbox).toEqual([{ job_name: 'packages.build' }, { job_name: 'packages.build' }]);
  });

  it('runs the calculator on posted inputs, validated', async () => {
    const res = await api.http
      .post('/api/rights/assess')
      .set(bearer(api.tokens.registrar))
      .send({ creators: [{ displayName: 'Robert Delaunay', deathDate: '1941-10-25' }], datingEndYear: 1938, asOf: '2026-11-26' })
      .expect(200);
    expect(res.body).toMatchObject({ asOf: '2026-11-26', status: 'public_domain', publicDomainDate: '2012-01-01', commonsEligible: false });
    const bad = await api.http.post('/api/rights/assess').set(bearer(api.tokens.registrar)).send({ creators: [{ deathDate: '25/10/1941' }], asOf: 'soon' }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['asOf', 'creators.0.deathDate']);
  });
});
