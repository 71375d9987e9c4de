/**
 * The S3 driver against a real S3 HTTP API: s3rver, an S3-compatible emulator written in Node (not AWS, not MinIO),
 * started in a child process on a free port with a temporary folder (s3rver-process.ts). It speaks the REST protocol
 * the AWS SDK sends (SigV4, multipart uploads, ListObjectsV2 with continuation tokens, multi-object delete), so the
 * requests, headers and error mapping are those a real store gets. It cannot vouch for AWS's own limits and
 * consistency, and it lacks AbortMultipartUpload (a failed upload's parts stay on its disk, not in the bucket).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { createStorage } from './create-storage';
import { describeStorageContract, largeBody } from './media-storage.contract';
import { S3Storage } from './s3-storage';
import { S3rverProcess, S3RVER_CREDENTIALS as CREDENTIALS } from './s3rver-process';

const BUCKET = 'oc-media';
const LARGE = 12 * 2 ** 20;
// @aws-sdk/lib-storage's default part size: anything larger has to go up in parts.
const PART_SIZE = 5 * 2 ** 20;

let server: S3rverProcess;
let endpoint: string;

beforeAll(async () => {
  server = await S3rverProcess.start(BUCKET);
  endpoint = server.endpoint;
});
afterAll(() => server?.stop());
beforeEach(() => server.clearRequests());

const rawClient = () => new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });

/** Each test gets a folder of its own in the bucket, so tests cannot see each other's keys. */
function storageUnder(prefix: string): S3Storage {
  return new S3Storage({ bucket: BUCKET, prefix, client: { endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS } });
}

describeStorageContract('S3 (s3rver)', async () => ({ storage: storageUnder(`contract-${randomUUID()}`), teardown: async () => undefined }), { largeObjectBytes: LARGE });

describe('S3Storage specifics', () => {
  it('uploads a large stream as a multipart upload, in parts no larger than the part size', async () => {
    const prefix = `multipart-${randomUUID()}`;
    const body = largeBody(LARGE);
    expect(await storageUnder(prefix).write('media/x/original', body.stream(), 'image/tiff')).toBe(LARGE);
    const requests = (await server.settledRequests()).filter((r) => r.url.includes(prefix));
    const parts = requests.filter((r) => r.method === 'PUT' && /[?&]partNumber=/.test(r.url));
    expect(parts).toHaveLength(Math.ceil(LARGE / PART_SIZE));
    for (const part of parts) expect(part.contentLength).toBeLessThanOrEqual(PART_SIZE);
    expect(requests.some((r) => r.method === 'POST' && /[?&]uploads\b/.test(r.url))).toBe(true);
    expect(requests.some((r) => r.method === 'PUT' && !/partNumber/.test(r.url))).toBe(false);
    const head = await rawClient().send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${prefix}/media/x/original` }));
    expect(head).toMatchObject({ ContentLength: LARGE, ContentType: 'image/tiff' });
  });

  it('stores objects under its folder with the content types given', async () => {
    const prefix = `types-${randomUUID()}`;
    const storage = storageUnder(prefix);
    await storage.write('media/y/web.jpg', Buffer.from('jpeg'), 'image/jpeg');
    const folder = mkdtempSync(join(tmpdir(), 'oc-s3-tiles-'));
    mkdirSync(join(folder, 'full/max/0'), { recursive: true });
    writeFileSync(join(folder, 'info.json'), '{}');
    writeFileSync(join(folder, 'full/max/0/default.jpg'), 'tile');
    await storage.writeFolder('media/y/tiles', folder, (path) => (path.endsWith('.json') ? 'application/json' : 'image/jpeg'));
    rmSync(folder, { recursive: true, force: true });

    const client = rawClient();
    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${prefix}/` }));
    expect(listed.Contents?.map((o) => o.Key).sort()).toEqual([`${prefix}/media/y/tiles/full/max/0/default.jpg`, `${prefix}/media/y/tiles/info.json`, `${prefix}/media/y/web.jpg`]);
    const typeOf = async (key: string) => (await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${prefix}/${key}` }))).ContentType;
    expect(await typeOf('media/y/web.jpg')).toBe('image/jpeg');
    expect(await typeOf('media/y/tiles/info.json')).toBe('application/json');
    expect(await typeOf('media/y/tiles/full/max/0/default.jpg')).toBe('image/jpeg');
    const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: `${prefix}/media/y/tiles/info.json` }));
    expect(await object.Body!.transformToString()).toBe('{}');
  });

  it('is what STORAGE_URL=s3://… builds, with the credentials from the environment', async () => {
    const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
    process.env.AWS_ACCESS_KEY_ID = CREDENTIALS.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = CREDENTIALS.secretAccessKey;
    try {
      const prefix = `url-${randomUUID()}`;
      const storage = createStorage(`s3://${BUCKET}/${prefix}?endpoint=${encodeURIComponent(endpoint)}&forcePathStyle=true`);
      expect(storage).toBeInstanceOf(S3Storage);
      expect(await storage.write('media/z/original', Buffer.from('via the URL'), 'image/jpeg')).toBe(11);
      const head = await rawClient().send(new HeadObjectCommand({ Bucket: BUCKET, Key: `${prefix}/media/z/original` }));
      expect(head.ContentLength).toBe(11);
    } finally {
      process.env.AWS_ACCESS_KEY_ID = saved.id;
      process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
      if (saved.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
      if (saved.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
    }
  });
});
