/**
 * Job `media.render`: renders one image's derivatives from its stored original and records them. Idempotent: it
 * replaces what a previous run left. The rights are read again when recording, under a lock on the work, so an HD
 * rendered while the rights changed away from CC0 is thrown away instead of stored.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { allowsOpenContent, derivativesFor, OPEN_CONTENT_KINDS, type DerivativeKind, type Licence, type RightsStatus } from '@oc/domain';
import { enqueue, refreshPublications } from '@oc/jobs';
import { storageKey } from '../keys';
import { InvalidImage, renderDerivatives, type RenderedDerivative } from '../render';
import { DERIVATIVE_SPECS } from '../specs';
import { ObjectNotFound, type MediaStorage } from '../storage/media-storage';
import type { RightsMetadata } from '../xmp';

export interface RenderMediaOptions {
  maxPixels: number;
  onProgress?: (percent: number) => Promise<void> | void;
}

export type JobOutcome = { status: 'done'; detail?: Record<string, unknown> } | { status: 'skipped'; reason: string };

interface MediaToRender {
  id: string;
  workId: string;
  storageKey: string;
  photographerCredit: string | null;
  rightsStatus: RightsStatus | null;
  licence: Licence | null;
  title: string;
  inventoryNumber: string;
  creditLine: string | null;
  museum: string;
  creators: string[];
}

const contentTypeOfTile = (path: string) => (path.endsWith('.json') ? 'application/json' : 'image/jpeg');

/** The credit line Paris Musées prints: "CC0 Paris Musées / <museum>", unless the rights manager recorded another. */
export function defaultCreditLine(museum: string): string {
  return `CC0 Paris Musées / ${museum}`;
}

async function loadMedia(dataSource: DataSource, mediaId: string): Promise<MediaToRender | null> {
  const [row] = await dataSource.query(
    `SELECT m.id, m.work_id AS "workId", m.storage_key AS "storageKey", m.photographer_credit AS "photographerCredit",
            w.rights_status AS "rightsStatus", w.licence, w.title_fr AS title, w.inventory_number AS "inventoryNumber",
            w.credit_line AS "creditLine", mu.name_fr AS museum,
            coalesce((SELECT array_agg(p.display_name ORDER BY wc.position) FROM work_creator wc JOIN person p ON p.id = wc.person_id
                      WHERE wc.work_id = w.id), '{}') AS creators
     FROM media m JOIN work w ON w.id = m.work_id JOIN museum mu ON mu.id = w.museum_id WHERE m.id = $1`,
    [mediaId],
  );
  return row ?? null;
}

function rightsMetadata(media: MediaToRender): RightsMetadata {
  return {
    title: media.title,
    creators: media.creators,
    creditLine: media.creditLine ?? defaultCreditLine(media.museum),
    source: `${media.museum}, inv. ${media.inventoryNumber}`,
    photographer: media.photographerCredit,
  };
}

export async function markMediaFailed(dataSource: DataSource, mediaId: string, message: string): Promise<void> {
  await dataSource.query(`UPDATE media SET status = 'failed', error = $2, updated_at = now() WHERE id = $1`, [mediaId, message]);
}

/** Removes the stored files of derivative kinds an image may no longer have (idempotent). */
export async function deleteStoredDerivatives(storage: MediaStorage, mediaId: string, kinds: readonly DerivativeKind[]): Promise<void> {
  for (const kind of kinds) {
    const key = storageKey({ type: 'derivative', mediaId, kind });
    if (kind === 'tiles') await storage.deletePrefix(key);
    else await storage.delete(key);
  }
}

async function store(storage: MediaStorage, mediaId: string, rendered: RenderedDerivative): Promise<RenderedDerivative & { key: string }> {
  const key = storageKey({ type: 'derivative', mediaId, kind: rendered.kind });
  if (rendered.kind === 'tiles') {
    const { bytes } = await storage.writeFolder(key, rendered.path, contentTypeOfTile);
    return { ...rendered, key, bytes };
  }
  const bytes = await storage.write(key, createReadStream(rendered.path), DERIVATIVE_SPECS[rendered.kind].contentType);
  return { ...rendered, key, bytes };
}

export async function renderMedia(dataSource: DataSource, storage: MediaStorage, mediaId: string, options: RenderMediaOptions): Promise<JobOutcome> {
  const media = await loadMedia(dataSource, mediaId);
  if (!media) return { status: 'skipped', reason: 'the image no longer exists' };
  await dataSource.query(`UPDATE media SET status = 'processing', error = NULL, updated_at = now() WHERE id = $1`, [mediaId]);

  const kinds = derivativesFor({ status: media.rightsStatus, licence: media.licence });
  const folder = await mkdtemp(join(tmpdir(), 'oc-render-'));
  try {
    let original: { path: string; release(): Promise<void> };
    try {
      original = await storage.localFile(media.storageKey);
    } catch (error) {
      if (error instanceof ObjectNotFound) throw new InvalidImage('The original file is missing from storage; upload it again');
      throw error;
    }
    let result;
    try {
      result = await renderDerivatives(original.path, {
        kinds,
        outputFolder: folder,
        maxPixels: options.maxPixels,
        rights: rightsMetadata(media),
        onProgress: options.onProgress,
      });
    } finally {
      await original.release();
    }
    const stored: Array<RenderedDerivative & { key: string }> = [];
    for (const rendered of result.derivatives) stored.push(await store(storage, mediaId, rendered));

    const refused = await dataSource.transaction(async (manager) => {
      const [work] = await manager.query('SELECT rights_status AS status, licence FROM work WHERE id = $1 FOR SHARE', [media.workId]);
      const [stillThere] = await manager.query('SELECT id, is_primary AS "isPrimary" FROM media WHERE id = $1 FOR UPDATE', [mediaId]);
      if (!work || !stillThere) return null;
      const open = allowsOpenContent(work);
      const keep = stored.filter((d) => open || !OPEN_CONTENT_KINDS.includes(d.kind));
      await manager.query('DELETE FROM derivative WHERE media_id = $1 AND NOT (kind = ANY($2))', [mediaId, keep.map((d) => d.kind)]);
      for (const d of keep) {
        await manager.query(
          `INSERT INTO derivative (media_id, kind, storage_key, width, height, bytes) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (media_id, kind) DO UPDATE SET storage_key = $3, width = $4, height = $5, bytes = $6, created_at = now()`,
          [mediaId, d.kind, d.key, d.width, d.height, d.bytes],
        );
      }
      await manager.query(
        `UPDATE media SET status = 'ready', error = NULL, width = $2, height = $3, colour_space = $4, bit_depth = $5, updated_at = now() WHERE id = $1`,
        [mediaId, result.original.width, result.original.height, result.original.colourSpace, result.original.bitDepth],
      );
      if (open) await enqueue(manager, 'packages.build', { workId: media.workId });
      // A work published before its images were ready goes out again, now with the image links.
      await refreshPublications(manager, [media.workId]);
      return open ? [] : OPEN_CONTENT_KINDS;
    });
    if (refused === null) {
      await storage.deletePrefix(storageKey({ type: 'media', mediaId }));
      return { status: 'skipped', reason: 'the image or its work was deleted while rendering' };
    }
    await deleteStoredDerivatives(storage, mediaId, refused);
    return { status: 'done', detail: { kinds: stored.map((d) => d.kind), original: result.original } };
  } catch (error) {
    if (error instanceof InvalidImage) await markMediaFailed(dataSource, mediaId, error.message);
    throw error;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
