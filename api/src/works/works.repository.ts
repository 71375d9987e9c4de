/**
 * Reads works as the Work shape of DESIGN.md §8. PostgreSQL builds each notice as JSON, children included, in one
 * statement: a page costs the count, the page's ids and that statement, with no entity hydration in the API.
 */
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SEARCH_ENTRY_FITS, WorkEntity } from '@oc/db';
import { dataQualityWarnings, type CreatorLife, type NoticeForQuality } from '@oc/domain';
import type { ListQuery, ListResult } from '../common/list-query';
import { estimateTotal, listTotal, settleTotal, type ListTotal } from '../common/list-total';
import { preparedQuery } from '../common/prepared-query';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { worksDatingOverlap } from '../common/dating-filter';
import { inventoryPrefix, worksFullTextCondition, worksInventoryPrefixMatch, worksLexemeMatch } from '../common/text-search';
import { WorkFilterDto } from './work.dto';
import type { WorkView } from './work.view';

/** A timestamp as `Date.toISOString()` writes it (UTC, milliseconds), whatever the session's time zone. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * A JSON array of `element` over the rows of `from` (a subquery that states its order), '[]' when none. Fed in
 * order rather than sorted by the aggregate (`json_agg(… ORDER BY …)`), which on PostgreSQL 15 sorts every work's
 * few children apart, at a sort's set-up cost each: six per work, a tenth of a page's statement.
 */
const jsonArray = (element: string, from: string, alias: string) => `coalesce(json_agg(${element}), '[]'::json) FROM (${from}) ${alias}`;

/**
 * The works whose ids are `$1`, in that order: `view` is the Work shape as JSON text, without `warnings`, the other
 * columns what the data-quality rules (libs/domain) need to add them (as columns: built as a JSON object, they cost
 * PostgreSQL and the API a tenth of the statement again). A list sends the texts as they come (parsing 25
 * notices to serialise them again was a tenth of a list request's CPU); `warnings` is added as the last key.
 */
const VIEWS_SQL = `
SELECT json_build_object(
         'id', w.id,
         'museumId', w.museum_id,
         'inventoryNumber', w.inventory_number,
         'title', json_build_object('fr', w.title_fr, 'en', w.title_en, 'es', w.title_es),
         'objectType', w.object_type,
         'is2D', w.is_2d,
         'dating', json_build_object('text', w.dating_text, 'startYear', w.dating_start_year, 'endYear', w.dating_end_year),
         'creators', c.creators,
         'creatorNames', c.names,
         'anonymous', w.anonymous,
         'firstPublicationYear', w.first_publication_year,
         'techniques', w.techniques,
         'dimensions', (SELECT ${jsonArray(
           `json_build_object('part', d.part, 'type', d.type, 'value', d.value, 'unit', d.unit)`,
           'SELECT * FROM work_dimension d WHERE d.work_id = w.id ORDER BY d.position',
           'd',
         )}),
         'inscriptions', (SELECT ${jsonArray(
           `json_build_object('type', i.type, 'text', i.text, 'script', i.script)`,
           'SELECT * FROM work_inscription i WHERE i.work_id = w.id ORDER BY i.position',
           'i',
         )}),
         'description', json_build_object('fr', w.description_fr, 'en', w.description_en, 'es', w.description_es),
         'provenance', w.provenance,
         'keywords', w.keywords,
         'rights', json_build_object(
           'status', w.rights_status,
           'licence', w.licence,
           'overrideReason', w.rights_override_reason,
           'creditLine', w.credit_line,
           'usRationale', w.us_rationale,
           'photoLicenceConfirmed', w.photo_licence_confirmed,
           'decidedBy', w.rights_decided_by,
           'decidedByEmail', (SELECT u.email FROM "user" u WHERE u.id = w.rights_decided_by),
           'decidedAt', ${iso('w.rights_decided_at')}),
         'rightsProposal', w.rights_proposal,
         'workflow', json_build_object(
           'state', w.workflow_state,
           'publishAt', ${iso('w.publish_at')},
           'submittedBy', w.submitted_by,
           'approvedBy', w.approved_by,
           'submittedAt', ${iso('w.submitted_at')},
           'approvedAt', ${iso('w.approved_at')}),
         'publications', (SELECT ${jsonArray(
           `json_build_object('target', p.target, 'state', p.state, 'externalRef', p.external_ref, 'externalUrl', p.external_url,
                              'attempts', p.attempts, 'lastError', p.last_error, 'pushedAt', ${iso('p.pushed_at')})`,
           'SELECT * FROM publication p WHERE p.work_id = w.id ORDER BY p.target',
           'p',
         )}),
         'primaryMediaId', m.primary_id,
         'version', w.version,
         'createdAt', ${iso('w.created_at')},
         'updatedAt', ${iso('w.updated_at')})::text AS view,
       c.lives, m.has_image, w.title_fr, w.dating_start_year, w.dating_end_year
FROM unnest($1::uuid[]) WITH ORDINALITY AS page(id, n)
JOIN work w ON w.id = page.id
CROSS JOIN LATERAL (
  SELECT coalesce(json_agg(json_build_object('personId', wc.person_id, 'role', wc.role, 'order', wc.position)), '[]'::json) AS creators,
         coalesce(json_agg(wc.display_name), '[]'::json) AS names,
         coalesce(json_agg(json_build_object('displayName', wc.display_name, 'birthDate', wc.birth_date, 'deathDate', wc.death_date)), '[]'::json) AS lives
  FROM (SELECT wc.person_id, wc.role, wc.position, p.display_name, p.birth_date, p.death_date
        FROM work_creator wc JOIN person p ON p.id = wc.person_id
        WHERE wc.work_id = w.id ORDER BY wc.position) wc) c
CROSS JOIN LATERAL (
  SELECT count(*) > 0 AS has_image, (array_agg(media.id) FILTER (WHERE media.is_primary))[1] AS primary_id
  FROM media WHERE media.work_id = w.id) m
ORDER BY page.n`;

