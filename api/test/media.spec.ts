/**
 * Images over HTTP against real PostgreSQL, real storage (a temporary folder) and real sharp on images generated
 * here. Derivatives are rendered by the same job functions the worker runs (libs/media), called directly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import yauzl from 'yauzl';
import { buildPackage, CC0_URL, enforceRights, FilesystemStorage, renderMedia } from '@oc/media';
import { cmyk16Tiff, NOT_AN_IMAGE, photo, pngBomb, rotatedJpeg, truncatedJpeg } from '@oc/testing';
import { ALL_ROLES, bearer, startTestApi, TestApi } from './harness';
import { createMuseum, createPerson, createWork } from './fixtures';

const MAX_UPLOAD = 12 * 1024 * 1024;
const MAX_PIXELS = 100_000_000;

/** Collects a binary response body as a Buffer (supertest only does so for known image types). */
const binary = (res: any, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

function unzip(zip: Buffer): Promise<Record<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      const entries: Record<string, Buffer> = {};
      file.on('entry', (entry: yauzl.Entry) =>
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c)).on('end', () => ((entries[entry.fileName] = Buffer.concat(chunks)), file.readEntry()));
        }),
      );
      file.on('end', () => resolve(entries));
      file.readEntry();
    });
  });
}

describe('media API', () => {
  let api: TestApi;
  let storageRoot: string;
  let storage: FilesystemStorage;
  let dataSource: DataSource;
  let museumId: string;
  let monet: { id: string };
  let counter = 0;

  const upload = (workId: string, file: Buffer, name = 'image.jpg', token = api.tokens.registrar, fields: Record<string, string> = {}) => {
    const req = api.http.post(`/api/works/${workId}/media`).set(bearer(token));
    for (const [k, v] of Object.entries(fields)) req.field(k, v);
    return req.attach('file', file, name);
  };
  const newWork = async (rights: 'cc0' | 'copyright' = 'cc0') => {
    const work = await createWork(api, {
      museumId,
      inventoryNumber: `PPP${++counter}`,
      title: { fr: `Impression, soleil levant ${counter}`, en: 'Impression, Sunrise' },
      creators: [{ personId: monet.id, role: 'auteur' }],
      dating: { text: '1872', startYear: 1872, endYear: 1872 },
      dimensions: [{ type: 'hauteur', value: 48, unit: 'cm' }],
      description: { fr: 'Le port du Havre au lever du soleil.' },
    });
    if (rights === 'cc0') await dataSource.query(`UPDATE work SET rights_status = 'public_domain', licence = 'CC0' WHERE id = $1`, [work.id]);
    else await dataSource.query(`UPDATE work SET rights_status = 'in_copyright', licence = 'all_rights_reserved' WHERE id = $1`, [work.id]);
    return work;
  };
  const render = (mediaId: string) => renderMedia(dataSource, storage, mediaId, { maxPixels: MAX_PIXELS });
  const storedFiles = async (mediaId: string) => (await readdir(join(storageRoot, 'media', mediaId))).sort();
  const get = (url: string, token = api.tokens.registrar) => api.http.get(url).set(bearer(token)).buffer(true).parse(binary);

  beforeAll(async () => {
    storageRoot = mkdtempSync(join(tmpdir(), 'oc-media-api-'));
    api = await startTestApi('media', { STORAGE_URL: storageRoot, MEDIA_MAX_UPLOAD_BYTES: String(MAX_UPLOAD) });
    storage = new FilesystemStorage(storageRoot);
    dataSource = api.app.get(DataSource);
    museumId = (await createMuseum(api, 'MMT', 'Musée Marmottan')).id;
    monet = await createPerson(api, 'Claude Monet', { birthDate: '1840-11-14', deathDate: '1926-12-05' });
  });
  afterAll(async () => {
    await api.close();
    rmSync(storageRoot, { recursive: true, force: true });
  });

  describe('upload', () => {
    it('streams the file to storage, records hashes and type, makes the first image primary and asks for a render in the same transaction', async () => {
      const work = await newWork();
      const file = await photo(640, 480);
      const res = await upload(work.id, file, 'soleil.jpg', api.tokens.registrar, { caption: 'Vue générale', photographerCredit: 'Photo : Studio' }).expect(201);
      const { createHash } = await import('node:crypto');
      expect(res.body).toMatchObject({
        workId: work.id,
        status: 'pending',
        mime: 'image/jpeg',
        bytes: file.length,
        sha256: createHash('sha256').update(file).digest('hex'),
        sha1: createHash('sha1').update(file).digest('hex'),
        caption: 'Vue générale',
        photographerCredit: 'Photo : Studio',
        isPrimary: true,
        derivatives: {},
        version: 1,
      });
      expect(await storedFiles(res.body.id)).toEqual(['original']);
      const outbox = await dataSource.query(`SELECT job_name, payload FROM outbox WHERE payload->>'mediaId' = $1`, [res.body.id]);
      expect(outbox).toEqual([{ job_name: 'media.render', payload: { mediaId: res.body.id } }]);
      const audit = await dataSource.query(`SELECT action, comment FROM audit_event WHERE entity_id = $1`, [res.body.id]);
      expect(audit).toEqual([{ action: 'media.upload', comment: 'soleil.jpg' }]);

      const second = await upload(work.id, await photo(320, 240), 'detail.jpg').expect(201);
      expect(second.body.isPrimary).toBe(false);
    });

    it.each(ALL_ROLES)('lets a %s upload', async (role) => {
      const work = await newWork();
      await upload(work.id, await photo(64, 48), 'x.jpg', api.tokens[role]).expect(201);
    });

    it('refuses anonymous uploads with a 401', async () => {
      const work = await newWork();
      await api.http.post(`/api/works/${work.id}/media`).attach('file', await photo(64, 48), 'x.jpg').expect(401);
    });

    it('refuses the same file twice with a 409 naming the work that has it, and stores nothing', async () => {
      const work = await newWork();
      const file = await photo(200, 100);
      await upload(work.id, file).expect(201);
      const other = await newWork();
      const res = await upload(other.id, file, 'copie.jpg').expect(409);
      expect(res.body.message).toMatch(/^This image is already attached to work PPP\d+ "Impression, soleil levant \d+" \(Musée Marmottan\)$/);
      expect(res.body.workId).toBe(work.id);
      expect((await dataSource.query('SELECT count(*)::int AS n FROM media WHERE work_id = $1', [other.id]))[0].n).toBe(0);
    });

    it('decides the type from the content: a text file named .jpg is a 415', async () => {
      const work = await newWork();
      const res = await upload(work.id, NOT_AN_IMAGE, 'photo.jpg').expect(415);
      expect(res.body.message).toBe('photo.jpg is not a TIFF, JPEG, PNG or WebP image (its content says otherwise, whatever its name)');
      expect(res.body.errors).toEqual({ file: 'must be a TIFF, JPEG, PNG or WebP image' });
    });

    it('accepts a TIFF, PNG or WebP whatever its name', async () => {
      const work = await newWork();
      const png = await upload(work.id, await photo(50, 40, 'png'), 'scan.jpg').expect(201);
      expect(png.body.mime).toBe('image/png');
      const tiff = await upload(work.id, await cmyk16Tiff(40, 30), 'scan.bin').expect(201);
      expect(tiff.body.mime).toBe('image/tiff');
      const webp = await upload(work.id, await photo(50, 40, 'webp'), 'scan').expect(201);
      expect(webp.body.mime).toBe('image/webp');
    });

    it('refuses a file over the size limit with a 413 and keeps nothing', async () => {
      const work = await newWork();
      const big = Buffer.concat([await photo(64, 64), Buffer.alloc(MAX_UPLOAD)]);
      const res = await upload(work.id, big, 'enorme.jpg').expect(413);
      expect(res.body.message).toBe('enorme.jpg is larger than the limit of 12 MB');
      expect(await readdir(join(storageRoot, 'media')).then((ids) => ids.length)).toBeGreaterThan(0);
      expect((await dataSource.query('SELECT count(*)::int AS n FROM media WHERE work_id = $1', [work.id]))[0].n).toBe(0);
    });

    it.each([
      ['no multipart body', (id: string) => api.http.post(`/api/works/${id}/media`).set(bearer(api.tokens.registrar)).send({ file: 'x' }), 'file'],
      ['the file under another field', (id: string) => api.http.post(`/api/works/${id}/media`).set(bearer(api.tokens.registrar)).attach('image', NOT_AN_IMAGE, 'a.jpg'), 'image'],
      ['no file at all', (id: string) => api.http.post(`/api/works/${id}/media`).set(bearer(api.tokens.registrar)).field('caption', 'x'), 'file'],
      ['an empty file', (id: string) => api.http.post(`/api/works/${id}/media`).set(bearer(api.tokens.registrar)).attach('file', Buffer.alloc(0), 'vide.jpg'), 'file'],
      ['isPrimary that is not a boolean', async (id: string) => upload(id, await photo(30, 30), 'a.jpg', api.tokens.registrar, { isPrimary: 'maybe' }), 'isPrimary'],
      ['an unknown field', async (id: string) => upload(id, await photo(31, 30), 'a.jpg', api.tokens.registrar, { colour: 'red' }), 'colour'],
    ])('answers %s with a 400 naming the field', async (_name, send, field) => {
      const work = await newWork();
      const res = await send(work.id);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors)).toEqual([field]);
    });

    it('answers 404 for an unknown work and 400 for a malformed id', async () => {
      await upload('00000000-0000-4000-8000-000000000000', await photo(30, 30)).expect(404);
      const res = await upload('not-a-uuid', await photo(30, 30)).expect(400);
      expect(res.body.errors).toEqual({ id: 'must be a UUID' });
    });
  });

  describe('derivatives', () => {
    it('renders every size for a CC0 work: never enlarged, sRGB, HD at 300 dpi with its rights in XMP, IIIF tiles', async () => {
      const work = await newWork();
      const media = (await upload(work.id, await photo(3600, 2400), 'grand.jpg', api.tokens.registrar, { photographerCredit: 'Photo : Studio Lumière' }).expect(201)).body;
      await render(media.id);
      const view = (await api.http.get(`/api/media/${media.id}`).set(bearer(api.tokens.registrar)).expect(200)).body;
      expect(view).toMatchObject({ status: 'ready', error: null, width: 3600, height: 2400, colourSpace: 'srgb', bitDepth: 8 });
      expect(Object.fromEntries(Object.entries(view.derivatives).map(([k, d]: [string, any]) => [k, [d.width, d.height]]))).toEqual({
        thumb: [256, 171],
        web: [1200, 800],
        web_webp: [1200, 800],
        lowdef: [600, 400],
        hd: [3000, 2000],
        tiles: [3600, 2400],
      });
      expect(view.derivatives.tiles.url).toBe(`/api/media/${media.id}/tiles/info.json`);

      const hd = await get(`/api/media/${media.id}/hd`).expect(200);
      expect(hd.headers['content-type']).toBe('image/jpeg');
      expect(hd.headers['cache-control']).toBe('private, max-age=86400');
      const meta = await sharp(hd.body).metadata();
      expect(meta).toMatchObject({ format: 'jpeg', width: 3000, height: 2000, density: 300, space: 'srgb' });
      expect(meta.icc).toBeDefined();
      const xmp = meta.xmp!.toString('utf8');
      expect(xmp).toContain(`<xmpRights:WebStatement>${CC0_URL}</xmpRights:WebStatement>`);
      expect(xmp).toContain(`<cc:license rdf:resource="${CC0_URL}"/>`);
      expect(xmp).toContain('<photoshop:Credit>CC0 Paris Musées / Musée Marmottan</photoshop:Credit>');
      expect(xmp).toMatch(/<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Impression, soleil levant \d+<\/rdf:li>/);
      expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>Claude Monet</rdf:li></rdf:Seq></dc:creator>');
      expect(xmp).toMatch(/<dc:source>Musée Marmottan, inv\. PPP\d+<\/dc:source>/);
      expect(xmp).toContain('Photo : Studio Lumière');

      const again = await api.http.get(`/api/media/${media.id}/hd`).set(bearer(api.tokens.registrar)).set('If-None-Match', hd.headers.etag).expect(304);
      expect(again.headers.etag).toBe(hd.headers.etag);
      expect((await get(`/api/media/${media.id}/thumb`).expect(200)).headers['content-type']).toBe('image/webp');

      const info = (await api.http.get(`/api/media/${media.id}/tiles/info.json`).set(bearer(api.tokens.registrar)).expect(200)).body;
      expect(info).toMatchObject({ type: 'ImageService3', profile: 'level0', width: 3600, height: 2400, tiles: [{ width: 512 }] });
      expect(info.id).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/api/media/${media.id}/tiles$`));
      const tile = await get(`/api/media/${media.id}/tiles/0,0,512,512/512,512/0/default.jpg`).expect(200);
      expect(await sharp(tile.body).metadata()).toMatchObject({ format: 'jpeg', width: 512, height: 512 });
      const escape = await api.http.get(`/api/media/${media.id}/tiles/%2e%2e/%2e%2e/original`).set(bearer(api.tokens.registrar)).expect(400);
      expect(Object.keys(escape.body.errors)).toEqual(['path']);
      const bad = await api.http.get(`/api/media/${media.id}/tiles/0,0,512,512/info.txt`).set(bearer(api.tokens.registrar)).expect(400);
      expect(Object.keys(bad.body.errors)).toEqual(['path']);
    });

    it('never enlarges a small original', async () => {
      const work = await newWork();
      const media = (await upload(work.id, await photo(500, 300)).expect(201)).body;
      await render(media.id);
      const view = (await api.http.get(`/api/media/${media.id}`).set(bearer(api.tokens.registrar))).body;
      expect(view.derivatives.hd).toMatchObject({ width: 500, height: 300 });
      expect(view.derivatives.web).toMatchObject({ width: 500, height: 300 });
      expect(view.derivatives.thumb).toMatchObject({ width: 256, height: 154 });
    });

    it('makes no HD and no tiles for a work that is not CC0, and serves none (404)', async () => {
      const work = await newWork('copyright');
      const media = (await upload(work.id, await photo(3200, 2000)).expect(201)).body;
      await render(media.id);
      const view = (await api.http.get(`/api/media/${media.id}`).set(bearer(api.tokens.registrar))).body;
      expect(Object.keys(view.derivatives).sort()).toEqual(['lowdef', 'thumb', 'web', 'web_webp']);
      expect(await storedFiles(media.id)).toEqual(['lowdef.jpg', 'original', 'thumb.webp', 'web.jpg', 'web_webp.webp']);
      const res = await api.http.get(`/api/media/${media.id}/hd`).set(bearer(api.tokens.registrar)).expect(404);
      expect(res.body.message).toBe('There is no hd for this image: HD images and tiles exist only for Open Content (CC0) works');
      await api.http.get(`/api/media/${media.id}/tiles/info.json`).set(bearer(api.tokens.registrar)).expect(404);
      expect((await get(`/api/media/${media.id}/lowdef`).expect(200)).headers['content-type']).toBe('image/jpeg');
    });

    it('converts a 16-bit CMYK TIFF through its ICC profile to 8-bit sRGB', async () => {
      const work = await newWork();
      const media = (await upload(work.id, await cmyk16Tiff(300, 200), 'scan-cmyk.tif').expect(201)).body;
      await render(media.id);
      const view = (await api.http.get(`/api/media/${media.id}`).set(bearer(api.tokens.registrar))).body;
      expect(view).toMatchObject({ status: 'ready', colourSpace: 'cmyk', bitDepth: 16, width: 300, height: 200 });
      const web = (await get(`/api/media/${media.id}/web`).expect(200)).body;
      const meta = await sharp(web).metadata();
      expect(meta).toMatchObject({ space: 'srgb', depth: 'uchar', channels: 3 });
      const { data, info } = await sharp(web).raw().toBuffer({ resolveWithObject: true });
      const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
      expect(pixel(150, 40).every((v) => v > 240)).toBe(true); // unprinted paper is white
      expect(pixel(60, 160).every((v) => v < 90)).toBe(true); // full black ink is dark
      const [r, g, b] = pixel(240, 160); // full cyan ink is cyan: little red, much blue
      expect(r).toBeLessThan(60);
      expect(b).toBeGreaterThan(180);
      expect(g).toBeGreaterThan(r + 60);
    });

    it('applies the EXIF orientation', async () => {
      const work = await newWork();
      const media = (await upload(work.id, await rotatedJpeg(400, 200), 'tourne.jpg').expect(201)).body;
      await render(media.id);
      const view = (await api.http.get(`/api/media/${media.id}`).set(bearer(api.tokens.registrar))).body;
      expect(view).toMatchObject({ width: 200, height: 400 });
      const web = (await get(`/api/media/${media.id}/web`).expect(200)).body;
      const { data, info } = await sharp(web).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height]).toEqual([200, 400]);
      const top = data.subarray((20 * info.width + 100) * 3);
      const bottom = data.subarray((380 * info.width + 100) * 3);
      expect(top[0]).toBeGreaterThan(200); // the stored left (red) half is now on top
      expect(bottom[2]).toBeGreaterThan(200);
    });

    it.each([
      ['a decompression bomb', () => pngBomb(), 'bomb.png', /^The image is 60000 × 60000 pixels \(3600 megapixels\), more than the limit of 100 megapixels/],
      ['a truncated JPEG', () => truncatedJpeg(), 'coupe.jpg', /^The image is damaged or incomplete and cannot be decoded \(VipsJpeg: premature end of JPEG/],
    ])('fails %s with a clear message on the image, and serves nothing from it', async (_name, make, fileName, message) => {
      const work = await newWork();
      const file = await make();
      expect(file.length).toBeLessThan(300_000);
      const media = (await upload(work.id, file, fileName).expect(201)).body;
      await expect(render(media.id)).rejects.toThrow(message);
      const view = (await api.http.get(`/api/media/${media.id}`).set(bearer(api.tokens.registrar))).body;
      expect(view.status).toBe('failed');
      expect(view.error).toMatch(message);
      const res = await api.http.get(`/api/media/${media.id}/thumb`).set(bearer(api.tokens.registrar)).expect(404);
      expect(res.body.message).toBe(`The thumb of image ${media.id} is not available yet (its processing failed)`);
    });

    it('deletes HD, tiles and the package when the rights change away from CC0, and brings them back when CC0 again', async () => {
      const work = await newWork();
      const media = (await upload(work.id, await photo(1600, 1200)).expect(201)).body;
      await render(media.id);
      await buildPackage(dataSource, storage, work.id);
      await api.http.get(`/api/works/${work.id}/package`).set(bearer(api.tokens.registrar)).expect(200);

      await dataSource.query(`UPDATE work SET rights_status = 'in_copyright', licence = 'all_rights_reserved' WHERE id = $1`, [work.id]);
      await api.http.get(`/api/media/${media.id}/hd`).set(bearer(api.tokens.registrar)).expect(404); // refused before the job even runs
      await enforceRights(dataSource, storage, work.id);
      expect(await storedFiles(media.id)).toEqual(['lowdef.jpg', 'original', 'thumb.webp', 'web.jpg', 'web_webp.webp']);
      expect(await dataSource.query(`SELECT kind FROM derivative WHERE media_id = $1 AND kind IN ('hd', 'tiles')`, [media.id])).toEqual([]);
      await api.http.get(`/api/works/${work.id}/package`).set(bearer(api.tokens.registrar)).expect(404);
      expect(await storage.stat(`packages/${work.id}.zip`)).toBeNull();

      await dataSource.query(`UPDATE work SET rights_status = 'public_domain', licence = 'CC0' WHERE id = $1`, [work.id]);
      await dataSource.query('DELETE FROM outbox');
      await enforceRights(dataSource, storage, work.id);
      const jobs = await dataSource.query('SELECT job_name, payload FROM outbox ORDER BY id');
      expect(jobs).toEqual([
        { job_name: 'media.render', payload: { mediaId: media.id } },
        { job_name: 'packages.build', payload: { workId: work.id } },
      ]);
    });

    it('answers 400 for an unknown kind and 404 for an unknown image', async () => {
      const res = await api.http.get('/api/media/00000000-0000-4000-8000-000000000000/huge').set(bearer(api.tokens.registrar)).expect(400);
      expect(res.body.errors.kind).toContain('thumb, web, web_webp, lowdef, hd');
      await api.http.get('/api/media/00000000-0000-4000-8000-000000000000/thumb').set(bearer(api.tokens.registrar)).expect(404);
      await api.http.get('/api/media/00000000-0000-4000-8000-000000000000/thumb').expect(401);
    });
  });

  describe('download package', () => {
    it('ships the HD JPEG, the notice as text and JSON and the charter in three languages, named after the work', async () => {
      const work = await newWork();
      const media = (await upload(work.id, await photo(1000, 800), 'p.jpg', api.tokens.registrar, { photographerCredit: 'Photo : Studio' }).expect(201)).body;
      await render(media.id);
      await buildPackage(dataSource, storage, work.id);
      const res = await get(`/api/works/${work.id}/package`).expect(200);
      expect(res.headers['content-type']).toBe('application/zip');
      const base = `${work.inventoryNumber}_monet-impression-soleil-levant-${String(work.inventoryNumber).slice(3)}`;
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${base}.zip"`);
      const entries = await unzip(res.body);
      expect(Object.keys(entries).sort()).toEqual(
        [`${base}.jpg`, `${base}.json`, `${base}.txt`, 'carta-buenas-practicas-cc0-es.pdf', 'cc0-good-practice-charter-en.pdf', 'charte-bonnes-pratiques-cc0-fr.pdf'].sort(),
      );
      expect(await sharp(entries[`${base}.jpg`]).metadata()).toMatchObject({ width: 1000, height: 800, density: 300 });
      const text = entries[`${base}.txt`].toString('utf8');
      expect(text).toContain(`Titre : Impression, soleil levant ${String(work.inventoryNumber).slice(3)}`);
      expect(text).toContain('Auteur(s) : Claude Monet (1840-11-14 – 1926-12-05), auteur');
      expect(text).toContain(`Licence : CC0 Paris Musées / Musée Marmottan — Creative Commons Zero (CC0 1.0), ${CC0_URL}`);
      const json = JSON.parse(entries[`${base}.json`].toString('utf8'));
      expect(json).toMatchObject({ inventoryNumber: work.inventoryNumber, museum: 'Musée Marmottan', dating: '1872', licence: { url: CC0_URL }, photographer: 'Photo : Studio' });
      for (const pdf of ['charte-bonnes-pratiques-cc0-fr.pdf', 'cc0-good-practice-charter-en.pdf', 'carta-buenas-practicas-cc0-es.pdf']) {
        expect(entries[pdf].subarray(0, 5).toString()).toBe('%PDF-');
      }
    });

    it('is a 404 for a work that is not CC0, even if a stale file were left', async () => {
      const work = await newWork('copyright');
      await storage.write(`packages/${work.id}.zip`, Buffer.from('stale'), 'application/zip');
      const res = await api.http.get(`/api/works/${work.id}/package`).set(bearer(api.tokens.registrar)).expect(404);
      expect(res.body.message).toBe('Download packages exist only for Open Content (CC0) works');
      const built = await buildPackage(dataSource, storage, work.id);
      expect(built).toEqual({ status: 'skipped', reason: 'the work is not Open Content' });
      expect(await storage.stat(`packages/${work.id}.zip`)).toBeNull();
    });
  });

  describe('list, edit, delete', () => {
    it('lists a work’s images on the ra-data-simple-rest contract', async () => {
      const work = await newWork();
      await upload(work.id, await photo(70, 50)).expect(201);
      await upload(work.id, await photo(71, 50)).expect(201);
      const res = await api.http.get('/api/media').set(bearer(api.tokens.registrar)).query({ filter: JSON.stringify({ workId: work.id }) }).expect(200);
      expect(res.headers['content-range']).toBe('media 0-1/2');
      expect(res.body.map((m: { isPrimary: boolean }) => m.isPrimary)).toEqual([true, false]);
      const bad = await api.http.get('/api/media').set(bearer(api.tokens.registrar)).query({ filter: '{"workId":"x","colour":"red"}' }).expect(400);
      expect(Object.keys(bad.body.errors).sort()).toEqual(['filter.colour', 'filter.workId']);
    });

    it('gives the works list each work’s primary image and lifts the "no image" warning', async () => {
      const work = await newWork();
      const before = (await api.http.get(`/api/works/${work.id}`).set(bearer(api.tokens.registrar))).body;
      expect(before.primaryMediaId).toBeNull();
      expect(before.warnings.map((w: { code: string }) => w.code)).toContain('no_image');
      const media = (await upload(work.id, await photo(77, 50)).expect(201)).body;
      const list = await api.http.get('/api/works').set(bearer(api.tokens.registrar)).query({ filter: JSON.stringify({ id: [work.id] }) }).expect(200);
      expect(list.body[0].primaryMediaId).toBe(media.id);
      expect(list.body[0].warnings.map((w: { code: string }) => w.code)).not.toContain('no_image');
    });

    it('edits caption, credit and the primary image with the version, refusing a stale one', async () => {
      const work = await newWork();
      const first = (await upload(work.id, await photo(72, 50)).expect(201)).body;
      const second = (await upload(work.id, await photo(73, 50)).expect(201)).body;
      const res = await api.http
        .put(`/api/media/${second.id}`)
        .set(bearer(api.tokens.registrar))
        .send({ ...second, caption: 'Détail', photographerCredit: 'Photo : X', isPrimary: true })
        .expect(200);
      expect(res.body).toMatchObject({ caption: 'Détail', photographerCredit: 'Photo : X', isPrimary: true, version: 2 });
      expect((await api.http.get(`/api/media/${first.id}`).set(bearer(api.tokens.registrar))).body.isPrimary).toBe(false);
      const stale = await api.http.put(`/api/media/${second.id}`).set(bearer(api.tokens.registrar)).send({ caption: 'Autre', version: 1 }).expect(409);
      expect(stale.body.message).toContain('was changed by someone else');
      const invalid = await api.http.put(`/api/media/${second.id}`).set(bearer(api.tokens.registrar)).send({ caption: 'x'.repeat(2001), isPrimary: 'yes', version: 2 }).expect(400);
      expect(Object.keys(invalid.body.errors).sort()).toEqual(['caption', 'isPrimary']);
      const audit = await dataSource.query(`SELECT action, diff FROM audit_event WHERE entity_id = $1 AND action = 'media.update'`, [second.id]);
      expect(audit[0].diff).toMatchObject({ caption: { from: null, to: 'Détail' }, isPrimary: { from: false, to: true } });
    });

    it('deletes an image, hands the primary role to the next one and asks the worker to purge the files', async () => {
      const work = await newWork();
      const first = (await upload(work.id, await photo(74, 50)).expect(201)).body;
      const second = (await upload(work.id, await photo(75, 50)).expect(201)).body;
      await api.http.delete(`/api/media/${first.id}`).set(bearer(api.tokens.registrar)).expect(200);
      await api.http.get(`/api/media/${first.id}`).set(bearer(api.tokens.registrar)).expect(404);
      expect((await api.http.get(`/api/media/${second.id}`).set(bearer(api.tokens.registrar))).body.isPrimary).toBe(true);
      const jobs = await dataSource.query(`SELECT job_name FROM outbox WHERE payload->>'mediaId' = $1 ORDER BY id`, [first.id]);
      expect(jobs.map((j: { job_name: string }) => j.job_name)).toEqual(['media.render', 'media.purge']);
    });

    it.each([
      ['PUT', (id: string) => api.http.put(`/api/media/${id}`).send({ caption: 'x', version: 1 })],
      ['DELETE', (id: string) => api.http.delete(`/api/media/${id}`)],
      ['GET', (id: string) => api.http.get(`/api/media/${id}`)],
    ])('refuses anonymous %s with a 401', async (_method, call) => {
      const work = await newWork();
      const media = (await upload(work.id, await photo(76 + counter, 50)).expect(201)).body;
      await call(media.id).expect(401);
    });
  });
});
