/**
 * The behaviour every MediaStorage driver owes the worker and the API, written once and run by each driver's spec
 * (filesystem-storage.spec.ts, s3-storage.spec.ts), so a driver cannot drift from the others unnoticed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ObjectNotFound, type MediaStorage } from './media-storage';

export interface StorageUnderTest {
  storage: MediaStorage;
  teardown(): Promise<void>;
}

/** More than one listing page (1,000 keys on S3), so deleting a prefix has to follow the continuation. */
export const KEYS_PAST_ONE_PAGE = 1005;

export const text = async (stream: Readable): Promise<string> => {
  let out = '';
  for await (const chunk of stream) out += chunk;
  return out;
};

const sha256 = async (stream: Readable): Promise<{ bytes: number; sha256: string }> => {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
};

/**
 * A large body produced chunk by chunk (never whole in memory), each chunk different so a part sent twice or out of
 * order changes the hash.
 */
export function largeBody(bytes: number, chunkSize = 256 * 1024): { stream: () => Readable; sha256: string } {
  const chunk = (i: number) => Buffer.alloc(Math.min(chunkSize, bytes - i * chunkSize), `${i}:open-content;`);
  const count = Math.ceil(bytes / chunkSize);
  const hash = createHash('sha256');
  for (let i = 0; i < count; i++) hash.update(chunk(i));
  return {
    stream: () =>
      Readable.from(
        (function* () {
          for (let i = 0; i < count; i++) yield chunk(i);
        })(),
      ),
    sha256: hash.digest('hex'),
  };
}

/** A stream that delivers some bytes and then fails, as an upload cut off by the client does. */
export function failingBody(bytesBeforeFailure: number): Readable {
  return Readable.from(
    (async function* () {
      yield Buffer.alloc(bytesBeforeFailure, 1);
      throw new Error('connection reset by the client');
    })(),
  );
}

