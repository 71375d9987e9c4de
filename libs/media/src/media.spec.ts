import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { storageKey } from './keys';
import { packageBaseName } from './package/notice';
import { sniffImageType } from './sniff';
import { parseStorageUrl, StorageUrlError } from './storage/create-storage';
import { UploadInspector, UploadRejected } from './upload-inspector';
import { rightsXmp } from './xmp';

const ID = '3b5abc61-3d7e-4e6d-a5cb-4ed8133085a9';

describe('storage keys', () => {
  it.each([
    [{ type: 'original', mediaId: ID }, `media/${ID}/original`],
    [{ type: 'derivative', mediaId: ID, kind: 'thumb' }, `media/${ID}/thumb.webp`],
    [{ type: 'derivative', mediaId: ID, kind: 'web' }, `media/${ID}/web.jpg`],
    [{ type: 'derivative', mediaId: ID, kind: 'web_webp' }, `media/${ID}/web_webp.webp`],
    [{ type: 'derivative', mediaId: ID, kind: 'hd' }, `media/${ID}/hd.jpg`],
    [{ type: 'derivative', mediaId: ID, kind: 'tiles' }, `media/${ID}/tiles`],
    [{ type: 'media', mediaId: ID.toUpperCase() }, `media/${ID}`],
    [{ type: 'package', workId: ID }, `packages/${ID}.zip`],
  ] as const)('%j → %s', (object, key) => expect(storageKey(object)).toBe(key));

  it('refuses anything but a UUID, so no key can climb out of its folder', () => {
    expect(() => storageKey({ type: 'original', mediaId: '../../etc' })).toThrow('Storage keys are built from UUIDs');
  });
});

describe('type sniffing by magic bytes', () => {
  it.each([
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
    ['TIFF little-endian', [0x49, 0x49, 0x2a, 0x00], 'image/tiff'],
    ['TIFF big-endian', [0x4d, 0x4d, 0x00, 0x2a], 'image/tiff'],
    ['BigTIFF', [0x49, 0x49, 0x2b, 0x00], 'image/tiff'],
    ['WebP', [...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WEBP')], 'image/webp'],
    ['RIFF that is not WebP (WAV)', [...Buffer.from('RIFF'), 0, 0, 0, 0, ...Buffer.from('WAVE')], null],
    ['text', [...Buffer.from('hello world!')], null],
    ['PDF', [...Buffer.from('%PDF-1.7')], null],
  ])('%s', (_name, bytes, mime) => expect(sniffImageType(Buffer.from(bytes as number[]))).toBe(mime));
});

describe('UploadInspector', () => {
  const drain = async (chunks: Buffer[], max: number) => {
    const inspector = new UploadInspector(max, 'scan.tif');
    await pipeline(Readable.from(chunks), inspector, new Writable({ write: (_c, _e, done) => done() }));
    return inspector.result();
  };

  it('hashes and counts in one pass, even when the magic bytes arrive split across chunks', async () => {
    const result = await drain([Buffer.from([0x49, 0x49]), Buffer.from([0x2a, 0x00]), Buffer.alloc(20, 7)], 1000);
    expect(result).toEqual({
      mime: 'image/tiff',
      bytes: 24,
      sha256: createHash('sha256').update(Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0]), Buffer.alloc(20, 7)])).digest('hex'),
      sha1: createHash('sha1').update(Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0]), Buffer.alloc(20, 7)])).digest('hex'),
    });
  });

  it.each([
    ['too large', [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]), Buffer.alloc(100)], 50, 'too_large', 'scan.tif is larger than the limit of 50 bytes'],
    ['not an image', [Buffer.from('just some text here')], 1000, 'unsupported_type', /^scan\.tif is not a TIFF, JPEG, PNG or WebP image/],
    ['empty', [], 1000, 'empty', 'scan.tif is empty'],
  ] as const)('rejects a file that is %s', async (_name, chunks, max, reason, message) => {
    const error = await drain([...chunks], max).catch((e) => e);
    expect(error).toBeInstanceOf(UploadRejected);
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });
});

describe('rights XMP', () => {
  it('carries the CC0 deed, credit, title, creators and source, escaped', () => {
    const xmp = rightsXmp({ title: 'Les <Nymphéas> & "reflets"', creators: ['Claude Monet'], creditLine: 'CC0 Paris Musées / Musée Marmottan', source: 'Musée Marmottan, inv. 5098', photographer: null });
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Les &lt;Nymphéas&gt; &amp; &quot;reflets&quot;</rdf:li>');
    expect(xmp).toContain('<xmpRights:WebStatement>https://creativecommons.org/publicdomain/zero/1.0/</xmpRights:WebStatement>');
    expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>Claude Monet</rdf:li></rdf:Seq></dc:creator>');
    expect(xmp).toContain('<dc:source>Musée Marmottan, inv. 5098</dc:source>');
    expect(xmp).not.toContain('dc:contributor');
  });
});

describe('STORAGE_URL', () => {
  it.each([
    ['.data/media', { driver: 'filesystem', root: '.data/media' }],
    ['file:///var/lib/oc/media', { driver: 'filesystem', root: '/var/lib/oc/media' }],
    [
      's3://museum-images/open-content?endpoint=http://127.0.0.1:9000&region=eu-west-3&forcePathStyle=true',
      { driver: 's3', bucket: 'museum-images', prefix: 'open-content', client: { endpoint: 'http://127.0.0.1:9000', region: 'eu-west-3', forcePathStyle: true } },
    ],
  ])('%s', (url, location) => expect(parseStorageUrl(url)).toEqual(location));

  it.each([
    ['ftp://host/x', 'STORAGE_URL: use a folder, file:///folder or s3://bucket/folder (not ftp:)'],
    ['s3://bucket/x?colour=red', 'STORAGE_URL: unknown option colour (known: endpoint, region, forcePathStyle)'],
  ])('refuses %s naming the variable', (url, message) => {
    expect(() => parseStorageUrl(url)).toThrow(new StorageUrlError(message));
  });
});

describe('package names', () => {
  it('are ASCII, recognisable and safe on every file system', () => {
    expect(
      packageBaseName({ inventoryNumber: 'P.1581 bis', title: { fr: 'Portrait de Juliette Récamier, née Bernard', en: null, es: null }, creators: [{ name: 'François Gérard', role: 'auteur', birthDate: null, deathDate: null }] }),
    ).toBe('P-1581-bis_gerard-portrait-de-juliette-recamier-nee-bernard');
  });
});
