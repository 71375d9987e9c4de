/**
 * Property: whatever a work's rights, no HD image, tile or download package of a work that is not Open Content
 * (CC0) ever leaves — not pushed to the portal, not sent to Commons, not served by the public API. Works are
 * generated over every rights kind, 2D and 3D, with and without HD files left on disk by an earlier CC0 decision
 * (the moment before the rights-enforcement job runs), from a seeded generator so a failure can be replayed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MediaWikiClient, PortalClient, PublicationRefused, pushToCommons, pushToPortal, TargetUnavailable } from '@oc/connectors';
import { allowsOpenContent, type Licence, type RightsStatus } from '@oc/domain';
import { FakePortal } from '@oc/testing';
import { MEDIA_STORAGE } from '../src/media/media-storage.provider';
import { startTestApi, TestApi } from './harness';
import { createMuseum } from './fixtures';
import { PublicFixture, PublicWorks } from './public-fixtures';
import { sql } from './workflow-fixtures';

const BASE = 'https://opencontent.example.org';
const SEED = Number(process.env.PROPERTY_SEED ?? 20261126);
const WORKS = 24;
const FORBIDDEN = /\/(hd|tiles|package)(\/|\b|$)/;

const KINDS: Array<{ status: RightsStatus | null; licence: Licence | null }> = [
  { status: 'public_domain', licence: 'CC0' },
  { status: 'public_domain', licence: 'all_rights_reserved' },
  { status: 'in_copyright', licence: 'all_rights_reserved' },
  { status: 'in_copyright', licence: null },
  { status: 'unknown', licence: 'all_rights_reserved' },
  { status: 'unknown', licence: null },
  { status: null, licence: null },
];

/** mulberry32: small, seeded, good enough to spread cases. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function urlsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string' && /^https?:\/\//.test(value)) found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => urlsIn(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => urlsIn(v, found));
  return found;
}

describe(`no HD, tile or package of a non-CC0 work ever leaves (seed ${SEED})`, () => {
  jest.setTimeout(180_000);
  let api: TestApi;
  let works: PublicWorks;
  let dataSource: DataSource;
  let portal: FakePortal;
  let storageRoot: string;
  const generated: Array<PublicFixture & { rights: (typeof KINDS)[number]; leftover: boolean; is2D: boolean; state: string }> = [];

  beforeAll(async () => {
    storageRoot = mkdtempSync(join(tmpdir(), 'oc-property-'));
    api = await startTestApi('rights_property', { STORAGE_URL: storageRoot, PUBLIC_BASE_URL: BASE, PUBLIC_RATE_LIMIT: '100000' });
    works = await new PublicWorks(api).init();
    dataSource = await new DataSource({ type: 'postgres', url: api.db.url }).initialize();
    portal = await new FakePortal('property-secret-0123456789').start();
    const museum = await createMuseum(api, `PRP${Date.now().toString(36).slice(-5).toUpperCase()}`, 'Musée Carnavalet');
    const next = random(SEED);
    for (let i = 0; i < WORKS; i++) {
      const rights = i < KINDS.length ? KINDS[i] : KINDS[Math.floor(next() * KINDS.length)];
      const leftover = !allowsOpenContent(rights) && next() < 0.6;
      const is2D = next() < 0.7;
      const state = next() < 0.5 ? 'published' : 'publishing';
      const work = await works.create({ museumId: museum.id, rights, leftoverOpenContentFiles: leftover, is2D, state, imageSize: [320 + i, 240], year: 1850 + i });
      await sql(api, `INSERT INTO publication (work_id, target, state) VALUES ($1, 'portal', 'pending'), ($1, 'commons', 'pending')`, [work.id]);
      generated.push({ ...work, rights, leftover, is2D, state });
    }
  });

  afterAll(async () => {
    await portal?.stop();
    await dataSource?.destroy();
    await works?.close();
    await api?.close();
    rmSync(storageRoot, { recursive: true, force: true });
  });

  it('generated every rights kind, with HD files on disk for some works that are not CC0', () => {
    expect(new Set(generated.map((w) => `${w.rights.status}/${w.rights.licence}`)).size).toBe(KINDS.length);
    expect(generated.some((w) => w.leftover)).toBe(true);
  });

  it('the public API: notices, manifests and search never link them, and asking for them directly is 404', async () => {
    const get = (path: string) => api.http.get(`/public/v1${path}`);
    const search = await get('/works?pageSize=100');
    for (const work of generated) {
      const open = allowsOpenContent(work.rights);
      const notice = (await get(`/works/${work.id}`)).body;
      const manifest = JSON.parse((await get(`/works/${work.id}/manifest`)).text);
      const listed = search.body.items.find((w: { id: string }) => w.id === work.id);
      const urls = urlsIn([notice, manifest, listed]);
      const direct = await Promise.all(
        [`/images/${work.mediaId}/hd`, `/images/${work.mediaId}/tiles/info.json`, `/images/${work.mediaId}/tiles/full/320,240/0/default.jpg`, `/works/${work.id}/package`].map(async (p) => (await get(p)).status),
      );
      if (open) {
        expect(urls.some((u) => u.endsWith('/hd'))).toBe(true);
        expect(direct.slice(0, 2)).toEqual([200, 200]);
      } else {
        expect({ work: work.id, rights: work.rights, forbidden: urls.filter((u) => FORBIDDEN.test(u)) }).toEqual({ work: work.id, rights: work.rights, forbidden: [] });
        expect({ work: work.id, direct }).toEqual({ work: work.id, direct: [404, 404, 404, 404] });
      }
    }
  });

  it('the portal: nothing it receives for a non-CC0 work links them', async () => {
    const ctx = { dataSource, portal: new PortalClient({ baseUrl: portal.url, secret: portal.secret }), publicBaseUrl: BASE };
    for (const work of generated) {
      await pushToPortal(ctx, work.id);
      const received = portal.works.get(work.id);
      const urls = urlsIn(received);
      if (allowsOpenContent(work.rights)) expect(urls.some((u) => u.endsWith('/hd'))).toBe(true);
      else expect({ work: work.id, forbidden: urls.filter((u) => FORBIDDEN.test(u)) }).toEqual({ work: work.id, forbidden: [] });
    }
    expect(portal.requests).toHaveLength(WORKS);
  });

  it('Commons: a non-CC0 work is refused before a single request is made', async () => {
    const requests: string[] = [];
    const wiki = new MediaWikiClient({
      apiUrl: 'http://127.0.0.1:9/api.php',
      username: 'Bot@uploader',
      password: 'a'.repeat(32),
      fetch: async (input) => {
        requests.push(String(input));
        throw new Error('offline');
      },
    });
    const ctx = {
      dataSource,
      storage: api.app.get(MEDIA_STORAGE),
      wiki,
      settings: { chunkThresholdBytes: 10_000_000, chunkBytes: 5_000_000, categories: [], structuredData: false, publicBaseUrl: BASE },
    };
    for (const work of generated) {
      requests.length = 0;
      const outcome = await pushToCommons(ctx, work.id).then(
        () => 'sent',
        (error) => (error instanceof PublicationRefused ? 'refused' : error instanceof TargetUnavailable ? 'would send' : `error: ${error.message}`),
      );
      if (allowsOpenContent(work.rights)) expect(outcome).toBe('would send');
      else expect({ work: work.id, outcome, requests }).toEqual({ work: work.id, outcome: 'refused', requests: [] });
    }
  });
});