export function describeStorageContract(driver: string, open: () => Promise<StorageUnderTest>, options: { largeObjectBytes: number }): void {
  describe(`MediaStorage contract: ${driver}`, () => {
    let under: StorageUnderTest;
    let storage: MediaStorage;
    let folder: string;
    beforeEach(async () => {
      under = await open();
      storage = under.storage;
      folder = mkdtempSync(join(tmpdir(), 'oc-storage-folder-'));
    });
    afterEach(async () => {
      rmSync(folder, { recursive: true, force: true });
      await under.teardown();
    });

    it('writes, reads, stats and deletes; deleting twice is fine', async () => {
      const before = Date.now();
      expect(await storage.write('media/a/original', Readable.from([Buffer.from('abc')]), 'image/jpeg')).toBe(3);
      expect(await text(await storage.read('media/a/original'))).toBe('abc');
      const info = await storage.stat('media/a/original');
      expect(info).toMatchObject({ bytes: 3 });
      // Second precision on S3 (Last-Modified is an HTTP date).
      expect(info!.modifiedAt.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
      await storage.delete('media/a/original');
      await storage.delete('media/a/original');
      expect(await storage.stat('media/a/original')).toBeNull();
      await expect(storage.read('media/a/original')).rejects.toBeInstanceOf(ObjectNotFound);
    });

    it('writes a buffer, an empty stream, and replaces an object with a shorter one', async () => {
      expect(await storage.write('media/b/hd.jpg', Buffer.from('a longer first version'), 'image/jpeg')).toBe(22);
      expect(await storage.write('media/b/hd.jpg', Readable.from([Buffer.from('short')]), 'image/jpeg')).toBe(5);
      expect(await text(await storage.read('media/b/hd.jpg'))).toBe('short');
      expect(await storage.stat('media/b/hd.jpg')).toMatchObject({ bytes: 5 });
      expect(await storage.write('media/b/empty', Readable.from([]), 'application/octet-stream')).toBe(0);
      expect(await storage.stat('media/b/empty')).toMatchObject({ bytes: 0 });
      expect(await text(await storage.read('media/b/empty'))).toBe('');
    });

    it(`streams a large object in and out intact (${Math.round(options.largeObjectBytes / 2 ** 20)} MiB), and lends it as a local file`, async () => {
      const body = largeBody(options.largeObjectBytes);
      expect(await storage.write('media/c/original', body.stream(), 'image/tiff')).toBe(options.largeObjectBytes);
      expect(await storage.stat('media/c/original')).toMatchObject({ bytes: options.largeObjectBytes });
      expect(await sha256(await storage.read('media/c/original'))).toEqual({ bytes: options.largeObjectBytes, sha256: body.sha256 });
      const local = await storage.localFile('media/c/original');
      expect(createHash('sha256').update(readFileSync(local.path)).digest('hex')).toBe(body.sha256);
      await local.release();
      expect(await storage.stat('media/c/original')).toMatchObject({ bytes: options.largeObjectBytes });
    });

    it('stores nothing when the source stream fails part-way, and keeps the previous version', async () => {
      await storage.write('media/d/original', Buffer.from('previous'), 'image/jpeg');
      await expect(storage.write('media/d/original', failingBody(options.largeObjectBytes), 'image/jpeg')).rejects.toThrow('connection reset by the client');
      expect(await text(await storage.read('media/d/original'))).toBe('previous');
      await expect(storage.write('media/d/new', failingBody(1000), 'image/jpeg')).rejects.toThrow('connection reset by the client');
      expect(await storage.stat('media/d/new')).toBeNull();
    });

    it('reports a missing object: null from stat, ObjectNotFound naming the key from read and localFile', async () => {
      expect(await storage.stat('media/none/original')).toBeNull();
      await expect(storage.read('media/none/original')).rejects.toEqual(new ObjectNotFound('media/none/original'));
      await expect(storage.localFile('media/none/original')).rejects.toEqual(new ObjectNotFound('media/none/original'));
      await storage.delete('media/none/original');
      await storage.deletePrefix('media/none');
    });

    it('replaces a folder as a whole and removes prefixes', async () => {
      mkdirSync(join(folder, 'full/10,10/0'), { recursive: true });
      writeFileSync(join(folder, 'info.json'), '{}');
      writeFileSync(join(folder, 'full/10,10/0/default.jpg'), 'jpeg');
      await storage.write('media/a/tiles/stale.jpg', Buffer.from('old'), 'image/jpeg');
      await storage.write('media/a/tiles/info.json', Buffer.from('{"old":true}'), 'application/json');
      expect(await storage.writeFolder('media/a/tiles', folder, () => 'image/jpeg')).toEqual({ files: 2, bytes: 6 });
      expect(await storage.stat('media/a/tiles/stale.jpg')).toBeNull();
      expect(await text(await storage.read('media/a/tiles/info.json'))).toBe('{}');
      expect(await text(await storage.read('media/a/tiles/full/10,10/0/default.jpg'))).toBe('jpeg');
      await storage.deletePrefix('media/a');
      expect(await storage.stat('media/a/tiles/info.json')).toBeNull();
      expect(await storage.stat('media/a/tiles/full/10,10/0/default.jpg')).toBeNull();
    });

    it('deletes a prefix of more keys than one listing page holds, and only that prefix', async () => {
      for (let i = 0; i < KEYS_PAST_ONE_PAGE; i++) writeFileSync(join(folder, `${i}.jpg`), String(i));
      expect(await storage.writeFolder('media/e/tiles', folder, () => 'image/jpeg')).toMatchObject({ files: KEYS_PAST_ONE_PAGE });
      await storage.write('media/ee/original', Buffer.from('sibling whose key starts alike'), 'image/jpeg');
      await storage.write('media/e-original', Buffer.from('another'), 'image/jpeg');
      await storage.deletePrefix('media/e');
      for (const i of [0, 500, 999, 1000, KEYS_PAST_ONE_PAGE - 1]) expect(await storage.stat(`media/e/tiles/${i}.jpg`)).toBeNull();
      expect(await storage.stat('media/ee/original')).not.toBeNull();
      expect(await storage.stat('media/e-original')).not.toBeNull();
      // A thousand uploads, one request each against a remote store.
    }, 120_000);

    it('never reaches outside its root', async () => {
      await expect(storage.read('../../etc/passwd')).rejects.toBeInstanceOf(ObjectNotFound);
      await expect(storage.read('media/../../x')).rejects.toBeInstanceOf(ObjectNotFound);
      await expect(storage.write('media/../../x', Buffer.from('x'), 'image/jpeg')).rejects.toBeInstanceOf(ObjectNotFound);
    });
  });
}
