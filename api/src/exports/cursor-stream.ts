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
/**
 * Pages asked for ahead of the one being pushed. A page takes four queries, each sent once the previous one's reply
 * is read: with a second page queued, PostgreSQL has the next query to run while Node reads a reply.
 */
const PAGES_AHEAD = 2;

export type PageQuery = (sql: string, parameters: unknown[]) => Promise<any[]>;
/** Completes a fetched page in place before its rows are pushed. */
export type PageCompletion<Row> = (rows: Row[], query: PageQuery) => Promise<void>;

export class CursorStream<Row = unknown> extends Readable {
  private runner: QueryRunner | null = null;
  private reading = false;
  /** The pages after the one being pushed, already asked for, so PostgreSQL reads them while Node writes. */
  private readonly ahead: Array<Promise<Row[]>> = [];
  /** A short page was read: the pages after it are empty, none are asked for. */
  private lastPageRead = false;
  /** The connection's last query: pg runs one at a time per client, and queuing them in pg itself is deprecated. */
  private lastQuery: Promise<unknown> = Promise.resolve();
  /** Set once the stream is destroyed: queries of pages still being read are refused instead of run. */
  private closing = false;

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
      const rows = await (this.ahead.shift() ?? this.fetchPage());
      if (!rows.length) {
        this.push(null);
        return;
      }
      while (!this.lastPageRead && this.ahead.length < PAGES_AHEAD) this.ahead.push(this.prefetch());
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

  /** Runs once the connection's previous query is done. */
  private query: PageQuery = (sql, parameters) => {
    const runner = this.runner;
    const result = this.lastQuery.then(() => {
      if (!runner || this.closing) throw new Error('The export was closed');
      return runner.query(sql, parameters) as Promise<any[]>;
    });
    this.lastQuery = result.catch(() => undefined);
    return result;
  };

  private async fetchPage(): Promise<Row[]> {
    const rows: Row[] = await this.query(`FETCH ${PAGE_ROWS} FROM export_cursor`, []);
    if (rows.length < PAGE_ROWS) this.lastPageRead = true;
    if (rows.length && this.completePage) await this.completePage(rows, this.query);
    return rows;
  }

  /** A page ahead, its failure reported when it is awaited (or never, if the stream is destroyed first). */
  private prefetch(): Promise<Row[]> {
    const page = this.fetchPage();
    page.catch(() => undefined);
    return page;
  }

  override async _destroy(error: Error | null, callback: (error?: Error | null) => void): Promise<void> {
    const runner = this.runner;
    this.runner = null;
    this.closing = true;
    try {
      if (runner && !runner.isReleased) {
        // After the query in flight, if any; those queued behind it are refused.
        await this.lastQuery.then(() => runner.query('ROLLBACK')).catch(() => undefined);
        await runner.release();
      }
    } finally {
      callback(error);
    }
  }
}
