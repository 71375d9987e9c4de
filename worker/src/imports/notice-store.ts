/**
 * The import's side effects on PostgreSQL, each one statement for a whole batch (json_to_recordset rather than a
 * statement per row): look up museums and people, lock and load the batch's existing works, insert or update works
 * with their creators, dimensions and inscriptions, keep `creator_names` in step, and write the audit events and
 * the outbox rows of the jobs an edit causes.
 */
import type { ClientBase } from 'pg';
import type { EntityManager } from 'typeorm';
import { copyIn, type CopyValue } from '@oc/db';
import { enqueue, refreshPublications, type JobName, type JobPayloads } from '@oc/jobs';
import type { Dimension, FlatNotice, Inscription, Licence, RightsStatus } from '@oc/domain';

/** A notice as stored: the museum by id and creators by person id, in order. */
export type StoredNotice = Omit<FlatNotice, 'museum' | 'creators'> & { museumId: string; creators: Array<{ personId: string; role: string }> };

export interface ExistingWork extends StoredNotice {
  id: string;
  /** What decides the jobs an edit causes (package rebuild, re-push); not part of the notice. */
  standing: { rightsStatus: RightsStatus | null; licence: Licence | null; workflowState: string };
}

export interface PersonRow {
  id: string;
  displayName: string;
  birthDate: string | null;
  deathDate: string | null;
}

export interface AuditRow {
  action: string;
  entityType: string;
  entityId: string;
  diff: Record<string, unknown>;
  comment: string;
}

export interface Actor {
  id: string | null;
  email: string | null;
}

/** The work's columns an import writes, with their types for json_to_recordset. */
const WORK_COLUMN_TYPES = {
  creator_names: 'text',
  museum_id: 'uuid',
  inventory_number: 'text',
  title_fr: 'text',
  title_en: 'text',
  title_es: 'text',
  object_type: 'text',
  is_2d: 'boolean',
  dating_text: 'text',
  dating_start_year: 'int',
  dating_end_year: 'int',
  techniques: 'text',
  description_fr: 'text',
  description_en: 'text',
  description_es: 'text',
  provenance: 'text',
  keywords: 'text[]',
  anonymous: 'boolean',
  first_publication_year: 'int',
} as const;
type WorkColumn = keyof typeof WORK_COLUMN_TYPES;
const WORK_COLUMN_NAMES = Object.keys(WORK_COLUMN_TYPES) as WorkColumn[];
const WORK_COLUMNS = Object.entries(WORK_COLUMN_TYPES).map(([column, type]) => `${column} ${type}`).join(', ');

/**
 * A work to write, with its searchable `creator_names` (the creators' display names in order, space-separated, as
 * the API's refreshCreatorNames computes them) written in the same statement: a separate UPDATE would rewrite
 * every row and its indexes a second time. Null keeps the stored names (the file does not give creators).
 */
export interface WorkWrite {
  notice: StoredNotice;
  creatorNames: string | null;
}

function workRecord({ notice, creatorNames }: WorkWrite): Record<WorkColumn, CopyValue> {
  return {
    creator_names: creatorNames,
    museum_id: notice.museumId,
    inventory_number: notice.inventoryNumber,
    title_fr: notice.titleFr,
    title_en: notice.titleEn,
    title_es: notice.titleEs,
    object_type: notice.objectType,
    is_2d: notice.is2D,
    dating_text: notice.datingText,
    dating_start_year: notice.datingStartYear,
    dating_end_year: notice.datingEndYear,
    techniques: notice.techniques,
    description_fr: notice.descriptionFr,
    description_en: notice.descriptionEn,
    description_es: notice.descriptionEs,
    provenance: notice.provenance,
    keywords: notice.keywords,
    anonymous: notice.anonymous,
    first_publication_year: notice.firstPublicationYear,
  };
}

export const workKey = (museumId: string, inventoryNumber: string) => `${museumId}|${inventoryNumber}`;

/**
 * A batch's rows as one `json` parameter, sent as bytes: as a string, the driver measured its UTF-8 length and then
 * encoded it, two passes over megabytes (as much CPU as JSON.stringify itself); json's binary form is its text.
 */
const json = (rows: unknown[]) => Buffer.from(JSON.stringify(rows));

export class NoticeStore {
  constructor(private readonly manager: EntityManager) {}

  /** Batch statements are short and many: JIT compilation (chosen on row estimates) would cost more than it saves. */
  async prepareBatch(): Promise<void> {
    await this.manager.query('SET LOCAL jit = off');
  }

