/** Reads the notices of a page of works (work, museum, creators, dimensions, inscriptions, ready images) in six queries. */
import type { EntityManager } from 'typeorm';
import type { NoticeRecord } from './public-notice';

export async function loadNoticeRecords(manager: EntityManager, workIds: string[]): Promise<Map<string, NoticeRecord>> {
  const result = new Map<string, NoticeRecord>();
  if (!workIds.length) return result;
  const [works, creators, dimensions, inscriptions, media, derivatives] = await Promise.all([
    manager.query(
      `SELECT w.id, w.museum_id AS "museumId", w.inventory_number AS "inventoryNumber", w.title_fr AS "titleFr", w.title_en AS "titleEn",
              w.title_es AS "titleEs", w.object_type AS "objectType", w.dating_text AS "datingText", w.dating_start_year AS "datingStartYear",
              w.dating_end_year AS "datingEndYear", w.anonymous, w.techniques, w.description_fr AS "descriptionFr",
              w.description_en AS "descriptionEn", w.description_es AS "descriptionEs", w.keywords, w.rights_status AS "rightsStatus",
              w.licence, w.credit_line AS "creditLine", w.workflow_state AS "workflowState",
              m.code AS "museumCode", m.name_fr AS "museumNameFr", m.name_en AS "museumNameEn", m.name_es AS "museumNameEs"
       FROM work w JOIN museum m ON m.id = w.museum_id WHERE w.id = ANY($1)`,
      [workIds],
    ),
    manager.query(
      `SELECT wc.work_id AS "workId", p.display_name AS name, wc.role, p.birth_date AS "birthDate", p.death_date AS "deathDate",
              p.wikidata_id AS "wikidataId", p.commons_creator AS "commonsCreator"
       FROM work_creator wc JOIN person p ON p.id = wc.person_id WHERE wc.work_id = ANY($1) ORDER BY wc.work_id, wc.position`,
      [workIds],
    ),
    manager.query(
      `SELECT work_id AS "workId", part, type, value::float8 AS value, unit FROM work_dimension WHERE work_id = ANY($1) ORDER BY work_id, position`,
      [workIds],
    ),
    manager.query(`SELECT work_id AS "workId", type, text, script FROM work_inscription WHERE work_id = ANY($1) ORDER BY work_id, position`, [workIds]),
    manager.query(
      `SELECT id, work_id AS "workId", is_primary AS "isPrimary", caption, photographer_credit AS "photographerCredit"
       FROM media WHERE work_id = ANY($1) AND status = 'ready' ORDER BY work_id, is_primary DESC, created_at, id`,
      [workIds],
    ),
    manager.query(
      `SELECT d.media_id AS "mediaId", d.kind, d.width, d.height FROM derivative d JOIN media m ON m.id = d.media_id
       WHERE m.work_id = ANY($1) AND m.status = 'ready' ORDER BY d.kind`,
      [workIds],
    ),
  ]);
  const group = <T extends { workId: string }>(rows: T[]) => {
    const map = new Map<string, Array<Omit<T, 'workId'>>>();
    for (const { workId, ...rest } of rows) map.set(workId, [...(map.get(workId) ?? []), rest]);
    return map;
  };
  const [byCreators, byDimensions, byInscriptions, byMedia] = [group(creators), group(dimensions), group(inscriptions), group(media)];
  const derivativesOf = new Map<string, Array<{ kind: any; width: number; height: number }>>();
  for (const d of derivatives) derivativesOf.set(d.mediaId, [...(derivativesOf.get(d.mediaId) ?? []), { kind: d.kind, width: d.width, height: d.height }]);
  for (const w of works) {
    const { museumCode, museumNameFr, museumNameEn, museumNameEs, ...work } = w;
    result.set(w.id, {
      work,
      museum: { id: w.museumId, code: museumCode, nameFr: museumNameFr, nameEn: museumNameEn, nameEs: museumNameEs },
      creators: (byCreators.get(w.id) ?? []) as NoticeRecord['creators'],
      dimensions: (byDimensions.get(w.id) ?? []) as NoticeRecord['dimensions'],
      inscriptions: (byInscriptions.get(w.id) ?? []) as NoticeRecord['inscriptions'],
      media: ((byMedia.get(w.id) ?? []) as Array<Omit<NoticeRecord['media'][number], 'derivatives'>>).map((m) => ({ ...m, derivatives: derivativesOf.get(m.id) ?? [] })),
    });
  }
  return result;
}

export async function loadNoticeRecord(manager: EntityManager, workId: string): Promise<NoticeRecord | null> {
  return (await loadNoticeRecords(manager, [workId])).get(workId) ?? null;
}
