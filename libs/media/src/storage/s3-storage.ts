/** Storage in an S3-compatible object store (AWS S3, MinIO, Garage, Scaleway…) through the AWS SDK v3. */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { MediaStorage, ObjectNotFound, StoredObjectInfo } from './media-storage';

const isMissing = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
};

const UPLOAD_CONCURRENCY = 8;

export interface S3Location {
  bucket: string;
  /** Folder inside the bucket, without leading or trailing slash ('' for the bucket's root). */
  prefix: string;
  client: S3ClientConfig;
}

export class S3Storage implements MediaStorage {
  private readonly s3: S3Client;

  constructor(private readonly location: S3Location) {
    this.s3 = new S3Client(location.client);
  }

  async write(key: string, body: Readable | Buffer, contentType: string): Promise<number> {
    if (Buffer.isBuffer(body)) {
      await this.s3.send(new PutObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(key), Body: body, ContentType: contentType }));
      return body.length;
    }
    let bytes = 0;
    body.on('data', (chunk: Buffer) => (bytes += chunk.length));
    // Multipart upload in parts, so a 2 GB master is never held in memory.
    await new Upload({ client: this.s3, params: { Bucket: this.location.bucket, Key: this.keyOf(key), Body: body, ContentType: contentType } }).done();
    return bytes;
  }

  async writeFolder(prefix: string, folder: string, contentTypeOf: (path: string) => string): Promise<{ files: number; bytes: number }> {
    await this.deletePrefix(prefix);
    const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
    let bytes = 0;
    for (let i = 0; i < files.length; i += UPLOAD_CONCURRENCY) {
      await Promise.all(
        files.slice(i, i + UPLOAD_CONCURRENCY).map(async (file) => {
          const size = (await stat(file)).size;
          await this.s3.send(
            new PutObjectCommand({
              Bucket: this.location.bucket,
              Key: this.keyOf(`${prefix}/${relative(folder, file)}`),
              Body: createReadStream(file),
              ContentLength: size,
              ContentType: contentTypeOf(file),
            }),
          );
          bytes += size;
        }),
      );
    }
    return { files: files.length, bytes };
  }

  async read(key: string): Promise<Readable> {
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(key) }));
      return object.Body as Readable;
    } catch (error) {
      if (isMissing(error)) throw new ObjectNotFound(key);
      throw error;
    }
  }

  async localFile(key: string): Promise<{ path: string; release(): Promise<void> }> {
    const folder = await mkdtemp(join(tmpdir(), 'oc-media-'));
    const path = join(folder, 'object');
    try {
      await pipeline(await this.read(key), createWriteStream(path));
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
    return { path, release: () => rm(folder, { recursive: true, force: true }) };
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    try {
      const head = await this.s3.send(new HeadObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(key) }));
      return { bytes: head.ContentLength ?? 0, modifiedAt: head.LastModified ?? new Date(0) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(key) }));
  }

  async deletePrefix(prefix: string): Promise<void> {
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: `${this.keyOf(prefix)}/`, ContinuationToken: token }),
      );
      const keys = (page.Contents ?? []).map((o) => ({ Key: o.Key as string }));
      if (keys.length) await this.s3.send(new DeleteObjectsCommand({ Bucket: this.location.bucket, Delete: { Objects: keys, Quiet: true } }));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private keyOf(key: string): string {
    if (key.split('/').includes('..')) throw new ObjectNotFound(key);
    return this.location.prefix ? `${this.location.prefix}/${key}` : key;
  }
}
