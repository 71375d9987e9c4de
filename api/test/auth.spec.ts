import { Client } from 'pg';
import { TEST_PASSWORD } from '@oc/testing';
import { bearer, startTestApi, TestApi } from './harness';

describe('authentication', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi('auth', { LOGIN_MAX_FAILURES: '3', LOGIN_WINDOW_SECONDS: '60' });
  });
  afterAll(() => api.close());

  const auditCount = async (action: string) => {
    const client = new Client({ connectionString: api.db.url });
    await client.connect();
    try {
      return Number((await client.query('SELECT count(*) FROM audit_event WHERE action = $1', [action])).rows[0].count);
    } finally {
      await client.end();
    }
  };

  it('logs in with email and password and returns a token and the user', async () => {
    const res = await api.http.post('/api/auth/login').send({ email: api.users.registrar.email.toUpperCase(), password: TEST_PASSWORD }).expect(200);
    expect(res.body.user).toEqual({ id: api.users.registrar.id, email: api.users.registrar.email, displayName: expect.any(String), roles: ['registrar'] });
    const me = await api.http.get('/api/auth/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body.id).toBe(api.users.registrar.id);
  });

  it('stores passwords as argon2id hashes', async () => {
    const client = new Client({ connectionString: api.db.url });
    await client.connect();
    const { rows } = await client.query('SELECT password_hash FROM "user" WHERE id = $1', [api.users.admin.id]);
    await client.end();
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('names missing login fields in a 400', async () => {
    const res = await api.http.post('/api/auth/login').send({ email: 'someone@example.org' }).expect(400);
    expect(res.body.errors).toEqual({ password: expect.any(String) });
  });

  it('refuses requests without a token, with a bad token, or with a forged one', async () => {
    await api.http.get('/api/works').expect(401);
    await api.http.get('/api/works').set(bearer('not-a-jwt')).expect(401);
    const [header, payload] = api.tokens.admin.split('.');
    await api.http.get('/api/works').set(bearer(`${header}.${payload}.forgedsignature`)).expect(401);
  });

  it('throttles repeated failed logins with 429 and audits them, even with the right password afterwards', async () => {
    const victim = await api.addUser(['registrar']);
    const before = await auditCount('auth.login_failed');
    for (let i = 0; i < 3; i++) {
      await api.http.post('/api/auth/login').send({ email: victim.email, password: 'wrong-password-123' }).expect(401);
    }
    const blocked = await api.http.post('/api/auth/login').send({ email: victim.email, password: TEST_PASSWORD }).expect(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.message).toMatch(/Too many failed logins/);
    expect(await auditCount('auth.login_failed')).toBe(before + 3);
    expect(await auditCount('auth.login_throttled')).toBeGreaterThanOrEqual(1);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const unknown = await api.http.post('/api/auth/login').send({ email: 'nobody@example.org', password: 'whatever-123' }).expect(401);
    const wrong = await api.http.post('/api/auth/login').send({ email: api.users.admin.email, password: 'whatever-123' }).expect(401);
    expect(unknown.body).toEqual(wrong.body);
    await api.http.post('/api/auth/login').send({ email: api.users.admin.email, password: TEST_PASSWORD }).expect(200);
  });

  it('cuts a disabled user off at once, old token included, and refuses their login', async () => {
    const user = await api.addUser(['registrar']);
    await api.http.get('/api/works').set(bearer(user.token)).expect(200);
    const record = (await api.http.get(`/api/users/${user.id}`).set(bearer(api.tokens.admin)).expect(200)).body;
    await api.http.put(`/api/users/${user.id}`).set(bearer(api.tokens.admin)).send({ ...record, active: false }).expect(200);
    await api.http.get('/api/works').set(bearer(user.token)).expect(401);
    await api.http.post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(401);
  });

  it('applies a changed role at once: no old token keeps old powers', async () => {
    const user = await api.addUser(['admin']);
    await api.http.get('/api/users').set(bearer(user.token)).expect(200);
    const record = (await api.http.get(`/api/users/${user.id}`).set(bearer(api.tokens.admin))).body;
    await api.http.put(`/api/users/${user.id}`).set(bearer(api.tokens.admin)).send({ ...record, roles: ['registrar'] }).expect(200);
    await api.http.get('/api/users').set(bearer(user.token)).expect(403);
    await api.http.get('/api/works').set(bearer(user.token)).expect(200);
  });

  it('keeps health public and metrics for admins or the metrics token', async () => {
    const health = await api.http.get('/api/health').expect(200);
    expect(health.body.details).toEqual({ database: { status: 'up' }, redis: { status: 'up' } });
    await api.http.get('/metrics').expect(401);
    await api.http.get('/metrics').set(bearer(api.tokens.registrar)).expect(403);
    const metrics = await api.http.get('/metrics').set(bearer(api.tokens.admin)).expect(200);
    expect(metrics.text).toContain('http_request_duration_seconds');
  });

  it('serves the OpenAPI document', async () => {
    const res = await api.http.get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/works', '/api/works/{id}', '/api/auth/login']));
  });
});

describe('users API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('users');
  });
  afterAll(() => api.close());

  it('creates a user with a strong password, audits it without the password, and lets them log in', async () => {
    const res = await api.http
      .post('/api/users')
      .set(bearer(api.tokens.admin))
      .send({ email: 'new.registrar@example.org', displayName: 'Nouvelle Registraire', roles: ['registrar'], password: 'Sévigné-1665-Lefèbvre' })
      .expect(201);
    expect(res.body).toMatchObject({ email: 'new.registrar@example.org', roles: ['registrar'], active: true, lastLoginAt: null });
    expect(res.body.passwordHash).toBeUndefined();
    await api.login('new.registrar@example.org', 'Sévigné-1665-Lefèbvre');
    const audit = await api.http.get('/api/audit-events').set(bearer(api.tokens.admin)).query({ filter: JSON.stringify({ entityType: 'user', entityId: res.body.id }) });
    expect(JSON.stringify(audit.body)).not.toMatch(/Sévigné-1665|argon2/);
  });

  it.each([
    ['too short', 'Ab1!', /at least 12 characters/],
    ['too simple', 'abcdefghijkl', /mix at least three/],
    ['containing the email', 'Weak.Person-2026', /email or name/],
  ])('refuses a password that is %s', async (_name, password, problem) => {
    const res = await api.http
      .post('/api/users')
      .set(bearer(api.tokens.admin))
      .send({ email: 'weak.person@example.org', displayName: 'Weak Person', roles: ['registrar'], password })
      .expect(400);
    expect(res.body.errors.password).toMatch(problem);
  });

  it('refuses a duplicate email (any case) with 409', async () => {
    const res = await api.http
      .post('/api/users')
      .set(bearer(api.tokens.admin))
      .send({ email: api.users.registrar.email.toUpperCase(), displayName: 'Copy', roles: ['registrar'], password: 'Another-Strong-2026' })
      .expect(409);
    expect(res.body.errors).toEqual({ email: 'is already used' });
  });

  it('stops an admin from disabling or demoting themselves', async () => {
    const me = (await api.http.get(`/api/users/${api.users.admin.id}`).set(bearer(api.tokens.admin))).body;
    await api.http.put(`/api/users/${me.id}`).set(bearer(api.tokens.admin)).send({ ...me, active: false }).expect(403);
    await api.http.put(`/api/users/${me.id}`).set(bearer(api.tokens.admin)).send({ ...me, roles: ['registrar'] }).expect(403);
    await api.http.delete(`/api/users/${me.id}`).set(bearer(api.tokens.admin)).expect(403);
  });

  it('changes a password only when one is given, and audits that it changed', async () => {
    const user = await api.addUser(['registrar']);
    const record = (await api.http.get(`/api/users/${user.id}`).set(bearer(api.tokens.admin))).body;
    await api.http.put(`/api/users/${user.id}`).set(bearer(api.tokens.admin)).send({ ...record, password: '' }).expect(200);
    await api.login(user.email);
    const updated = (await api.http.get(`/api/users/${user.id}`).set(bearer(api.tokens.admin))).body;
    await api.http.put(`/api/users/${user.id}`).set(bearer(api.tokens.admin)).send({ ...updated, password: 'Brand-New-Secret-77' }).expect(200);
    await api.login(user.email, 'Brand-New-Secret-77');
    const audit = await api.http
      .get('/api/audit-events')
      .set(bearer(api.tokens.admin))
      .query({ filter: JSON.stringify({ entityType: 'user', entityId: user.id }), sort: '["at","DESC"]' });
    expect(audit.body[0].diff).toEqual({ password: { from: '(hidden)', to: '(changed)' } });
  });

  it('lists users with filters and sorting', async () => {
    const res = await api.http.get('/api/users').set(bearer(api.tokens.admin)).query({ filter: '{"role":"rights_manager"}' }).expect(200);
    expect(res.body.map((u: { id: string }) => u.id)).toEqual([api.users.rights_manager.id]);
  });
});
