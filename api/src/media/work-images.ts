/** For a page of works, in one query: whether each has an image, and its primary image's id (the works list shows its thumbnail). */
import type { EntityManager } from 'typeorm';

export interface WorkImages {
  hasImage: boolean;
  primaryMediaId: string | null;
}

export async function imagesOfWorks(manager: EntityManager, workIds: string[]): Promise<Map<string, WorkImages>> {
  if (!workIds.length) return new Map();
  const rows: Array<{ workId: string; primaryMediaId: string | null }> = await manager.query(
    `SELECT work_id AS "workId", (array_agg(id) FILTER (WHERE is_primary))[1] AS "primaryMediaId"
     FROM media WHERE work_id = ANY($1) GROUP BY work_id`,
    [workIds],
  );
  return new Map(rows.map((r) => [r.workId, { hasImage: true, primaryMediaId: r.primaryMediaId }]));
}
