/** Reads media with their derivatives in a fixed number of queries per page; derivatives the work's rights forbid are never listed. */
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MediaEntity } from '@oc/db';
import { derivativeAllowed, type DerivativeKind, type Licence, type RightsStatus } from '@oc/domain';
import type { ListQuery, ListResult } from '../common/list-query';
import { MediaFilterDto } from './media.dto';
import { DerivativeRow, MediaView, toMediaView } from './media.view';

export interface WorkRights {
  status: RightsStatus | null;
  licence: Licence | null;
}

export interface ServedDerivative {
  media: { id: string; workId: string; status: string };
  rights: WorkRights;
  derivative: { storageKey: string; bytes: number; createdAt: Date } | null;
}

@Injectable()
export class MediaRepository {
  async list(manager: EntityManager, query: ListQuery<MediaFilterDto>): Promise<ListResult<MediaView>> {
    const qb = manager.getRepository(MediaEntity).createQueryBuilder('m');
    const { workId, status, id } = query.filter;
    if (workId) qb.andWhere('m.workId = :workId', { workId });
    if (status) qb.andWhere('m.status = :status', { status });
    if (id) qb.andWhere('m.id = ANY(:id)', { id });
    const page = qb.clone().orderBy(query.sortExpression, query.order).addOrderBy('m.id', query.order).offset(query.offset).limit(query.limit);
    const [rows, total] = await Promise.all([page.getMany(), qb.getCount()]);
    return { rows: await this.views(manager, rows), total };
  }

  async findOne(manager: EntityManager, id: string, lock = false): Promise<MediaEntity | null> {
    const qb = manager.getRepository(MediaEntity).createQueryBuilder('m').where('m.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async view(manager: EntityManager, media: MediaEntity): Promise<MediaView> {
    return (await this.views(manager, [media]))[0];
  }

  async views(manager: EntityManager, media: MediaEntity[]): Promise<MediaView[]> {
    if (!media.length) return [];
    const rows: Array<DerivativeRow & WorkRights> = await manager.query(
      `SELECT d.media_id AS "mediaId", d.kind, d.width, d.height, d.bytes, w.rights_status AS status, w.licence
       FROM derivative d JOIN media m ON m.id = d.media_id JOIN work w ON w.id = m.work_id
       WHERE d.media_id = ANY($1)`,
      [media.map((m) => m.id)],
    );
    const allowed = rows.filter((row) => derivativeAllowed(row.kind, row));
    return media.map((m) => toMediaView(m, allowed.filter((d) => d.mediaId === m.id)));
  }

  /** One image's derivative with the rights that decide whether it may be served. Null when the image does not exist. */
  async findServed(manager: EntityManager, mediaId: string, kind: DerivativeKind): Promise<ServedDerivative | null> {
    const [row] = await manager.query(
      `SELECT m.id, m.work_id AS "workId", m.status, w.rights_status AS "rightsStatus", w.licence,
              d.storage_key AS "storageKey", d.bytes, d.created_at AS "createdAt"
       FROM media m JOIN work w ON w.id = m.work_id
       LEFT JOIN derivative d ON d.media_id = m.id AND d.kind = $2
       WHERE m.id = $1`,
      [mediaId, kind],
    );
    if (!row) return null;
    return {
      media: { id: row.id, workId: row.workId, status: row.status },
      rights: { status: row.rightsStatus, licence: row.licence },
      derivative: row.storageKey ? { storageKey: row.storageKey, bytes: Number(row.bytes), createdAt: row.createdAt } : null,
    };
  }

  async workRights(manager: EntityManager, workId: string): Promise<WorkRights | null> {
    const [row] = await manager.query('SELECT rights_status AS status, licence FROM work WHERE id = $1', [workId]);
    return row ?? null;
  }

  /** Which work already holds this exact file, to name it in the 409. */
  async holderOf(manager: EntityManager, sha256: string): Promise<{ workId: string; inventoryNumber: string; title: string; museum: string } | null> {
    const [row] = await manager.query(
      `SELECT w.id AS "workId", w.inventory_number AS "inventoryNumber", w.title_fr AS title, mu.name_fr AS museum
       FROM media m JOIN work w ON w.id = m.work_id JOIN museum mu ON mu.id = w.museum_id WHERE m.sha256 = $1`,
      [sha256],
    );
    return row ?? null;
  }

}