  /** Fresh statistics after a large load, so the next batches' and the lists' plans use the indexes. */
  async analyse(): Promise<void> {
    await this.manager.query('ANALYZE work, work_creator, work_dimension, work_inscription, person');
  }

  async museumsByCode(): Promise<Map<string, string>> {
    const rows: Array<{ id: string; code: string }> = await this.manager.query('SELECT id, code FROM museum');
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  async peopleNamed(lowerNames: string[]): Promise<PersonRow[]> {
    if (!lowerNames.length) return [];
    return this.manager.query(
      `SELECT id, display_name AS "displayName", birth_date AS "birthDate", death_date AS "deathDate"
       FROM person WHERE lower(display_name) = ANY($1::text[]) ORDER BY created_at, id`,
      [lowerNames],
    );
  }

  async insertPeople(people: Array<Omit<PersonRow, 'id'>>, actor: Actor): Promise<PersonRow[]> {
    if (!people.length) return [];
    return this.manager.query(
      `INSERT INTO person (display_name, sort_name, birth_date, death_date, created_by, updated_by)
       SELECT x.display_name, x.display_name, x.birth_date, x.death_date, $2, $2
       FROM json_to_recordset($1::json) AS x(display_name text, birth_date text, death_date text)
       RETURNING id, display_name AS "displayName", birth_date AS "birthDate", death_date AS "deathDate"`,
      [json(people.map((p) => ({ display_name: p.displayName, birth_date: p.birthDate, death_date: p.deathDate }))), actor.id],
    );
  }

  /**
   * The works of these museum + inventory keys, locked until the batch commits when asked. Each key is looked up
   * through the unique index (the lateral subquery, kept apart by `OFFSET 0`): as one join, a first import's
   * growing table with statistics from when it was empty was planned as a scan of the whole table per batch
   * (12.7 ms a batch at 60,000 works and growing, against 3 ms).
   */
  async existingWorks(keys: Array<{ museumId: string; inventoryNumber: string }>, { lock }: { lock: boolean }): Promise<ExistingWork[]> {
    if (!keys.length) return [];
    const rows: Array<Record<string, any>> = await this.manager.query(
      `SELECT w.id, w.museum_id, w.inventory_number, w.title_fr, w.title_en, w.title_es, w.object_type, w.is_2d, w.dating_text,
              w.dating_start_year, w.dating_end_year, w.techniques, w.description_fr, w.description_en, w.description_es,
              w.provenance, w.keywords, w.anonymous, w.first_publication_year, w.rights_status, w.licence, w.workflow_state,
              coalesce((SELECT json_agg(json_build_object('personId', c.person_id, 'role', c.role) ORDER BY c.position)
                        FROM work_creator c WHERE c.work_id = w.id), '[]') AS creators,
              coalesce((SELECT json_agg(json_build_object('part', d.part, 'type', d.type, 'value', d.value, 'unit', d.unit) ORDER BY d.position)
                        FROM work_dimension d WHERE d.work_id = w.id), '[]') AS dimensions,
              coalesce((SELECT json_agg(json_build_object('type', i.type, 'text', i.text, 'script', i.script) ORDER BY i.position)
                        FROM work_inscription i WHERE i.work_id = w.id), '[]') AS inscriptions
       FROM unnest($1::uuid[], $2::text[]) AS k(museum_id, inventory_number)
       CROSS JOIN LATERAL (SELECT * FROM work w WHERE w.museum_id = k.museum_id AND w.inventory_number = k.inventory_number
                           OFFSET 0 ${lock ? 'FOR UPDATE' : ''}) w`,
      [keys.map((k) => k.museumId), keys.map((k) => k.inventoryNumber)],
    );
    return rows.map((r) => ({
      id: r.id,
      museumId: r.museum_id,
      inventoryNumber: r.inventory_number,
      titleFr: r.title_fr,
      titleEn: r.title_en,
      titleEs: r.title_es,
      objectType: r.object_type,
      is2D: r.is_2d,
      datingText: r.dating_text,
      datingStartYear: r.dating_start_year,
      datingEndYear: r.dating_end_year,
      techniques: r.techniques,
      dimensions: (r.dimensions as Dimension[]).map((d) => ({ part: d.part, type: d.type, value: Number(d.value), unit: d.unit })),
      inscriptions: r.inscriptions as Inscription[],
      descriptionFr: r.description_fr,
      descriptionEn: r.description_en,
      descriptionEs: r.description_es,
      provenance: r.provenance,
      keywords: r.keywords,
      anonymous: r.anonymous,
      firstPublicationYear: r.first_publication_year,
      creators: r.creators,
      standing: { rightsStatus: r.rights_status, licence: r.licence, workflowState: r.workflow_state },
    }));
  }

  /** Sends these works out again to every target they are live on (see refreshPublications). */
  async refreshPublications(workIds: string[]): Promise<void> {
    await refreshPublications(this.manager, workIds);
  }

  /** Inserts the notices under the ids given; `sent` as for copyIn. */
  async insertWorks(works: Array<WorkWrite & { id: string }>, actor: Actor, sent?: () => void): Promise<void> {
    const rows = works.map((w) => {
      // A new work whose row gives no creators has no searchable names yet: empty, not null.
      const record = { ...workRecord(w), creator_names: w.creatorNames ?? '' };
      return [w.id, ...WORK_COLUMN_NAMES.map((column) => record[column]), actor.id, actor.id];
    });
    await this.copy('work', ['id', ...WORK_COLUMN_NAMES, 'created_by', 'updated_by'], rows, sent);
  }

  async updateWorks(works: Array<WorkWrite & { id: string }>, actor: Actor): Promise<void> {
    if (!works.length) return;
    await this.manager.query(
      `UPDATE work w SET museum_id = x.museum_id, inventory_number = x.inventory_number, title_fr = x.title_fr, title_en = x.title_en,
              title_es = x.title_es, object_type = x.object_type, is_2d = x.is_2d, dating_text = x.dating_text,
              dating_start_year = x.dating_start_year, dating_end_year = x.dating_end_year, techniques = x.techniques,
              description_fr = x.description_fr, description_en = x.description_en, description_es = x.description_es,
              provenance = x.provenance, keywords = x.keywords, anonymous = x.anonymous,
              first_publication_year = x.first_publication_year, creator_names = coalesce(x.creator_names, w.creator_names), version = w.version + 1, updated_by = $2, updated_at = now()
       FROM json_to_recordset($1::json) AS x(id uuid, ${WORK_COLUMNS})
       WHERE w.id = x.id`,
      [json(works.map((w) => ({ id: w.id, ...workRecord(w) }))), actor.id],
    );
  }

  /** Replaces the creators, dimensions and inscriptions of the works. */
  async replaceChildren(works: Array<{ id: string; notice: StoredNotice }>, fresh: boolean): Promise<void> {
    if (!works.length) return;
    const ids = works.map((w) => w.id);
    if (!fresh) {
      for (const table of ['work_creator', 'work_dimension', 'work_inscription']) {
        await this.manager.query(`DELETE FROM ${table} WHERE work_id = ANY($1::uuid[])`, [ids]);
      }
    }
    const creators = works.flatMap((w) => w.notice.creators.map((c, position) => [w.id, position, c.personId, c.role]));
    const dimensions = works.flatMap((w) => w.notice.dimensions.map((d, position) => [w.id, position, d.part ?? null, d.type, d.value, d.unit]));
    const inscriptions = works.flatMap((w) => w.notice.inscriptions.map((i, position) => [w.id, position, i.type, i.text, i.script ?? null]));
    await this.copy('work_creator', ['work_id', 'position', 'person_id', 'role'], creators);
    await this.copy('work_dimension', ['work_id', 'position', 'part', 'type', 'value', 'unit'], dimensions);
    await this.copy('work_inscription', ['work_id', 'position', 'type', 'text', 'script'], inscriptions);
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void> {
    await enqueue(this.manager, name, payload);
  }

  async audit(events: AuditRow[], actor: Actor): Promise<void> {
    await this.copy(
      'audit_event',
      ['user_id', 'user_email', 'action', 'entity_type', 'entity_id', 'diff', 'comment'],
      events.map((e) => [actor.id, actor.email, e.action, e.entityType, e.entityId, e.diff, e.comment]),
    );
  }

  /** COPY on the batch transaction's own connection (see copyIn). */
  private async copy(table: string, columns: readonly string[], rows: CopyValue[][], sent?: () => void): Promise<void> {
    const runner = this.manager.queryRunner;
    if (!runner) throw new Error(`Copying into ${table} needs the batch's transaction`);
    await copyIn((await runner.connect()) as ClientBase, table, columns, rows, { sent });
  }
}
