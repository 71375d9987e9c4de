/**
 * Job `media.enforce-rights`: brings a work's stored images in line with its rights. No longer Open Content: its HD
 * images, tiles and package are deleted. Open Content (again): images lacking HD or tiles are rendered again and the
 * package is rebuilt. Reads the rights when it runs, so running it twice, or late, is harmless.
 */
import type { DataSource } from 'typeorm';
import { allowsOpenContent, OPEN_CONTENT_KINDS } from '@oc/domain';
import { enqueue } from '@oc/jobs';
import { storageKey } from '../keys';
import type { MediaStorage } from '../storage/media-storage';
import { deleteStoredDerivatives, type JobOutcome } from './render-media';

export async function enforceRights(dataSource: DataSource, storage: MediaStorage, workId: string): Promise<JobOutcome> {
  return dataSource.transaction(async (manager) => {
    const [work] = await manager.query('SELECT rights_status AS status, licence FROM work WHERE id = $1 FOR SHARE', [workId]);
    if (!work) return { status: 'skipped', reason: 'the work no longer exists' };
    const media: Array<{ id: string; complete: boolean }> = await manager.query(
      `SELECT m.id, (SELECT count(*) FROM derivative d WHERE d.media_id = m.id AND d.kind = ANY($2)) = cardinality($2::text[]) AS complete
       FROM media m WHERE m.work_id = $1 AND m.status IN ('ready', 'failed')`,
      [workId, OPEN_CONTENT_KINDS],
    );
    if (allowsOpenContent(work)) {
      const incomplete = media.filter((m) => !m.complete);
      for (const m of incomplete) await enqueue(manager, 'media.render', { mediaId: m.id });
      await enqueue(manager, 'packages.build', { workId });
      return { status: 'done', detail: { rendering: incomplete.length } };
    }
    const all: Array<{ id: string }> = await manager.query('SELECT id FROM media WHERE work_id = $1', [workId]);
    await manager.query('DELETE FROM derivative WHERE kind = ANY($2) AND media_id IN (SELECT id FROM media WHERE work_id = $1)', [workId, OPEN_CONTENT_KINDS]);
    // Files go while the rows are locked out, so a concurrent render sees the new rights when it records.
    for (const m of all) await deleteStoredDerivatives(storage, m.id, OPEN_CONTENT_KINDS);
    await storage.delete(storageKey({ type: 'package', workId }));
    return { status: 'done', detail: { removedFrom: all.length } };
  });
}

/** Job `media.purge`: a deleted image's files go (original and every derivative). */
export async function purgeMedia(storage: MediaStorage, mediaId: string): Promise<JobOutcome> {
  await storage.deletePrefix(storageKey({ type: 'media', mediaId }));
  return { status: 'done' };
}
