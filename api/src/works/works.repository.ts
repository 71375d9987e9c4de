/** Reads works with their creators, dimensions and inscriptions in a fixed number of queries per page. */
import { Injectable } from '@nestjs/common';
import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { PublicationEntity, WorkDimensionEntity, WorkEntity, WorkInscriptionEntity } from '@oc/db';
import type { ListQuery, ListResult } from '../common/list-query';
import { inventoryPrefix, worksFullTextCondition } from '../common/text-search';
import { WorkFilterDto } from './work.dto';
import { toWorkView, WorkChildren, WorkView } from './work.view';
import { imagesOfWorks } from '../media/work-images';

/** Below this many full-text hits, sorting the hits beats walking the sort index (measured on 300,000 works). */
const SMALL_RESULT = 5000;

/** The list filters as SQL conditions on alias `w`; shared with the CSV export so it exports exactly the list. */
export function applyFilters(qb: SelectQueryBuilder<WorkEntity>, filter: WorkFilterDto): void {
  const { q, museumId, objectType, creatorId, rightsStatus, workflowState, dateFrom, dateTo, id, publishFrom, publishTo } = filter;
  if (q) {
    qb.andWhere(worksFullTextCondition(':q', ':qPrefix'), { q, qPrefix: inventoryPrefix(q) });
  }
  if (museumId) qb.andWhere('w.museumId = :museumId', { museumId });
  if (objectType) qb.andWhere('w.objectType = :objectType', { objectType });
  if (creatorId) qb.andWhere('EXISTS (SELECT 1 FROM work_creator wc WHERE wc.work_id = w.id AND wc.person_id = :creatorId)', { creatorId });
  if (rightsStatus) qb.andWhere('w.rightsStatus = :rightsStatus', { rightsStatus });
  if (workflowState) qb.andWhere('w.workflowState = :workflowState', { workflowState });
  // A dating range overlaps the asked period; an open end on either side counts as unknown, not as a match.
  if (dateFrom !== undefined) qb.andWhere('coalesce(w.datingEndYear, w.datingStartYear) >= :dateFrom', { dateFrom });
  if (dateTo !== undefined) qb.andWhere('coalesce(w.datingStartYear, w.datingEndYear) <= :dateTo', { dateTo });
  if (id) qb.andWhere('w.id = ANY(:id)', { id });
  if (publishFrom) qb.andWhere('w.publishAt >= :publishFrom', { publishFrom });
  if (publishTo) qb.andWhere('w.publishAt <= :publishTo', { publishTo });
}

@Injectable()
export class WorksRepository {
  async list(manager: EntityManager, query: ListQuery<WorkFilterDto>): Promise<ListResult<WorkView>> {
    const base = manager.getRepository(WorkEntity).createQueryBuilder('w');
    applyFilters(base, query.filter);
    // Few full-text hits: sort the hits themselves. Otherwise the planner may walk the whole sort index and test
    // the text on each row, betting on matches spread evenly (they rarely are: "nature" all sorts under N).
    const total = await base.getCount();
    if (total === 0 || query.offset >= total) return { rows: [], total };
    const ids = query.filter.q && total <= SMALL_RESULT ? await this.idsFromHits(manager, base, query) : await this.idsInOrder(base, query);
    const works = await manager.getRepository(WorkEntity).findBy({ id: In(ids) });
    const byId = new Map(works.map((w) => [w.id, w]));
    return { rows: await this.withChildren(manager, ids.map((id) => byId.get(id)).filter((w): w is WorkEntity => !!w)), total };
  }

  /** The page's ids only: deep offsets then read the sort index, not 100,000 whole rows. */
  private async idsInOrder(base: SelectQueryBuilder<WorkEntity>, query: ListQuery<WorkFilterDto>): Promise<string[]> {
    const rows = await base
      .clone()
      .select('w.id', 'id')
      .orderBy(query.sortExpression, query.order)
      .addOrderBy('w.id', query.order)
      .offset(query.offset)
      .limit(query.limit)
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  private async idsFromHits(manager: EntityManager, base: SelectQueryBuilder<WorkEntity>, query: ListQuery<WorkFilterDto>): Promise<string[]> {
    const [hits, parameters] = base.clone().select('w.id', 'id').addSelect(query.sortExpression, 'sort_key').getQueryAndParameters();
    const direction = query.order === 'ASC' ? 'ASC' : 'DESC';
    const rows: Array<{ id: string }> = await manager.query(
      `WITH hits AS MATERIALIZED (${hits})
       SELECT id FROM hits ORDER BY sort_key ${direction}, id ${direction} OFFSET ${query.offset} LIMIT ${query.limit}`,
      parameters,
    );
    return rows.map((r) => r.id);
  }

  async findOne(manager: EntityManager, id: string, lock = false): Promise<WorkEntity | null> {
    const qb = manager.getRepository(WorkEntity).createQueryBuilder('w').where('w.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  async view(manager: EntityManager, work: WorkEntity): Promise<WorkView> {
    return (await this.withChildren(manager, [work]))[0];
  }

  private async withChildren(manager: EntityManager, works: WorkEntity[]): Promise<WorkView[]> {
    if (!works.length) return [];
    const ids = works.map((w) => w.id);
    const [creators, dimensions, inscriptions, publications] = await Promise.all([
      manager.query(
        `SELECT wc.work_id AS "workId", wc.position, wc.person_id AS "personId", wc.role,
                p.display_name AS "displayName", p.birth_date AS "birthDate", p.death_date AS "deathDate"
         FROM work_creator wc JOIN person p ON p.id = wc.person_id
         WHERE wc.work_id = ANY($1) ORDER BY wc.work_id, wc.position`,
        [ids],
      ),
      manager.getRepository(WorkDimensionEntity).createQueryBuilder('d').where('d.workId = ANY(:ids)', { ids }).orderBy('d.position').getMany(),
      manager.getRepository(WorkInscriptionEntity).createQueryBuilder('i').where('i.workId = ANY(:ids)', { ids }).orderBy('i.position').getMany(),
      manager.getRepository(PublicationEntity).createQueryBuilder('p').where('p.workId = ANY(:ids)', { ids }).orderBy('p.target').getMany(),
    ]);
    const deciders = [...new Set(works.map((w) => w.rightsDecidedBy).filter((id): id is string => !!id))];
    const [images, emails] = await Promise.all([
      imagesOfWorks(manager, ids),
      deciders.length ? manager.query('SELECT id, email FROM "user" WHERE id = ANY($1)', [deciders]) : [],
    ]);
    const emailOf = new Map<string, string>(emails.map((u: { id: string; email: string }) => [u.id, u.email]));
    const byWork = <T extends { workId: string }>(rows: T[], workId: string) => rows.filter((r) => r.workId === workId);
    return works.map((w) => {
      const children: WorkChildren = {
        creators: byWork(creators, w.id),
        dimensions: byWork(dimensions, w.id),
        inscriptions: byWork(inscriptions, w.id),
        publications: byWork(publications, w.id),
        hasImage: images.has(w.id),
        primaryMediaId: images.get(w.id)?.primaryMediaId ?? null,
        decidedByEmail: w.rightsDecidedBy ? (emailOf.get(w.rightsDecidedBy) ?? null) : null,
      };
      return toWorkView(w, children);
    });
  }
}
