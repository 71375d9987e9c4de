/** The demo seed's generated pictures: one per demo work without an image, stored and queued like an upload, once. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { createDataSource, DEMO_INVENTORY_LIKE, seedDemo } from '@oc/db';
import { FilesystemStorage } from '@oc/media';
import { createTestDatabase, type TestDatabase } from '@oc/testing';
import { demoPicture, seedDemoImages } from '../src/media/demo-images';

describe('demo pictures', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let storageRoot: string;
  let storage: FilesystemStorage;

  beforeAll(async () => {
    db = await createTestDatabase('demo_images');
    await seedDemo(db.url, { password: 'Demo-Password-2026' });
    dataSource = await createDataSource(db.url).initialize();
    storageRoot = mkdtempSync(join(tmpdir(), 'oc-demo-images-'));
    storage = new FilesystemStorage(storageRoot);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
    rmSync(storageRoot, { recursive: true, force: true });
  });

  it('gives every demo work one primary image, queued for rendering and audited, the first one 6000 pixels wide', async () => {
    const [{ works }] = await dataSource.query('SELECT count(*)::int AS works FROM work WHERE inventory_number LIKE $1', [DEMO_INVENTORY_LIKE]);
    expect(works).toBeGreaterThan(5);
    expect(await seedDemoImages(dataSource, storage)).toBe(works);

    const media: Array<{ id: string; work_id: string; storage_key: string; is_primary: boolean; status: string; bytes: string; sha256: string }> = await dataSource.query(
      `SELECT m.id, m.work_id, m.storage_key, m.is_primary, m.status, m.bytes, m.sha256 FROM media m JOIN work w ON w.id = m.work_id ORDER BY w.inventory_number`,
    );
    expect(media).toHaveLength(works);
    expect(new Set(media.map((m) => m.work_id)).size).toBe(works);
    expect(media.every((m) => m.is_primary && m.status === 'pending' && /^[0-9a-f]{64}$/.test(m.sha256))).toBe(true);
    const files = await Promise.all(media.map((m) => storage.localFile(m.storage_key)));
    const sizes = await Promise.all(files.map((file) => sharp(file.path).metadata()));
    expect(sizes.map((s) => [s.format, s.width, s.height])).toEqual([['jpeg', 6000, 4000], ...Array(works - 1).fill(['jpeg', 2400, 1800])]);
    expect(files.map((file) => statSync(file.path).size)).toEqual(media.map((m) => Number(m.bytes)));
    await Promise.all(files.map((file) => file.release()));

    const queued: Array<{ media_id: string }> = await dataSource.query(`SELECT payload->>'mediaId' AS media_id FROM outbox WHERE job_name = 'media.render' ORDER BY id`);
    expect(queued.map((q) => q.media_id).sort()).toEqual(media.map((m) => m.id).sort());
    const [{ audited }] = await dataSource.query(`SELECT count(*)::int AS audited FROM audit_event WHERE action = 'media.upload' AND entity_id = ANY($1)`, [media.map((m) => m.id)]);
    expect(audited).toBe(works);
  });

  it('adds nothing when run again', async () => {
    expect(await seedDemoImages(dataSource, storage)).toBe(0);
    const [{ media }] = await dataSource.query('SELECT count(*)::int AS media FROM media');
    const [{ works }] = await dataSource.query('SELECT count(*)::int AS works FROM work WHERE inventory_number LIKE $1', [DEMO_INVENTORY_LIKE]);
    expect(media).toBe(works);
  });

  it('draws any title, markup characters included, as text', async () => {
    const picture = await demoPicture({ inventory_number: 'X-DEMO-1', title_fr: 'Le <b>pont</b> & l’"écluse" d\'Argenteuil', creator_names: 'A & B', dating_text: '<1870>' }, { width: 600, height: 400 });
    expect(await sharp(picture).metadata()).toMatchObject({ format: 'jpeg', width: 600, height: 400 });
  });
});