interface ViewRow {
  view: string;
  lives: CreatorLife[];
  has_image: boolean;
  title_fr: string;
  dating_start_year: number | null;
  dating_end_year: number | null;
}

/** The row's columns as the data-quality rules' input (NoticeForQuality says what they read). */
function forQuality(row: ViewRow): NoticeForQuality {
  return {
    title: { fr: row.title_fr },
    dating: { startYear: row.dating_start_year, endYear: row.dating_end_year },
    creators: row.lives,
    hasImage: row.has_image,
  };
}

/** Appends `value` to `params` and returns its placeholder ($1, $2…). */
function bindParameter(params: unknown[], value: unknown): string {
  return `$${params.push(value)}`;
}

/**
 * The list filters as SQL conditions on `work w`, their values appended to `params` and bound in that order ($1, $2…).
 * Written as text rather than through TypeORM's query builder: building a list's statements with it was a tenth of
 * the API's CPU per list request. Shared with the CSV export so it exports exactly the list.
 */
export function filterConditions(filter: WorkFilterDto, params: unknown[]): string[] {
  const { q, museumId, objectType, creatorId, rightsStatus, workflowState, dateFrom, dateTo, id, publishFrom, publishTo } = filter;
  const bind = (value: unknown) => bindParameter(params, value);
  const conditions: string[] = [];
  if (q) conditions.push(worksFullTextCondition(bind(q), bind(inventoryPrefix(q))));
  if (museumId) conditions.push(`w.museum_id = ${bind(museumId)}`);
  if (objectType) conditions.push(`w.object_type = ${bind(objectType)}`);
  if (creatorId) conditions.push(`EXISTS (SELECT 1 FROM work_creator wc WHERE wc.work_id = w.id AND wc.person_id = ${bind(creatorId)})`);
  if (rightsStatus) conditions.push(`w.rights_status = ${bind(rightsStatus)}`);
  if (workflowState) conditions.push(`w.workflow_state = ${bind(workflowState)}`);
  // A dating range overlaps the asked period; an open end on either side counts as unknown, not as a match.
  if (dateFrom !== undefined || dateTo !== undefined) conditions.push(worksDatingOverlap(bind(dateFrom ?? null), bind(dateTo ?? null)));
  if (id) conditions.push(`w.id = ANY(${bind(id)})`);
  if (publishFrom) conditions.push(`w.publish_at >= ${bind(publishFrom)}`);
  if (publishTo) conditions.push(`w.publish_at <= ${bind(publishTo)}`);
  return conditions;
}

/** `SELECT <columns> FROM work w` with `conditions` (see filterConditions) as its WHERE clause. */
export function selectWorks(columns: string, conditions: readonly string[]): string {
  return `SELECT ${columns} FROM work w${conditions.length ? ` WHERE ${conditions.join(' AND ')}` : ''}`;
}

/**
 * Full text with an estimate above this many times LIST_EXACT_TOTAL is paged without collecting its hits first. The
 * margin covers the planner's usual error on a text query; below it, the hits are counted (and sorted when few).
 */
const PLENTY = 10;

