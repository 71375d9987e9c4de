/**
 * The works list as CSV, in the columns the import reads (an export imports back unchanged): the filter is the
 * list's own, rows come in museum and inventory number order, and PostgreSQL writes the whole file but its first
 * line (`COPY … TO STDOUT`, see works-export.sql.ts), which Node passes along.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { csvLine, NOTICE_COLUMN_NAMES } from '@oc/domain';
import { WorkFilterDto } from '../works/work.dto';
import { filterConditions, selectWorks } from '../works/works.repository';
import { copyOut, type CopyOut } from './copy-out';
import { inlineParameters } from './sql-literal';
import { worksExportQuery } from './works-export.sql';

/**
 * UTF-8 with a BOM (spreadsheets then read it as UTF-8), `;`-separated. PostgreSQL ends its lines with LF where
 * csvLine writes CRLF, and a reader takes the line end of the whole file from its first line (csv-parse does): the
 * header ends with LF too. Our reader and csv-parse accept either.
 */
const HEAD = `\uFEFF${csvLine(NOTICE_COLUMN_NAMES).replace(/\r\n$/, '\n')}`;

/**
 * Compiling the plan (JIT) costs seconds on a whole collection and never paid off here. Parallel workers (the
 * server's default) stay: no row goes out before the final sort has them all, so they aggregate the children while
 * Node has nothing to stream (a whole collection: median 4.6 s with them, 6.0 s without, five runs each). With the
 * default 4 MB of work_mem a whole collection's children are merge-joined, about 15 % slower than the hash joins
 * 64 MB allows; 128 MB (the final sort in memory too) measured no better.
 */
const SETTINGS = ['SET LOCAL jit = off', `SET LOCAL work_mem = '64MB'`];

@Injectable()
export class WorksExportService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The CSV of the works the filter selects; rejects if PostgreSQL fails before the first row, or on `signal`. */
  async open(filter: WorkFilterDto, signal?: AbortSignal): Promise<CopyOut> {
    const params: unknown[] = [];
    const conditions = filterConditions(filter, params);
    // COPY takes no bind parameters: the filter's values are written into the statement as literals.
    const selection = conditions.length ? inlineParameters(selectWorks('w.id', conditions), params) : null;
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    return copyOut(pool, worksExportQuery(selection), SETTINGS, HEAD, signal);
  }
}
