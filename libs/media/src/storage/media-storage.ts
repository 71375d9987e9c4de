/**
 * Where originals, derivatives and packages are kept, behind one small interface: a folder on disk by default, an
 * S3-compatible object store when one disk is not enough. Keys come from `storageKey`; a "folder" is a key prefix.
 */
import type { Readable } from 'node:stream';

export interface StoredObjectInfo {
  bytes: number;
  modifiedAt: Date;
}

export class ObjectNotFound extends Error {
  constructor(readonly key: string) {
    super(`No stored object at ${key}`);
  }
}

export interface MediaStorage {
  /** Stores a stream (or buffer) under the key, replacing what was there; resolves with the bytes written. */
  write(key: string, body: Readable | Buffer, contentType: string): Promise<number>;
  /** Stores every file of a local folder under the prefix, replacing the previous contents of that prefix. */
  writeFolder(prefix: string, folder: string, contentTypeOf: (path: string) => string): Promise<{ files: number; bytes: number }>;
  /** Streams an object; rejects with ObjectNotFound when there is none. */
  read(key: string): Promise<Readable>;
  /** A local file holding the object, for decoders that want a path; `release` removes any temporary copy. */
  localFile(key: string): Promise<{ path: string; release(): Promise<void> }>;
  stat(key: string): Promise<StoredObjectInfo | null>;
  /** Removes one object; removing a missing one is not an error (handlers must be idempotent). */
  delete(key: string): Promise<void>;
  /** Removes everything under a prefix (an image's folder, a tile pyramid). */
  deletePrefix(prefix: string): Promise<void>;
}
