import { memoryStorage, startApiStub, type StubReply } from '../../test/api-stub';
import { createAuthProvider } from './authProvider';
import { i18nProvider } from '../i18n/i18nProvider';
import { createHttpClient } from './httpClient';
import { createTokenStore } from './tokenStore';

const registrar = { id: 'u1', email: 'registrar@example.org', displayName: 'Claire Martin', roles: ['registrar'] };

describe('authProvider', () => {
  let api: Awaited<ReturnType<typeof startApiStub>>;
  let replies: Record<string, StubReply>;

  beforeAll(async () => {
    api = await startApiStub((request) => replies[`${request.method} ${request.url}`] ?? { status: 404 });
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.received.length = 0;
    replies = {
      'POST /api/auth/login': { body: { accessToken: 'token-1', user: registrar } },
      'GET /api/auth/me': { body: registrar },
      'POST /api/auth/logout': { status: 204 },
    };
  });

  const setUp = () => {
    const tokens = createTokenStore(memoryStorage());
    return { tokens, auth: createAuthProvider(api.apiUrl, tokens, createHttpClient(tokens, i18nProvider.translate)) };
  };

  it('signs in with the login form’s username as the email and keeps the token', async () => {
    const { tokens, auth } = setUp();
    await auth.login({ username: 'registrar@example.org', password: 'correct horse' });
    expect(JSON.parse(api.received[0].body)).toEqual({ email: 'registrar@example.org', password: 'correct horse' });
    expect(tokens.get()).toBe('token-1');
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
  });

  it('refuses a wrong password with the API’s message and keeps no token', async () => {
    replies['POST /api/auth/login'] = { status: 401, body: { statusCode: 401, message: 'Email ou mot de passe incorrect.' } };
    const { tokens, auth } = setUp();
    await expect(auth.login({ username: 'registrar@example.org', password: 'wrong' })).rejects.toMatchObject({
      status: 401,
      message: 'Email ou mot de passe incorrect.',
    });
    expect(tokens.get()).toBeNull();
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
  });

  it('reads the identity and the roles from /api/auth/me with the bearer token', async () => {
    const { tokens, auth } = setUp();
    tokens.set('token-1');
    await expect(auth.getIdentity!()).resolves.toEqual({ id: 'u1', fullName: 'Claire Martin' });
    await expect(auth.getPermissions!({})).resolves.toEqual(['registrar']);
    expect(api.received.map((request) => request.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-1']);
  });

  it('has no roles to ask the API about before signing in', async () => {
    const { auth } = setUp();
    await expect(auth.getPermissions!({})).resolves.toEqual([]);
    expect(api.received).toHaveLength(0);
  });

  it('signs out on 401, but not on 403', async () => {
    const { tokens, auth } = setUp();
    tokens.set('token-1');
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(tokens.get()).toBe('token-1');
    await expect(auth.checkError({ status: 401 })).rejects.toEqual({ status: 401 });
    expect(tokens.get()).toBeNull();
  });

  it('forgets the token on logout and asks the API to clear the queue dashboard’s cookie', async () => {
    const { tokens, auth } = setUp();
    tokens.set('token-1');
    await auth.logout({});
    expect(tokens.get()).toBeNull();
    expect(api.received.map((request) => `${request.method} ${request.url}`)).toEqual(['POST /api/auth/logout']);
  });

  it('signs out here even when the API cannot be reached', async () => {
    replies['POST /api/auth/logout'] = { status: 503, body: { statusCode: 503, message: 'Service unavailable' } };
    const { tokens, auth } = setUp();
    tokens.set('token-1');
    await expect(auth.logout({})).resolves.toBeUndefined();
    expect(tokens.get()).toBeNull();
  });
});
