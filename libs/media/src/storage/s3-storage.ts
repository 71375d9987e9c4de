/** Storage in an S3-compatible object store (AWS S3, MinIO, Garage, Scaleway…) through the AWS SDK v3. */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
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
    // The SDK's default since 2025 (a CRC32 trailer in an aws-chunked body) is understood by AWS alone: other
    // S3-compatible stores save the chunk framing as the object's content. Checksums only where S3 demands them.
    this.s3 = new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED', ...location.client });
  }

  async write(key: string, body: Readable | Buffer, contentType: string): Promise<number> {
    if (Buffer.isBuffer(body)) {
      await this.s3.send(new PutObjectCommand({ Bucket: this.location.bucket, Key: this.keyOf(key), Body: body, ContentType: contentType }));
      return body.length;
    }
    let bytes = 0;
    let sourceError: unknown;
    // Counted as the upload pulls it: a 'data' listener would set the stream flowing before the upload reads it.
    const counted = async function* () {
      try {
        for await (const chunk of body) {
          bytes += chunk.length;
          yield chunk;
        }
      } catch (error) {
        sourceError = error;
        throw error;
      }
    };
    try {
      // Multipart upload in parts, so a 2 GB master is never held in memory.
      await new Upload({ client: this.s3, params: { Bucket: this.location.bucket, Key: this.keyOf(key), Body: Readable.from(counted()), ContentType: contentType } }).done();
    } catch (error) {
      // When the source failed, the upload's own clean-up error (an abort the store refuses) would hide why.
      throw sourceError ?? error;
    }
    return bytes;
  }

  /** New files go up first and stale ones are removed after, so a reader never finds a tile missing meanwhile. */
  async writeFolder(prefix: string, folder: string, contentTypeOf: (path: string) => string): Promise<{ files: number; bytes: number }> {
    const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name));
    const written = new Set<string>();
    let bytes = 0;
    for (let i = 0; i < files.length; i += UPLOAD_CONCURRENCY) {
      await Promise.all(
        files.slice(i, i + UPLOAD_CONCURRENCY).map(async (file) => {
          const size = (await stat(file)).size;
          const key = this.keyOf(`${prefix}/${relative(folder, file).split(sep).join('/')}`);
          await this.s3.send(
            new PutObjectCommand({ Bucket: this.location.bucket, Key: key, Body: createReadStream(file), ContentLength: size, ContentType: contentTypeOf(file) }),
          );
          written.add(key);
          bytes += size;
        }),
      );
    }
    await this.deleteUnder(prefix, (key) => !written.has(key));
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
    await this.deleteUnder(prefix, () => true);
  }

  private async deleteUnder(prefix: string, doomed: (key: string) => boolean): Promise<void> {
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({ Bucket: this.location.bucket, Prefix: `${this.keyOf(prefix)}/`, ContinuationToken: token }),
      );
      const keys = (page.Contents ?? []).map((o) => o.Key as string).filter(doomed);
      if (keys.length) {
        const result = await this.s3.send(
          new DeleteObjectsCommand({ Bucket: this.location.bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
        );
        // A multi-object delete answers 200 even when some keys could not be deleted: they are listed in Errors.
        const failed = result.Errors ?? [];
        if (failed.length) throw new Error(`Could not delete ${failed.length} stored objects under ${prefix}, first ${failed[0].Key}: ${failed[0].Code} ${failed[0].Message}`);
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private keyOf(key: string): string {
    if (key.split('/').includes('..')) throw new ObjectNotFound(key);
    return this.location.prefix ? `${this.location.prefix}/${key}` : key;
  }
}
