/**
 * The works list as CSV, in the columns the import reads (an export imports back unchanged), streamed from a
 * database cursor: the filter is the list's own, rows come in museum and inventory number order (the unique
 * index's order, so the first rows leave before the last are read).
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform, type TransformCallback } from 'node:stream';
import { DataSource } from 'typeorm';
import { WorkEntity } from '@oc/db';
import { csvLine, formatNotice, NOTICE_COLUMN_NAMES, type FlatNotice } from '@oc/domain';
import { WorkFilterDto } from '../works/work.dto';
import { applyFilters } from '../works/works.repository';
import { CursorStream } from './cursor-stream';

interface ExportRow {
  museum: string;
  inventory_number: string;
  title_fr: string;
  title_en: string | null;
  title_es: string | null;
  object_type: string | null;
  is_2d: boolean;
  dating_text: string | null;
  dating_start_year: number | null;
  dating_end_year: number | null;
  techniques: string | null;
  description_fr: string | null;
  description_en: string | null;
  description_es: string | null;
  provenance: string | null;
  keywords: string[];
  anonymous: boolean;
  first_publication_year: number | null;
  creators: FlatNotice['creators'] | null;
  dimensions: Array<{ part: string | null; type: string; value: number | string; unit: string }> | null;
  inscriptions: FlatNotice['inscriptions'] | null;
}

function toNotice(row: ExportRow): FlatNotice {
  return {
    museum: row.museum,
    inventoryNumber: row.inventory_number,
    titleFr: row.title_fr,
    titleEn: row.title_en,
    titleEs: row.title_es,
    objectType: row.object_type,
    is2D: row.is_2d,
    datingText: row.dating_text,
    datingStartYear: row.dating_start_year,
    datingEndYear: row.dating_end_year,
    techniques: row.techniques,
    dimensions: (row.dimensions ?? []).map((d) => ({ ...d, value: Number(d.value) })),
    inscriptions: row.inscriptions ?? [],
    descriptionFr: row.description_fr,
    descriptionEn: row.description_en,
    descriptionEs: row.description_es,
    provenance: row.provenance,
    keywords: row.keywords,
    anonymous: row.anonymous,
    firstPublicationYear: row.first_publication_year,
    creators: row.creators ?? [],
  };
}

/** Rows in, CSV text out, a page of lines per chunk. */
class CsvLines extends Transform {
  constructor() {
    super({ writableObjectMode: true, readableHighWaterMark: 1 << 16 });
    this.push(`\uFEFF${csvLine([...NOTICE_COLUMN_NAMES])}`);
  }

  _transform(row: ExportRow, _encoding: BufferEncoding, done: TransformCallback): void {
    done(null, csvLine(formatNotice(toNotice(row))));
  }
}

@Injectable()
export class WorksExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The CSV lines (header first) of the works the filter selects; the caller pipes them to the response. */
  stream(filter: WorkFilterDto): { rows: CursorStream; lines: Transform } {
    const qb = this.dataSource.getRepository(WorkEntity).createQueryBuilder('w');
    applyFilters(qb, filter);
    qb.select([]).innerJoin('museum', 'm', 'm.id = w.museum_id').addSelect('m.code', 'museum');
    for (const column of ['inventory_number', 'title_fr', 'title_en', 'title_es', 'object_type', 'is_2d', 'dating_text', 'dating_start_year', 'dating_end_year', 'techniques',
          'description_fr', 'description_en', 'description_es', 'provenance', 'keywords', 'anonymous', 'first_publication_year']) {
      qb.addSelect(`w.${column}`, column);
    }
    qb.addSelect(
      `(SELECT json_agg(json_build_object('name', p.display_name, 'birthDate', p.birth_date, 'deathDate', p.death_date, 'role', c.role) ORDER BY c.position)
        FROM work_creator c JOIN person p ON p.id = c.person_id WHERE c.work_id = w.id)`,
      'creators',
    )
      .addSelect(`(SELECT json_agg(json_build_object('part', d.part, 'type', d.type, 'value', d.value, 'unit', d.unit) ORDER BY d.position) FROM work_dimension d WHERE d.work_id = w.id)`, 'dimensions')
      .addSelect(`(SELECT json_agg(json_build_object('type', i.type, 'text', i.text, 'script', i.script) ORDER BY i.position) FROM work_inscription i WHERE i.work_id = w.id)`, 'inscriptions')
      .orderBy('w.museum_id')
      .addOrderBy('w.inventory_number');
    const [sql, parameters] = qb.getQueryAndParameters();
    return { rows: new CursorStream(this.dataSource, sql, parameters), lines: new CsvLines() };
  }
}
