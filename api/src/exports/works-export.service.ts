/**
 * The works list as CSV, in the columns the import reads (an export imports back unchanged), streamed from a
 * database cursor: the filter is the list's own, rows come in museum and inventory number order (the unique
 * index's order, so the first rows leave before the last are read), and each page's creators, dimensions and
 * inscriptions are read with one query per table.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform, type TransformCallback } from 'node:stream';
import { DataSource } from 'typeorm';
import { WorkEntity } from '@oc/db';
import { csvLine, formatNotice, NOTICE_COLUMN_NAMES, type FlatNotice } from '@oc/domain';
import { WorkFilterDto } from '../works/work.dto';
import { applyFilters } from '../works/works.repository';
import { CursorStream, type PageQuery } from './cursor-stream';

/** A notice as the export query reads it: its columns are selected under FlatNotice's names, its children added per page. */
type ExportRow = FlatNotice & { id: string };

/**
 * Children of a page of works, each table in position order, added to their work. Each work's rows are read through
 * the table's primary key (`OFFSET 0` keeps the planner from flattening the lateral subquery into one hash join that
 * scans the whole table for every page: a page's works are scattered, so the planner prefers that scan, which grows
 * with the collection while the page does not).
 */
async function addChildren(rows: ExportRow[], query: PageQuery): Promise<void> {
  const byId = new Map<string, ExportRow>();
  for (const row of rows) {
    row.creators = [];
    row.dimensions = [];
    row.inscriptions = [];
    byId.set(row.id, row);
  }
  const ids = [...byId.keys()];
  const creators: Array<{ work_id: string; name: string; birth_date: string | null; death_date: string | null; role: string }> = await query(
    `SELECT k.id AS work_id, c.name, c.birth_date, c.death_date, c.role
     FROM unnest($1::uuid[]) AS k(id)
     CROSS JOIN LATERAL (SELECT p.display_name AS name, p.birth_date, p.death_date, w.role, w.position
                         FROM work_creator w JOIN person p ON p.id = w.person_id WHERE w.work_id = k.id OFFSET 0) c
     ORDER BY k.id, c.position`,
    [ids],
  );
  for (const c of creators) byId.get(c.work_id)?.creators.push({ name: c.name, birthDate: c.birth_date, deathDate: c.death_date, role: c.role });
  const dimensions: Array<{ work_id: string; part: string | null; type: string; value: string; unit: string }> = await query(
    `SELECT k.id AS work_id, d.part, d.type, d.value, d.unit
     FROM unnest($1::uuid[]) AS k(id) CROSS JOIN LATERAL (SELECT * FROM work_dimension WHERE work_id = k.id OFFSET 0) d
     ORDER BY k.id, d.position`,
    [ids],
  );
  for (const d of dimensions) byId.get(d.work_id)?.dimensions.push({ part: d.part, type: d.type, value: Number(d.value), unit: d.unit });
  const inscriptions: Array<{ work_id: string; type: string; text: string; script: string | null }> = await query(
    `SELECT k.id AS work_id, i.type, i.text, i.script
     FROM unnest($1::uuid[]) AS k(id) CROSS JOIN LATERAL (SELECT * FROM work_inscription WHERE work_id = k.id OFFSET 0) i
     ORDER BY k.id, i.position`,
    [ids],
  );
  for (const i of inscriptions) byId.get(i.work_id)?.inscriptions.push({ type: i.type, text: i.text, script: i.script });
}

/** The work's own columns, by the FlatNotice key they are read as. */
const EXPORT_COLUMNS: Record<string, Exclude<keyof FlatNotice, 'museum' | 'creators' | 'dimensions' | 'inscriptions'>> = {
  inventory_number: 'inventoryNumber',
  title_fr: 'titleFr',
  title_en: 'titleEn',
  title_es: 'titleEs',
  object_type: 'objectType',
  is_2d: 'is2D',
  dating_text: 'datingText',
  dating_start_year: 'datingStartYear',
  dating_end_year: 'datingEndYear',
  techniques: 'techniques',
  description_fr: 'descriptionFr',
  description_en: 'descriptionEn',
  description_es: 'descriptionEs',
  provenance: 'provenance',
  keywords: 'keywords',
  anonymous: 'anonymous',
  first_publication_year: 'firstPublicationYear',
};

const CHUNK_CHARS = 1 << 16;

/** Rows in, CSV text out in chunks of about 64 KB: a chunk per line would cost more to write than to format. */
class CsvLines extends Transform {
  private pending = `\uFEFF${csvLine([...NOTICE_COLUMN_NAMES])}`;

  constructor() {
    super({ writableObjectMode: true, readableHighWaterMark: CHUNK_CHARS });
  }

  _transform(row: ExportRow, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending += csvLine(formatNotice(row));
    if (this.pending.length < CHUNK_CHARS) return done();
    const chunk = this.pending;
    this.pending = '';
    done(null, chunk);
  }

  _flush(done: TransformCallback): void {
    done(null, this.pending);
  }
}

@Injectable()
export class WorksExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The CSV lines (header first) of the works the filter selects; the caller pipes them to the response. */
  stream(filter: WorkFilterDto): { rows: CursorStream<ExportRow>; lines: Transform } {
    const qb = this.dataSource.getRepository(WorkEntity).createQueryBuilder('w');
    applyFilters(qb, filter);
    qb.select([]).innerJoin('museum', 'm', 'm.id = w.museum_id').addSelect('w.id', 'id').addSelect('m.code', 'museum');
    for (const [column, key] of Object.entries(EXPORT_COLUMNS)) qb.addSelect(`w.${column}`, key);
    qb.orderBy('w.museum_id').addOrderBy('w.inventory_number');
    const [sql, parameters] = qb.getQueryAndParameters();
    return { rows: new CursorStream<ExportRow>(this.dataSource, sql, parameters, addChildren), lines: new CsvLines() };
  }
}