@Injectable()
export class WorksRepository {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'LIST_EXACT_TOTAL'>) {}

  /** A page of works as the JSON texts of their WorkView (see VIEWS_SQL). */
  async list(manager: EntityManager, query: ListQuery<WorkFilterDto>): Promise<ListResult<string>> {
    const params: unknown[] = [];
    const conditions = filterConditions(query.filter, params);
    const matches = { sql: selectWorks('1', conditions), params };
    const countable = this.config.LIST_EXACT_TOTAL;
    let total: ListTotal;
    if (query.filter.q) {
      // Collecting the hits costs a bitmap of every one of them (20,000 for "portrait" in Carnavalet: more than the
      // page): when the planner expects far more than are counted exactly, they are not collected.
      const estimate = await estimateTotal(manager, matches, 0);
      const hits =
        estimate.value > countable * PLENTY ? null : await this.pageOfHits(manager, selectWorks(`w.id AS id, ${query.sortExpression} AS sort_key`, conditions), params, query, countable);
      if (hits && hits.total <= countable) return { rows: await this.viewTexts(manager, hits.ids), total: hits.total };
      total = { value: Math.max(estimate.value, countable + 1), exact: false };
    } else total = await listTotal(manager, matches, countable);
    if (total.exact && (total.value === 0 || query.offset >= total.value)) return { rows: [], total: total.value };
    const ids = query.filter.q ? await this.textIdsInOrder(manager, query) : await this.idsInOrder(manager, conditions, params, query);
    return { rows: await this.viewTexts(manager, ids), total: settleTotal(total, query.offset, query.limit, ids.length) };
  }

  /** The page's ids only: deep offsets then read the sort index, not 100,000 whole rows. */
  private async idsInOrder(manager: EntityManager, conditions: string[], params: unknown[], query: ListQuery<WorkFilterDto>): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `${selectWorks('w.id', conditions)} ORDER BY ${query.sortExpression} ${query.order}, w.id ${query.order} OFFSET ${query.offset} LIMIT ${query.limit}`,
      params,
    );
    return rows.map((r) => r.id);
  }

  /**
   * Full text walking the sort order, in three parts merged: the works whose lexemes match and fit in an index entry,
   * tested in the index without visiting the table (the covering index of migration 1764720000000); those whose
   * lexemes match but are too long for it, tested in the table; and those matched by their inventory number only,
   * found through its trigram index (as one OR, the number was lowercased for every work walked: half the walk's
   * cost). Each part is the page's first `offset + limit` in order; PostgreSQL merges the sorted parts and stops at
   * the page.
   */
  private async textIdsInOrder(manager: EntityManager, query: ListQuery<WorkFilterDto>): Promise<string[]> {
    const { q, ...others } = query.filter;
    const params: unknown[] = [];
    // The filter's other conditions, then the text's placeholders, shared by the three parts.
    const common = filterConditions(others, params);
    const text = bindParameter(params, q);
    const prefix = bindParameter(params, inventoryPrefix(q as string));
    const direction = query.order;
    const order = `ORDER BY sort_key ${direction}, id ${direction}`;
    const part = (...conditions: string[]) =>
      `(${selectWorks(`w.id AS id, ${query.sortExpression} AS sort_key`, [...common, ...conditions])} ${order} LIMIT ${query.offset + query.limit})`;
    const lexemes = worksLexemeMatch(text);
    const parts = [
      part(SEARCH_ENTRY_FITS, lexemes),
      part(`NOT ${SEARCH_ENTRY_FITS}`, lexemes),
      part(worksInventoryPrefixMatch(prefix), `NOT (${lexemes})`),
    ];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM (${parts.join(' UNION ALL ')}) parts ${order} OFFSET ${query.offset} LIMIT ${query.limit}`,
      params,
    );
    return rows.map((r) => r.id);
  }

  /**
   * Full text: the hits are collected once, counted up to `countable`, and when there are no more than that the
   * same statement sorts them for the page. Walking the sort index instead, the planner bets on hits spread evenly
   * over the sort order and may read most of the table (they rarely are: "nature" all sorts under N). Above
   * `countable` only the total is known, and the caller walks the sort index, which then finds hits soon.
   */
  private async pageOfHits(
    manager: EntityManager,
    hits: string,
    params: unknown[],
    query: ListQuery<WorkFilterDto>,
    countable: number,
  ): Promise<{ total: number; ids: string[] }> {
    const direction = query.order;
    const rows: Array<{ total: number; id: string | null }> = await manager.query(
      `WITH hits AS MATERIALIZED (${hits}),
            counted AS (SELECT count(*)::int AS total FROM (SELECT 1 FROM hits LIMIT ${countable + 1}) capped)
       SELECT counted.total, page.id
       FROM counted
       LEFT JOIN LATERAL (
         SELECT id, sort_key FROM hits WHERE counted.total <= ${countable}
         ORDER BY sort_key ${direction}, id ${direction} OFFSET ${query.offset} LIMIT ${query.limit}
       ) page ON TRUE
       ORDER BY page.sort_key ${direction}, page.id ${direction}`,
      params,
    );
    return { total: rows[0].total, ids: rows.flatMap((r) => (r.id ? [r.id] : [])) };
  }

  async findOne(manager: EntityManager, id: string, lock = false): Promise<WorkEntity | null> {
    const qb = manager.getRepository(WorkEntity).createQueryBuilder('w').where('w.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  /** The notice as clients see it, or null when there is no such work. */
  async view(manager: EntityManager, id: string): Promise<WorkView | null> {
    return (await this.views(manager, [id]))[0] ?? null;
  }

  private async views(manager: EntityManager, ids: string[]): Promise<WorkView[]> {
    return (await this.viewTexts(manager, ids)).map((text) => JSON.parse(text) as WorkView);
  }

  /** Each work of `ids` as the JSON text of its WorkView, warnings included. */
  private async viewTexts(manager: EntityManager, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await preparedQuery<ViewRow>(manager, 'works_view_texts', VIEWS_SQL, [ids]);
    // The view is a JSON object: its closing brace is its last character.
    return rows.map((row) => `${row.view.slice(0, -1)}, "warnings" : ${JSON.stringify(dataQualityWarnings(forQuality(row)))}}`);
  }
}
