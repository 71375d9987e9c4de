/** Reads the notices of a page of works (work, museum, creators, dimensions, inscriptions, ready images) in one query. */
import type { EntityManager } from 'typeorm';
import { isPublicState, type PublicationTarget } from '@oc/domain';
import type { PublicationRow } from '../publication-rows';
import type { NoticeRecord } from './public-notice';

const NOTICE_SQL = `
  SELECT w.id, w.museum_id AS "museumId", w.inventory_number AS "inventoryNumber", w.title_fr AS "titleFr", w.title_en AS "titleEn",
         w.title_es AS "titleEs", w.object_type AS "objectType", w.dating_text AS "datingText", w.dating_start_year AS "datingStartYear",
         w.dating_end_year AS "datingEndYear", w.anonymous, w.techniques, w.description_fr AS "descriptionFr",
         w.description_en AS "descriptionEn", w.description_es AS "descriptionEs", w.keywords, w.rights_status AS "rightsStatus",
         w.licence, w.credit_line AS "creditLine", w.workflow_state AS "workflowState",
         json_build_object('id', mu.id, 'code', mu.code, 'nameFr', mu.name_fr, 'nameEn', mu.name_en, 'nameEs', mu.name_es) AS museum,
         coalesce((SELECT json_agg(json_build_object('name', p.display_name, 'role', wc.role, 'birthDate', p.birth_date, 'deathDate', p.death_date,
                                                     'wikidataId', p.wikidata_id, 'commonsCreator', p.commons_creator) ORDER BY wc.position)
                   FROM work_creator wc JOIN person p ON p.id = wc.person_id WHERE wc.work_id = w.id), '[]') AS creators,
         coalesce((SELECT json_agg(json_build_object('part', d.part, 'type', d.type, 'value', d.value::float8, 'unit', d.unit) ORDER BY d.position)
                   FROM work_dimension d WHERE d.work_id = w.id), '[]') AS dimensions,
         coalesce((SELECT json_agg(json_build_object('type', i.type, 'text', i.text, 'script', i.script) ORDER BY i.position)
                   FROM work_inscription i WHERE i.work_id = w.id), '[]') AS inscriptions,
         coalesce((SELECT json_agg(json_build_object('id', m.id, 'isPrimary', m.is_primary, 'caption', m.caption, 'photographerCredit', m.photographer_credit,
                                                     'derivatives', coalesce((SELECT json_agg(json_build_object('kind', d.kind, 'width', d.width, 'height', d.height) ORDER BY d.kind)
                                                                              FROM derivative d WHERE d.media_id = m.id), '[]'))
                                   ORDER BY m.is_primary DESC, m.created_at, m.id)
                   FROM media m WHERE m.work_id = w.id AND m.status = 'ready'), '[]') AS media
  FROM work w JOIN museum mu ON mu.id = w.museum_id
  WHERE w.id = ANY($1)`;

const toRecord = ({ museum, creators, dimensions, inscriptions, media, ...work }: any): NoticeRecord => ({ work, museum, creators, dimensions, inscriptions, media });

export async function loadNoticeRecords(manager: EntityManager, workIds: string[]): Promise<Map<string, NoticeRecord>> {
  const result = new Map<string, NoticeRecord>();
  if (!workIds.length) return result;
  const rows = await manager.query(NOTICE_SQL, [workIds]);
  for (const row of rows) result.set(row.id, toRecord(row));
  return result;
}

const TARGET: Record<PublicationTarget, { name: string; place: string }> = { portal: { name: 'portal', place: 'the portal' }, commons: { name: 'Commons', place: 'Commons' } };

/**
 * What a push to a target needs (its publication row and the notice, read together: one round trip per job), or why
 * there is nothing to send: no publication for that target, withdrawn from it, or a work no longer being published.
 */
export async function loadPush(
  manager: EntityManager,
  workId: string,
  target: PublicationTarget,
): Promise<{ skip: string } | { row: PublicationRow; record: NoticeRecord }> {
  const [found] = await manager.query(
    `SELECT n.*, (SELECT json_build_object('workId', p.work_id, 'target', p.target, 'state', p.state, 'externalRef', p.external_ref,
                                          'externalUrl', p.external_url, 'contentHash', p.content_hash, 'attempts', p.attempts)
                  FROM publication p WHERE p.work_id = n.id AND p.target = $2) AS publication
     FROM (${NOTICE_SQL}) n`,
    [[workId], target],
  );
  if (!found?.publication) return { skip: `the work has no ${TARGET[target].name} publication` };
  const { publication, ...notice } = found;
  if (publication.state === 'withdrawn') return { skip: `the work was withdrawn from ${TARGET[target].place}` };
  if (!isPublicState(notice.workflowState)) return { skip: `the work is ${notice.workflowState}` };
  return { row: { ...publication, workflowState: notice.workflowState }, record: toRecord(notice) };
}
