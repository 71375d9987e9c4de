/**
 * Picks the storage driver from STORAGE_URL: a path or `file:///path` for a local folder (default `.data/media`),
 * `s3://bucket/folder?endpoint=https://…&region=…&forcePathStyle=true` for an S3-compatible store (credentials from
 * the usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables or the SDK's other sources).
 */
import { fileURLToPath } from 'node:url';
import { FilesystemStorage } from './filesystem-storage';
import type { MediaStorage } from './media-storage';
import { S3Storage, type S3Location } from './s3-storage';

export const DEFAULT_STORAGE_URL = '.data/media';

export type StorageLocation = { driver: 'filesystem'; root: string } | ({ driver: 's3' } & S3Location);

export class StorageUrlError extends Error {}

export function parseStorageUrl(value: string = DEFAULT_STORAGE_URL): StorageLocation {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return { driver: 'filesystem', root: value };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new StorageUrlError(`STORAGE_URL: "${value}" is not a valid URL`);
  }
  if (url.protocol === 'file:') return { driver: 'filesystem', root: fileURLToPath(url) };
  if (url.protocol !== 's3:') throw new StorageUrlError(`STORAGE_URL: use a folder, file:///folder or s3://bucket/folder (not ${url.protocol})`);
  if (!url.hostname) throw new StorageUrlError('STORAGE_URL: s3:// URLs need a bucket, e.g. s3://museum-images/originals');
  const known = new Set(['endpoint', 'region', 'forcePathStyle']);
  const unknown = [...url.searchParams.keys()].filter((k) => !known.has(k));
  if (unknown.length) throw new StorageUrlError(`STORAGE_URL: unknown option ${unknown.join(', ')} (known: ${[...known].join(', ')})`);
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  return {
    driver: 's3',
    bucket: url.hostname,
    prefix: url.pathname.replace(/^\/+|\/+$/g, ''),
    client: {
      endpoint,
      region: url.searchParams.get('region') ?? process.env.AWS_REGION ?? 'us-east-1',
      forcePathStyle: url.searchParams.get('forcePathStyle') === 'true',
    },
  };
}

export function createStorage(storageUrl: string = DEFAULT_STORAGE_URL): MediaStorage {
  const location = parseStorageUrl(storageUrl);
  return location.driver === 'filesystem' ? new FilesystemStorage(location.root) : new S3Storage(location);
}
