/**
 * A query's rows as a readable stream through a PostgreSQL cursor on a connection of its own: rows are fetched a
 * page at a time only when the reader wants more, so memory stays flat however many rows there are and a slow
 * client slows the query instead of filling the heap. The cursor lives in a read-only REPEATABLE READ transaction:
 * the export is one consistent snapshot. Each page may be completed by further queries in that snapshot (a page's
 * children in one query per table cost far less than a correlated subquery per row).
 */
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DataSource, QueryRunner } from 'typeorm';

const PAGE_ROWS = 2000;
/**
 * Rows pushed in one go. The next page is read while this one is pushed (and written), but each of its queries is
 * sent only when the event loop comes round to the previous reply: pushing a page by slices lets it come round.
 */
const SLICE_ROWS = 200;

export type PageQuery = (sql: string, parameters: unknown[]) => Promise<any[]>;
/** Completes a fetched page in place before its rows are pushed. */
export type PageCompletion<Row> = (rows: Row[], query: PageQuery) => Promise<void>;

export class CursorStream<Row = unknown> extends Readable {
  private runner: QueryRunner | null = null;
  private reading = false;
  /** The page after the one being pushed, already asked for, so PostgreSQL reads it while Node writes. */
  private nextPage: Promise<Row[]> | null = null;

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
    if (this.reading || !this.runner) return;
    this.reading = true;
    try {
      const rows = await (this.nextPage ?? this.fetchPage(this.runner));
      this.nextPage = null;
      if (!rows.length) {
        this.push(null);
        return;
      }
      if (rows.length === PAGE_ROWS) this.nextPage = this.prefetch(this.runner);
      for (let start = 0; ; start += SLICE_ROWS) {
        const end = Math.min(start + SLICE_ROWS, rows.length);
        // Cleared before the last slice: its pushes are what make the stream ask for the next page.
        if (end === rows.length) this.reading = false;
        for (let i = start; i < end; i++) this.push(rows[i]);
        if (end === rows.length) return;
        await nextTurn();
        if (this.destroyed) return;
      }
    } catch (error) {
      this.reading = false;
      this.destroy(error as Error);
    }
  }

  private async fetchPage(runner: QueryRunner): Promise<Row[]> {
    const rows: Row[] = await runner.query(`FETCH ${PAGE_ROWS} FROM export_cursor`);
    if (rows.length && this.completePage) await this.completePage(rows, (sql, parameters) => runner.query(sql, parameters));
    return rows;
  }

  /** The next page, its failure reported when it is awaited (or never, if the stream is destroyed first). */
  private prefetch(runner: QueryRunner): Promise<Row[]> {
    const page = this.fetchPage(runner);
    page.catch(() => undefined);
    return page;
  }

  override async _destroy(error: Error | null, callback: (error?: Error | null) => void): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    try {
      if (runner && !runner.isReleased) {
        // Queued behind a page still being read, if any.
        await runner.query('ROLLBACK').catch(() => undefined);
        await runner.release();
      }
    } finally {
      callback(error);
    }
  }
}
