import simpleRestProvider from 'ra-data-simple-rest';
import { memoryStorage, startApiStub, type StubReply } from '../../test/api-stub';
import { i18nProvider } from '../i18n/i18nProvider';
import { createHttpClient } from './httpClient';
import { createTokenStore } from './tokenStore';

describe('the data provider with our httpClient', () => {
  let api: Awaited<ReturnType<typeof startApiStub>>;
  let reply: StubReply;

  beforeAll(async () => {
    api = await startApiStub(() => reply);
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.received.length = 0;
  });

  const setUp = (token: string | null) => {
    const tokens = createTokenStore(memoryStorage());
    if (token) tokens.set(token);
    return simpleRestProvider(api.apiUrl, createHttpClient(tokens, i18nProvider.translate));
  };

  it('lists with the bearer token and the simple-rest query, and reads the total from Content-Range', async () => {
    reply = { body: [{ id: 'w1' }], headers: { 'Content-Range': 'works 0-0/319' } };
    const result = await setUp('token-1').getList('works', {
      filter: { q: 'monet', museumId: 'm1' },
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'updatedAt', order: 'DESC' },
    });
    expect(result).toEqual({ data: [{ id: 'w1' }], total: 319 });
    const [request] = api.received;
    expect(request.headers.authorization).toBe('Bearer token-1');
    const query = new URL(request.url, api.apiUrl).searchParams;
    expect(request.url).toMatch(/^\/api\/works\?/);
    expect(JSON.parse(query.get('filter')!)).toEqual({ q: 'monet', museumId: 'm1' });
    expect(JSON.parse(query.get('range')!)).toEqual([0, 24]);
    expect(JSON.parse(query.get('sort')!)).toEqual(['updatedAt', 'DESC']);
  });

  it('sends no Authorization header when signed out', async () => {
    reply = { body: { id: 'm1' } };
    await setUp(null).getOne('museums', { id: 'm1' });
    expect(api.received[0].headers.authorization).toBeUndefined();
  });

  it('rejects a stale version with the API’s sentence (409)', async () => {
    reply = { status: 409, body: { statusCode: 409, message: 'Cette notice a été modifiée entre-temps.', errors: {} } };
    await expect(
      setUp('token-1').update('works', { id: 'w1', data: { id: 'w1', version: 3 }, previousData: { id: 'w1', version: 3 } }),
    ).rejects.toMatchObject({ status: 409, message: 'Cette notice a été modifiée entre-temps.', body: { errors: {} } });
    expect(api.received[0].method).toBe('PUT');
    expect(JSON.parse(api.received[0].body)).toEqual({ id: 'w1', version: 3 });
  });

  it('says the refusals the API names with a code in the user’s language, keeping the API’s sentence', async () => {
    const stale = 'This work was changed by someone else since you opened it (version 4, yours 3); reload it and apply your change again';
    reply = { status: 409, body: { statusCode: 409, code: 'stale_version', currentVersion: 4, message: stale } };
    const update = () => setUp('token-1').update('works', { id: 'w1', data: { id: 'w1', version: 3 }, previousData: { id: 'w1', version: 3 } });
    await expect(update()).rejects.toMatchObject({
      status: 409,
      message: 'Cette fiche a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte (version 4) : rechargez-la et refaites votre modification.',
      body: { code: 'stale_version', currentVersion: 4, apiMessage: stale },
    });
    await i18nProvider.changeLocale('en');
    try {
      await expect(update()).rejects.toMatchObject({ message: 'Someone else changed this record since you opened it (version 4): reload it and make your change again.' });
      reply = { status: 403, body: { statusCode: 403, code: 'role_forbidden', permission: 'users:manage', message: 'Your role does not allow this (needs users:manage)' } };
      await expect(setUp('token-1').getList('users', { pagination: { page: 1, perPage: 25 }, sort: { field: 'email', order: 'ASC' }, filter: {} })).rejects.toMatchObject({
        status: 403,
        message: 'Your role does not allow this (it needs the “users:manage” permission).',
      });
    } finally {
      await i18nProvider.changeLocale('fr');
    }
  });

  it('keeps per-field validation errors for the form and adds the API’s sentence as the form’s message', async () => {
    const message = 'Inventory number P1234 already exists at Musée Carnavalet';
    reply = { status: 400, body: { statusCode: 400, message, errors: { inventoryNumber: message } } };
    await expect(setUp('token-1').create('works', { data: { inventoryNumber: 'P1234' } })).rejects.toMatchObject({
      status: 400,
      message,
      body: { errors: { inventoryNumber: message, root: { serverError: message } } },
    });
  });
});
