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
import { csvLine, formatNotice, NOTICE_COLUMN_NAMES, type CreatorRef, type Dimension, type FlatNotice, type Inscription } from '@oc/domain';
import { WorkFilterDto } from '../works/work.dto';
import { applyFilters } from '../works/works.repository';
import { CursorStream, type PageQuery } from './cursor-stream';

/** A notice as the export query reads it: its columns are selected under FlatNotice's names, its children added per page. */
type ExportRow = FlatNotice & { id: string };
/** A child row's work, by its 1-based place in the page. */
type InPage = { n: number };
/** What the works without a given kind of child share (most have no inscription, for one). */
const NONE = Object.freeze([]) as never[];

/**
 * Children of a page of works, each table in position order, added to their work. Each work's rows are read through
 * the table's primary key (`OFFSET 0` keeps the planner from flattening the lateral subquery into one hash join that
 * scans the whole table for every page: a page's works are scattered, so the planner prefers that scan, which grows
 * with the collection while the page does not). A child row names its work by its place in the page and its columns
 * are the child's own names, so the row itself is the child: no map of ids, no second object per child.
 */
async function addChildren(rows: ExportRow[], query: PageQuery): Promise<void> {
  for (const row of rows) row.creators = row.dimensions = row.inscriptions = NONE;
  // The page's ids as one array literal, written once for the three queries (a uuid needs no quoting in it).
  const ids = `{${rows.map((row) => row.id).join(',')}}`;
  const page = `unnest($1::uuid[]) WITH ORDINALITY AS k(id, n)`;
  const [creators, dimensions, inscriptions]: [Array<CreatorRef & InPage>, Array<Dimension & InPage>, Array<Inscription & InPage>] = await Promise.all([
    query(
      `SELECT k.n::int AS n, c.name, c."birthDate", c."deathDate", c.role
       FROM ${page}
       CROSS JOIN LATERAL (SELECT p.display_name AS name, p.birth_date AS "birthDate", p.death_date AS "deathDate", w.role, w.position
                           FROM work_creator w JOIN person p ON p.id = w.person_id WHERE w.work_id = k.id OFFSET 0) c
       ORDER BY k.n, c.position`,
      [ids],
    ),
    // float8 reads back as the same number as the numeric's text would: the shortest text that rounds to it.
    query(
      `SELECT k.n::int AS n, d.part, d.type, d.value::float8 AS value, d.unit
       FROM ${page} CROSS JOIN LATERAL (SELECT * FROM work_dimension WHERE work_id = k.id OFFSET 0) d
       ORDER BY k.n, d.position`,
      [ids],
    ),
    query(
      `SELECT k.n::int AS n, i.type, i.text, i.script
       FROM ${page} CROSS JOIN LATERAL (SELECT * FROM work_inscription WHERE work_id = k.id OFFSET 0) i
       ORDER BY k.n, i.position`,
      [ids],
    ),
  ]);
  handOut(rows, creators, (row, run) => (row.creators = run));
  handOut(rows, dimensions, (row, run) => (row.dimensions = run));
  handOut(rows, inscriptions, (row, run) => (row.inscriptions = run));
}

/**
 * Gives each work with children its run of them (they come in page order) as an array of its own size: an array grown
 * by `push` holds room for 17, which the garbage collector then copies.
 */
function handOut<Child extends InPage>(rows: ExportRow[], children: Child[], give: (row: ExportRow, run: Child[]) => void): void {
  for (let start = 0, end = 0; start < children.length; start = end) {
    const n = children[start].n;
    while (end < children.length && children[end].n === n) end++;
    give(rows[n - 1], children.slice(start, end));
  }
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

const CHUNK_BYTES = 1 << 16;
/** What one UTF-16 code unit may take in UTF-8. */
const MAX_UTF8_BYTES = 3;

/**
 * Rows in, CSV out in chunks of 64 KB: a chunk per line would cost more to write than to format. Each line is
 * encoded into the chunk as it comes: appending lines to one string would leave a rope of ~40 pieces per line to
 * flatten and encode at the end.
 */
class CsvLines extends Transform {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  constructor() {
    super({ writableObjectMode: true });
    this.append(`\uFEFF${csvLine([...NOTICE_COLUMN_NAMES])}`);
  }

  _transform(row: ExportRow, _encoding: BufferEncoding, done: TransformCallback): void {
    this.append(csvLine(formatNotice(row)));
    done();
  }

  _flush(done: TransformCallback): void {
    this.pushChunk();
    done();
  }

  private append(line: string): void {
    if (this.used + line.length * MAX_UTF8_BYTES > CHUNK_BYTES) {
      this.pushChunk();
      if (line.length * MAX_UTF8_BYTES > CHUNK_BYTES) return void this.push(Buffer.from(line));
    }
    this.used += this.chunk.write(line, this.used);
  }

  private pushChunk(): void {
    if (!this.used) return;
    this.push(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.used = 0;
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
    // Read as empty, filled per page: a row then has its final shape as it is read (adding properties costs more).
    for (const key of ['creators', 'dimensions', 'inscriptions']) qb.addSelect('NULL', key);
    qb.orderBy('w.museum_id').addOrderBy('w.inventory_number');
    const [sql, parameters] = qb.getQueryAndParameters();
    return { rows: new CursorStream<ExportRow>(this.dataSource, sql, parameters, addChildren), lines: new CsvLines() };
  }
}
