/**
 * Where every stored object lives, from one pure function: originals and derivatives under the image's own folder
 * (so deleting an image is one prefix), packages under the work. Drivers never invent keys.
 */
import type { DerivativeKind } from '@oc/domain';
import { DERIVATIVE_SPECS } from './specs';

export type StoredObject =
  | { type: 'media'; mediaId: string }
  | { type: 'original'; mediaId: string }
  | { type: 'derivative'; mediaId: string; kind: DerivativeKind }
  | { type: 'package'; workId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function id(value: string): string {
  if (!UUID.test(value)) throw new Error(`Storage keys are built from UUIDs, not "${value}"`);
  return value.toLowerCase();
}

export function storageKey(object: StoredObject): string {
  switch (object.type) {
    case 'media':
      return `media/${id(object.mediaId)}`;
    case 'original':
      return `media/${id(object.mediaId)}/original`;
    case 'derivative': {
      const spec = DERIVATIVE_SPECS[object.kind];
      // The tiles key is a folder: the IIIF pyramid (info.json and the tiles) lives under it.
      return spec.format === 'iiif' ? `media/${id(object.mediaId)}/tiles` : `media/${id(object.mediaId)}/${object.kind}.${spec.extension}`;
    }
    case 'package':
      return `packages/${id(object.workId)}.zip`;
  }
}
