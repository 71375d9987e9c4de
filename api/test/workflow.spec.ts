import { transition, WORKFLOW_ACTIONS, WORKFLOW_STATES, type Role, type WorkflowAction, type WorkflowState } from '@oc/domain';
import { ALL_ROLES, bearer, startTestApi, TestApi } from './harness';
import { createMuseum } from './fixtures';
import { approvableWork, putInState, sql } from './workflow-fixtures';

const BODY: Record<WorkflowAction, object> = {
  submit: {},
  approve: {},
  reject: { comment: 'Le titre est à revoir.' },
  schedule: { publishAt: new Date(Date.now() + 7 * 86400_000).toISOString() },
  publish: {},
  withdraw: { comment: 'Demande des ayants droit.' },
};

const MAY: Record<Role, WorkflowAction[]> = {
  registrar: ['submit'],
  rights_manager: [...WORKFLOW_ACTIONS],
  admin: [...WORKFLOW_ACTIONS],
};

describe('workflow API', () => {
  let api: TestApi;
  let museumId: string;
  let otherSubmitter: string;

  beforeAll(async () => {
    api = await startTestApi('workflow');
    museumId = (await createMuseum(api, 'WF')).id;
    otherSubmitter = (await api.addUser(['registrar'])).id;
  });
  afterAll(() => api.close());

  const act = (token: string, id: string, action: string, body: object = {}) =>
    api.http.post(`/api/works/${id}/workflow/${action}`).set(bearer(token)).send(body);

  const cases = WORKFLOW_STATES.flatMap((state) =>
    WORKFLOW_ACTIONS.flatMap((action) =>
      ALL_ROLES.map((role) => {
        const expected = !MAY[role].includes(action) ? 403 : transition(state, action) ? 200 : 409;
        return [state, action, role, expected] as [WorkflowState, WorkflowAction, Role, number];
      }),
    ),
  );

  it.each(cases)('%s → %s as %s answers %i', async (state, action, role, expected) => {
    const work = await approvableWork(api, museumId);
    await putInState(api, work.id, state, otherSubmitter);
    const res = await act(api.tokens[role], work.id, action, BODY[action]);
    expect(res.status).toBe(expected);
    const [stored] = await sql<{ workflow_state: string }>(api, 'SELECT workflow_state FROM work WHERE id = $1', [work.id]);
    if (expected === 200) {
      // With no target configured, publishing completes at once.
      const target = action === 'publish' ? 'published' : transition(state, action);
      expect(stored.workflow_state).toBe(target);
      expect(res.body.workflow.state).toBe(target);
      const audit = await sql(api, `SELECT action FROM audit_event WHERE entity_id = $1 AND action LIKE 'workflow.%'`, [work.id]);
      expect(audit).toEqual([{ action: `workflow.${action}` }]);
    } else {
      expect(stored.workflow_state).toBe(state);
    }
    if (expected === 409) expect(res.body.allowedActions).toEqual(expect.any(Array));
  });

  it('applies the four-eyes rule: the submitter cannot approve, another rights manager can, an admin overrides with an audit', async () => {
    const manager = await api.addUser(['rights_manager']);
    const work = await approvableWork(api, museumId);
    await act(manager.token, work.id, 'submit').expect(200);
    const refused = await act(manager.token, work.id, 'approve').expect(403);
    expect(refused.body).toMatchObject({ code: 'four_eyes', message: expect.stringMatching(/four-eyes/) });
    await act(api.tokens.rights_manager, work.id, 'approve').expect(200);

    const admin = await api.addUser(['admin']);
    const own = await approvableWork(api, museumId);
    await act(admin.token, own.id, 'submit').expect(200);
    await act(admin.token, own.id, 'approve').expect(200);
    const [event] = await sql<{ diff: Record<string, unknown>; comment: string }>(
      api,
      `SELECT diff, comment FROM audit_event WHERE entity_id = $1 AND action = 'workflow.approve'`,
      [own.id],
    );
    expect(event.diff.fourEyesOverride).toEqual({ from: null, to: true });
    expect(event.comment).toMatch(/four-eyes override/);
  });

  it('names every unmet approval precondition at once', async () => {
    const res = await api.http.post('/api/works').set(bearer(api.tokens.registrar)).send({ museumId, inventoryNumber: 'BARE-1', title: { fr: 'Sans rien' } }).expect(201);
    await putInState(api, res.body.id, 'in_review', otherSubmitter);
    const refused = await act(api.tokens.rights_manager, res.body.id, 'approve').expect(409);
    expect(refused.body.problems.map((p: { code: string }) => p.code)).toEqual(['no_creator', 'no_primary_image', 'rights_status_missing', 'licence_missing']);
    expect(refused.body.message).toMatch(/Add at least one creator/);
  });

  it('needs a confirmed photograph licence (or an override reason) to approve CC0 on a 3D work', async () => {
    const work = await approvableWork(api, museumId, { is2D: false });
    await putInState(api, work.id, 'in_review', otherSubmitter);
    const refused = await act(api.tokens.rights_manager, work.id, 'approve').expect(409);
    expect(refused.body.problems.map((p: { code: string }) => p.code)).toEqual(['photo_licence_unconfirmed']);
    await sql(api, 'UPDATE work SET photo_licence_confirmed = true WHERE id = $1', [work.id]);
    await act(api.tokens.rights_manager, work.id, 'approve').expect(200);
  });

  it.each([
    ['reject without a comment', 'reject', {}, 'comment'],
    ['withdraw without a comment', 'withdraw', { comment: '  ' }, 'comment'],
    ['schedule without a date', 'schedule', {}, 'publishAt'],
    ['schedule in the past', 'schedule', { publishAt: '2020-01-01T00:00:00Z' }, 'publishAt'],
    ['schedule with a malformed date', 'schedule', { publishAt: 'tomorrow' }, 'publishAt'],
  ])('refuses to %s with a 400 naming the field', async (_name, action, body, field) => {
    const work = await approvableWork(api, museumId);
    const res = await act(api.tokens.rights_manager, work.id, action, body).expect(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
  });

  it('refuses an unknown action with a 400 and a stale version with a 409', async () => {
    const work = await approvableWork(api, museumId);
    const res = await act(api.tokens.admin, work.id, 'archive').expect(400);
    expect(res.body.errors.action).toMatch(/submit, approve/);
    await act(api.tokens.registrar, work.id, 'submit', { version: work.version + 5 }).expect(409);
  });

  it('runs bulk actions with one result per id, mixed', async () => {
    const ready = await approvableWork(api, museumId);
    const draft = await approvableWork(api, museumId);
    await putInState(api, ready.id, 'in_review', otherSubmitter);
    const missing = '00000000-0000-4000-8000-000000000000';
    const res = await api.http
      .post('/api/works/workflow/approve')
      .set(bearer(api.tokens.rights_manager))
      .send({ ids: [ready.id, draft.id, missing] })
      .expect(200);
    expect(res.body.results).toEqual([
      { id: ready.id, status: 200, state: 'approved' },
      { id: draft.id, status: 409, message: 'A draft work cannot be sent "approve"' },
      { id: missing, status: 404, message: `Work ${missing} not found` },
    ]);
    const forbidden = await api.http.post('/api/works/workflow/approve').set(bearer(api.tokens.registrar)).send({ ids: [ready.id] }).expect(200);
    expect(forbidden.body.results[0].status).toBe(403);
    await api.http.post('/api/works/workflow/approve').set(bearer(api.tokens.rights_manager)).send({ ids: [] }).expect(400);
  });

  it('lists the review queue oldest first and the calendar by date', async () => {
    const first = await approvableWork(api, museumId);
    const second = await approvableWork(api, museumId);
    await act(api.tokens.registrar, first.id, 'submit').expect(200);
    await act(api.tokens.registrar, second.id, 'submit').expect(200);
    const queue = await api.http
      .get('/api/works')
      .set(bearer(api.tokens.rights_manager))
      .query({ filter: JSON.stringify({ workflowState: 'in_review', id: [first.id, second.id] }), sort: '["submittedAt","ASC"]' })
      .expect(200);
    expect(queue.body.map((w: { id: string }) => w.id)).toEqual([first.id, second.id]);
    await act(api.tokens.rights_manager, first.id, 'approve').expect(200);
    const when = new Date(Date.now() + 3 * 86400_000).toISOString();
    await act(api.tokens.rights_manager, first.id, 'schedule', { publishAt: when }).expect(200);
    const calendar = await api.http
      .get('/api/works')
      .set(bearer(api.tokens.rights_manager))
      .query({ filter: JSON.stringify({ workflowState: 'scheduled', publishFrom: new Date().toISOString() }), sort: '["publishAt","ASC"]' })
      .expect(200);
    expect(calendar.body.map((w: { id: string; workflow: { publishAt: string } }) => [w.id, w.workflow.publishAt])).toContainEqual([first.id, when]);
  });
});

describe('publication targets', () => {
  let api: TestApi;
  let museumId: string;
  beforeAll(async () => {
    api = await startTestApi('publish_targets', { PORTAL_URL: 'http://127.0.0.1:9/portal', PORTAL_SECRET: 'portal-secret-0123456789' });
    museumId = (await createMuseum(api, 'PT')).id;
  });
  afterAll(() => api.close());

  it('publishing writes one publication row and one outbox job per configured target, in the same transaction', async () => {
    const work = await approvableWork(api, museumId);
    await putInState(api, work.id, 'approved');
    const res = await api.http.post(`/api/works/${work.id}/workflow/publish`).set(bearer(api.tokens.rights_manager)).send({}).expect(200);
    expect(res.body.workflow.state).toBe('publishing');
    expect(res.body.publications).toEqual([expect.objectContaining({ target: 'portal', state: 'pending' })]);
    const outbox = await sql(api, `SELECT queue, job_name, payload FROM outbox WHERE payload->>'workId' = $1`, [work.id]);
    expect(outbox).toEqual([{ queue: 'portal', job_name: 'portal.push', payload: { workId: work.id } }]);
  });

  it('withdrawing a published work asks the portal to remove it', async () => {
    const work = await approvableWork(api, museumId);
    await putInState(api, work.id, 'published');
    await sql(api, `INSERT INTO publication (work_id, target, state) VALUES ($1, 'portal', 'succeeded')`, [work.id]);
    await api.http.post(`/api/works/${work.id}/workflow/withdraw`).set(bearer(api.tokens.rights_manager)).send({ comment: 'Retrait' }).expect(200);
    const outbox = await sql(api, `SELECT job_name FROM outbox WHERE payload->>'workId' = $1`, [work.id]);
    expect(outbox).toEqual([{ job_name: 'portal.withdraw' }]);
    const [publication] = await sql(api, `SELECT state FROM publication WHERE work_id = $1`, [work.id]);
    expect(publication).toEqual({ state: 'withdrawn' });
  });
});
