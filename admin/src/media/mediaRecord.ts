/** An image of a work as the API hands it to the admin (`/api/media`): the original's facts and its derivatives. */
import type { DerivativeKind, MediaStatus } from '@oc/domain';

export interface DerivativeRecord {
  /** Where the API serves it; for `tiles`, the IIIF info.json. */
  url: string;
  width: number;
  height: number;
  bytes: number;
}

export interface MediaRecord {
  id: string;
  workId: string;
  status: MediaStatus;
  /** Why rendering failed, in a sentence, when `status` is `failed`. */
  error: string | null;
  mime: string;
  width: number | null;
  height: number | null;
  bytes: number;
  colourSpace: string | null;
  caption: string | null;
  photographerCredit: string | null;
  isPrimary: boolean;
  /** Only the kinds that exist and that the work's rights let out. */
  derivatives: Partial<Record<DerivativeKind, DerivativeRecord>>;
  version: number;
  createdAt: string;
  updatedAt: string;
}
