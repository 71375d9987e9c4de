/** Turns stored rows into the media shape the admin reads: the original's facts, and where each derivative is served. */
import type { DerivativeKind } from '@oc/domain';
import type { MediaEntity } from '@oc/db';

export interface DerivativeView {
  url: string;
  width: number;
  height: number;
  bytes: number;
}

export interface MediaView {
  id: string;
  workId: string;
  status: MediaEntity['status'];
  error: string | null;
  mime: string;
  width: number | null;
  height: number | null;
  bytes: number;
  colourSpace: string | null;
  bitDepth: number | null;
  sha256: string;
  sha1: string;
  caption: string | null;
  photographerCredit: string | null;
  isPrimary: boolean;
  /** Only the kinds that exist and that the work's rights let out; `tiles.url` is the IIIF info.json. */
  derivatives: Partial<Record<DerivativeKind, DerivativeView>>;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
}

export interface DerivativeRow {
  mediaId: string;
  kind: DerivativeKind;
  width: number;
  height: number;
  bytes: number;
}

export const derivativeUrl = (mediaId: string, kind: DerivativeKind) =>
  kind === 'tiles' ? `/api/media/${mediaId}/tiles/info.json` : `/api/media/${mediaId}/${kind}`;

export function toMediaView(m: MediaEntity, derivatives: DerivativeRow[]): MediaView {
  return {
    id: m.id,
    workId: m.workId,
    status: m.status,
    error: m.error,
    mime: m.mime,
    width: m.width,
    height: m.height,
    bytes: m.bytes,
    colourSpace: m.colourSpace,
    bitDepth: m.bitDepth,
    sha256: m.sha256,
    sha1: m.sha1,
    caption: m.caption,
    photographerCredit: m.photographerCredit,
    isPrimary: m.isPrimary,
    derivatives: Object.fromEntries(
      derivatives.map((d) => [d.kind, { url: derivativeUrl(m.id, d.kind), width: d.width, height: d.height, bytes: Number(d.bytes) }]),
    ),
    version: m.version,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    createdBy: m.createdBy,
  };
}

/** What the audit trail compares: the editable facts, not the derivatives or bookkeeping. */
export function auditedMedia(view: MediaView): Record<string, unknown> {
  const { workId, caption, photographerCredit, isPrimary, sha256, mime, bytes } = view;
  return { workId, caption, photographerCredit, isPrimary, sha256, mime, bytes };
}
