/**
 * What the public may see, read from PostgreSQL: works whose publication has started and that are not withdrawn
 * (`publishing`, while the targets fetch the images, and `published`). Anything else does not exist for the public.
 */
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { allowsOpenContent, PUBLIC_WORKFLOW_STATES } from '@oc/domain';
import { worksDatingOverlap } from '../common/dating-filter';
import { escapeLike, inventoryPrefix, worksFullTextCondition } from '../common/text-search';
import type { PublicSearchDto } from './public.dto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface VisibleMedia {
  mediaId: string;
  workId: string;
  openContent: boolean;
}

@Injectable()
export class PublicWorksRepository {
  async search(manager: EntityManager, filter: PublicSearchDto, offset: number, limit: number): Promise<{ ids: string[]; total: number }> {
    const where: string[] = [`w.workflow_state = ANY($1)`];
    const values: unknown[] = [PUBLIC_WORKFLOW_STATES];
    const bind = (value: unknown) => `$${values.push(value)}`;
    if (filter.q) {
      where.push(worksFullTextCondition(bind(filter.q), bind(inventoryPrefix(filter.q))));
    }
    if (filter.museum) {
      where.push(UUID.test(filter.museum) ? `w.museum_id = ${bind(filter.museum)}` : `w.museum_id = (SELECT id FROM museum WHERE lower(code) = lower(${bind(filter.museum)}))`);
    }
    if (filter.creator) {
      where.push(
        UUID.test(filter.creator)
          ? `EXISTS (SELECT 1 FROM work_creator wc WHERE wc.work_id = w.id AND wc.person_id = ${bind(filter.creator)})`
          : `lower(oc_unaccent(w.creator_names)) LIKE '%' || lower(oc_unaccent(${bind(escapeLike(filter.creator))})) || '%'`,
      );
    }
    if (filter.dateFrom !== undefined || filter.dateTo !== undefined) where.push(worksDatingOverlap(bind(filter.dateFrom ?? null), bind(filter.dateTo ?? null)));
    if (filter.cc0) where.push(`w.rights_status = 'public_domain' AND w.licence = 'CC0'`);
    const clause = where.join(' AND ');
    const [rows, [{ total }]] = await Promise.all([
      manager.query(`SELECT w.id FROM work w WHERE ${clause} ORDER BY w.title_fr, w.id LIMIT ${bind(limit)} OFFSET ${bind(offset)}`, values),
      manager.query(`SELECT count(*)::int AS total FROM work w WHERE ${clause}`, values.slice(0, values.length - 2)),
    ]);
    return { ids: rows.map((r: { id: string }) => r.id), total };
  }

  async isVisible(manager: EntityManager, workId: string): Promise<{ openContent: boolean } | null> {
    const [row] = await manager.query(`SELECT rights_status AS status, licence FROM work WHERE id = $1 AND workflow_state = ANY($2)`, [workId, PUBLIC_WORKFLOW_STATES]);
    return row ? { openContent: allowsOpenContent(row) } : null;
  }

  async visibleMedia(manager: EntityManager, mediaId: string): Promise<VisibleMedia | null> {
    const [row] = await manager.query(
      `SELECT m.id AS "mediaId", m.work_id AS "workId", w.rights_status AS status, w.licence
       FROM media m JOIN work w ON w.id = m.work_id WHERE m.id = $1 AND m.status = 'ready' AND w.workflow_state = ANY($2)`,
      [mediaId, PUBLIC_WORKFLOW_STATES],
    );
    return row ? { mediaId: row.mediaId, workId: row.workId, openContent: allowsOpenContent(row) } : null;
  }
}
