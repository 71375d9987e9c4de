/** The derivatives of DESIGN.md §6: long edge in pixels (never enlarged), format and encoder settings. */
import type { DerivativeKind } from '@oc/domain';

export interface ImageSpec {
  longEdge: number;
  format: 'jpeg' | 'webp';
  extension: 'jpg' | 'webp';
  contentType: 'image/jpeg' | 'image/webp';
  quality: number;
}

export interface TilesSpec {
  format: 'iiif';
  tileSize: number;
  quality: number;
}

export const DERIVATIVE_SPECS: Record<Exclude<DerivativeKind, 'tiles'>, ImageSpec> & { tiles: TilesSpec } = {
  thumb: { longEdge: 256, format: 'webp', extension: 'webp', contentType: 'image/webp', quality: 75 },
  web: { longEdge: 1200, format: 'jpeg', extension: 'jpg', contentType: 'image/jpeg', quality: 85 },
  web_webp: { longEdge: 1200, format: 'webp', extension: 'webp', contentType: 'image/webp', quality: 80 },
  lowdef: { longEdge: 600, format: 'jpeg', extension: 'jpg', contentType: 'image/jpeg', quality: 80 },
  hd: { longEdge: 3000, format: 'jpeg', extension: 'jpg', contentType: 'image/jpeg', quality: 92 },
  tiles: { format: 'iiif', tileSize: 512, quality: 85 },
};

/** Printing resolution written into the HD file, as the Open Content package promises. */
export const HD_DENSITY_DPI = 300;

/** The CC0 deed, written into the HD file's XMP and the package notice. */
export const CC0_URL = 'https://creativecommons.org/publicdomain/zero/1.0/';

export const SUPPORTED_MIME_TYPES = ['image/tiff', 'image/jpeg', 'image/png', 'image/webp'] as const;
export type SupportedMimeType = (typeof SUPPORTED_MIME_TYPES)[number];
