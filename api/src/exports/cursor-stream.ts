/**
 * A query's rows as a readable stream through a PostgreSQL cursor on a connection of its own: rows are fetched a
 * page at a time only when the reader wants more, so memory stays flat however many rows there are and a slow
 * client slows the query instead of filling the heap. The cursor lives in a read-only REPEATABLE READ transaction:
 * the export is one consistent snapshot. Each page may be completed by further queries in that snapshot (a page's
 * children in one query per table cost far less than a correlated subquery per row).
 */
import { Readable } from 'node:stream';
import type { DataSource, QueryRunner } from 'typeorm';

const PAGE_ROWS = 2000;

export type PageQuery = (sql: string, parameters: unknown[]) => Promise<any[]>;
/** Completes a fetched page in place before its rows are pushed. */
export type PageCompletion<Row> = (rows: Row[], query: PageQuery) => Promise<void>;

export class CursorStream<Row = unknown> extends Readable {
  private runner: QueryRunner | null = null;
  private fetching = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sql: string,
    private readonly parameters: unknown[],
    private readonly completePage?: PageCompletion<Row>,
  ) {
    super({ objectMode: true, highWaterMark: PAGE_ROWS });
  }

  override async _construct(callback: (error?: Error | null) => void): Promise<void> {
    try {
      this.runner = this.dataSource.createQueryRunner('slave');
      await this.runner.connect();
      await this.runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // A cursor's rows are used as they come: compiling the plan (JIT, seconds on a large table) never pays off.
      await this.runner.query('SET LOCAL jit = off');
      await this.runner.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${this.sql}`, this.parameters);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override async _read(): Promise<void> {
    if (this.fetching || !this.runner) return;
    this.fetching = true;
    try {
      const runner = this.runner;
      const rows: Row[] = await runner.query(`FETCH ${PAGE_ROWS} FROM export_cursor`);
      if (rows.length && this.completePage) await this.completePage(rows, (sql, parameters) => runner.query(sql, parameters));
      this.fetching = false;
      if (!rows.length) {
        this.push(null);
        return;
      }
      for (const row of rows) this.push(row);
    } catch (error) {
      this.fetching = false;
      this.destroy(error as Error);
    }
  }

  override async _destroy(error: Error | null, callback: (error?: Error | null) => void): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    try {
      if (runner && !runner.isReleased) {
        await runner.query('ROLLBACK').catch(() => undefined);
        await runner.release();
      }
    } finally {
      callback(error);
    }
  }
}
