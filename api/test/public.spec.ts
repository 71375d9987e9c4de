/**
 * The public Open Content API (/public/v1): search and notices of public works only, CORS open, cache headers,
 * validation naming the parameter, rate limit, images by rights (HD, tiles and package of CC0 works only), and the
 * IIIF Presentation 3 manifest validated against the IIIF JSON schema.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { iiifManifestErrors } from '@oc/testing';
import { bearer, startTestApi, TestApi } from './harness';
import { createMuseum } from './fixtures';
import { PublicFixture, PublicWorks } from './public-fixtures';

const BASE = 'https://opencontent.example.org';

describe('public Open Content API', () => {
  jest.setTimeout(60_000);
  let api: TestApi;
  let works: PublicWorks;
  let storageRoot: string;
  let museum: { id: string; code: string };
  let other: { id: string; code: string };
  let monet: PublicFixture;
  let reserved: PublicFixture;
  let hidden: Record<string, PublicFixture>;

  beforeAll(async () => {
    storageRoot = mkdtempSync(join(tmpdir(), 'oc-public-'));
    api = await startTestApi('public', { STORAGE_URL: storageRoot, PUBLIC_BASE_URL: BASE });
    works = await new PublicWorks(api).init();
    museum = await createMuseum(api, `PUB${Date.now().toString(36).slice(-5).toUpperCase()}`, 'Petit Palais');
    other = await createMuseum(api, `OTH${Date.now().toString(36).slice(-5).toUpperCase()}`, 'Musée Carnavalet');
    monet = await works.create({
      museumId: museum.id,
      creator: 'Claude Monet',
      title: { fr: "Soleil couchant sur la Seine à Lavacourt, effet d'hiver", en: 'Sunset on the Seine at Lavacourt', es: 'Puesta de sol en el Sena' },
      year: 1880,
    });
    reserved = await works.create({ museumId: other.id, creator: 'Pablo Picasso', year: 1937, rights: { status: 'in_copyright', licence: 'all_rights_reserved' }, leftoverOpenContentFiles: true });
    hidden = {};
    for (const state of ['draft', 'approved', 'scheduled', 'withdrawn']) hidden[state] = await works.create({ museumId: museum.id, creator: 'Claude Monet', state });
  });

  afterAll(async () => {
    await works?.close();
    await api?.close();
    rmSync(storageRoot, { recursive: true, force: true });
  });

  const get = (path: string) => api.http.get(`/public/v1${path}`);

  describe('search', () => {
    it('finds public works only, by full text without accents, with CORS and cache headers', async () => {
      const res = await get('/works?q=lavacourt');
      expect(res.status).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['cache-control']).toBe('public, max-age=60');
      expect(res.body.items.map((w: { id: string }) => w.id)).toEqual([monet.id]);
      expect(res.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
      const all = await get(`/works?museum=${museum.code}&pageSize=100`);
      expect(all.body.items.map((w: { id: string }) => w.id)).toEqual([monet.id]);
    });

    it.each([
      ['museum by code', () => `museum=${other.code}`, () => [reserved.id]],
      ['museum by id', () => `museum=${museum.id}`, () => [monet.id]],
      ['creator by name, accents ignored', () => 'creator=picasso', () => [reserved.id]],
      ['date range', () => 'dateFrom=1930&dateTo=1940', () => [reserved.id]],
      ['CC0 only', () => `cc0=true&museum=${museum.code}`, () => [monet.id]],
      ['CC0 only excludes the rest', () => `cc0=true&museum=${other.code}`, () => []],
    ])('filters by %s', async (_case, query, expected) => {
      const res = await get(`/works?${query()}`);
      expect(res.status).toBe(200);
      expect(res.body.items.map((w: { id: string }) => w.id)).toEqual(expected());
    });

    it.each([
      ['cc0=maybe', 'cc0'],
      ['pageSize=1000', 'pageSize'],
      ['page=0', 'page'],
      ['dateFrom=soon', 'dateFrom'],
      ['dateFrom=1940&dateTo=1930', 'dateTo'],
      ['colour=red', 'colour'],
    ])('refuses %s with a 400 naming the parameter', async (query, field) => {
      const res = await get(`/works?${query}`);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors)).toEqual([field]);
      expect(res.body.message).toContain(field);
    });
  });

  describe('notice', () => {
    it('serves a published notice in the languages it has, with the URLs its rights allow', async () => {
      const res = await get(`/works/${monet.id}`);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      expect(res.body.title).toEqual({ fr: "Soleil couchant sur la Seine à Lavacourt, effet d'hiver", en: 'Sunset on the Seine at Lavacourt', es: 'Puesta de sol en el Sena' });
      expect(res.body.description).toEqual({ fr: 'Une vue d’hiver.', es: 'Una vista de invierno.' });
      expect(Object.keys(res.body.images[0].urls).sort()).toEqual(['hd', 'thumb', 'tiles', 'web']);
      expect(res.body.links).toEqual({
        notice: `${BASE}/public/v1/works/${monet.id}`,
        manifest: `${BASE}/public/v1/works/${monet.id}/manifest`,
        package: `${BASE}/public/v1/works/${monet.id}/package`,
      });
    });

    it.each(['draft', 'approved', 'scheduled', 'withdrawn'])('is 404 for a %s work, notice, manifest, package and images alike', async (state) => {
      const work = hidden[state];
      for (const path of [`/works/${work.id}`, `/works/${work.id}/manifest`, `/works/${work.id}/package`, `/images/${work.mediaId}/web`, `/images/${work.mediaId}/hd`, `/images/${work.mediaId}/tiles/info.json`]) {
        const res = await get(path);
        expect([path, res.status]).toEqual([path, 404]);
      }
    });

    it('answers 400 for an id that is not a UUID, 404 for an unknown one', async () => {
      expect((await get('/works/not-a-uuid')).body.errors).toEqual({ id: 'must be a UUID' });
      expect((await get('/works/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });
  });

  describe('images, tiles and package', () => {
    it('serves a CC0 work’s web and HD images, its tiles and its package', async () => {
      for (const kind of ['thumb', 'web', 'hd']) {
        const res = await get(`/images/${monet.mediaId}/${kind}`);
        expect([kind, res.status, res.headers['cache-control']]).toEqual([kind, 200, 'public, max-age=86400']);
        expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      }
      const info = await get(`/images/${monet.mediaId}/tiles/info.json`);
      expect(info.status).toBe(200);
      expect(info.body.id).toBe(`${BASE}/public/v1/images/${monet.mediaId}/tiles`);
      const tileSize = info.body.tiles[0].width;
      const tile = await get(`/images/${monet.mediaId}/tiles/0,0,${tileSize},${tileSize}/${tileSize},${tileSize}/0/default.jpg`);
      expect([tile.status, tile.headers['content-type']]).toEqual([200, 'image/jpeg']);
      const pkg = await get(`/works/${monet.id}/package`);
      expect([pkg.status, pkg.headers['content-type']]).toEqual([200, 'application/zip']);
    });

    it('serves low definition only for a work under copyright, even with HD files still on disk', async () => {
      expect((await get(`/images/${reserved.mediaId}/lowdef`)).status).toBe(200);
      for (const path of [`/images/${reserved.mediaId}/hd`, `/images/${reserved.mediaId}/web`, `/images/${reserved.mediaId}/thumb`, `/images/${reserved.mediaId}/tiles/info.json`, `/images/${reserved.mediaId}/tiles/0,0,512,512/512,/0/default.jpg`, `/works/${reserved.id}/package`]) {
        expect([path, (await get(path)).status]).toEqual([path, 404]);
      }
      const notice = (await get(`/works/${reserved.id}`)).body;
      expect(notice.images[0].urls).toEqual({ lowdef: `${BASE}/public/v1/images/${reserved.mediaId}/lowdef` });
      expect(notice.links.package).toBeUndefined();
    });

    it('refuses an unknown image kind or a bad tile path with a 400 naming it', async () => {
      expect((await get(`/images/${monet.mediaId}/original`)).body.errors).toEqual({ kind: 'must be one of thumb, web, lowdef, hd' });
      expect((await get(`/images/${monet.mediaId}/tiles/../../etc/passwd`)).status).toBeGreaterThanOrEqual(400);
      expect((await get(`/images/${monet.mediaId}/tiles/0,0,1,1/max/0/evil.png`)).body.errors).toHaveProperty('path');
    });
  });

  describe('IIIF manifest', () => {
    it('is valid IIIF Presentation 3 for a CC0 work, with a level-0 image service on the tiles', async () => {
      const res = await get(`/works/${monet.id}/manifest`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
      const manifest = JSON.parse(res.text);
      expect(iiifManifestErrors(manifest)).toEqual([]);
      expect(manifest.label).toEqual({ fr: ["Soleil couchant sur la Seine à Lavacourt, effet d'hiver"], en: ['Sunset on the Seine at Lavacourt'], es: ['Puesta de sol en el Sena'] });
      expect(manifest.rights).toBe('http://creativecommons.org/publicdomain/zero/1.0/');
      const body = manifest.items[0].items[0].items[0].body;
      expect(body.id).toBe(`${BASE}/public/v1/images/${monet.mediaId}/hd`);
      expect(body.service).toEqual([{ id: `${BASE}/public/v1/images/${monet.mediaId}/tiles`, type: 'ImageService3', profile: 'level0' }]);
      expect(manifest.rendering[0].id).toBe(`${BASE}/public/v1/works/${monet.id}/package`);
    });

    it('is valid for a work under copyright, and paints the low-definition image only', async () => {
      const manifest = JSON.parse((await get(`/works/${reserved.id}/manifest`)).text);
      expect(iiifManifestErrors(manifest)).toEqual([]);
      const body = manifest.items[0].items[0].items[0].body;
      expect(body).toEqual({ id: `${BASE}/public/v1/images/${reserved.mediaId}/lowdef`, type: 'Image', format: 'image/jpeg', width: 600, height: 429 });
      expect(JSON.stringify(manifest)).not.toMatch(/\/(hd|tiles|package)\b/);
      expect(manifest.rights).toBe('http://rightsstatements.org/vocab/InC/1.0/');
    });

    it('the schema refuses what the specification forbids', () => {
      expect(iiifManifestErrors({ type: 'Manifest' })).not.toEqual([]);
      expect(iiifManifestErrors({ '@context': 'http://iiif.io/api/presentation/3/context.json', id: 'https://x/m', type: 'Manifest', label: { en: 'not an array' }, items: [] }).length).toBeGreaterThan(1);
    });
  });

  describe('CORS', () => {
    it('answers preflights on the public API only', async () => {
      const preflight = await api.http.options('/public/v1/works').set('Origin', 'https://viewer.example').set('Access-Control-Request-Method', 'GET');
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('*');
      const admin = await api.http.get('/api/works').set('Origin', 'https://viewer.example').set(bearer(api.tokens.registrar));
      expect(admin.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});

describe('public API rate limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('public_limit', { PUBLIC_RATE_LIMIT: '3' });
  });
  afterAll(() => api.close());

  it('answers 429 with Retry-After past the limit, per address', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await api.http.get('/public/v1/works');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers['retry-after']).toMatch(/^\d+$/);
    expect(last!.body.message).toBe('Too many requests to the public API: at most 3 a minute from one address');
    expect((await api.http.get('/api/health')).status).toBe(200);
  });
});
