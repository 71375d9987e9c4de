/**
 * A query's rows as a readable stream through a PostgreSQL cursor on a connection of its own: rows are fetched a
 * page at a time only when the reader wants more, so memory stays flat however many rows there are and a slow
 * client slows the query instead of filling the heap. The cursor lives in a read-only REPEATABLE READ transaction:
 * the export is one consistent snapshot. Each page may be completed by further queries in that snapshot (a page's
 * children in one query per table cost far less than a correlated subquery per row), run on whichever of two
 * connections in that snapshot has less to do: PostgreSQL then reads a page's children while it fetches the next.
 */
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DataSource, QueryRunner } from 'typeorm';

const PAGE_ROWS = 2000;
/**
 * Rows pushed in one go. The next pages are read while this one is pushed (and written), but each of their queries
 * is sent only when the event loop comes round to the previous reply: pushing a page by slices lets it come round.
 */
const SLICE_ROWS = 200;
/** Pages asked for ahead of the one being pushed: while Node reads a reply, PostgreSQL has the next query to run. */
const PAGES_AHEAD = 2;

export type PageQuery = (sql: string, parameters: unknown[]) => Promise<any[]>;
/** Completes a fetched page in place before its rows are pushed; queries made together run side by side. */
export type PageCompletion<Row> = (rows: Row[], query: PageQuery) => Promise<void>;

/** A connection in the export's read-only snapshot, its queries one after another (queuing them in pg is deprecated). */
class SnapshotConnection {
  private last: Promise<unknown> = Promise.resolve();
  /** Queries sent or waiting. */
  pending = 0;
  /** Set on close: queries of pages still being read are refused instead of run. */
  private closing = false;

  private constructor(private readonly runner: QueryRunner) {}

  /** Opens the transaction, in the snapshot another connection exported if one is given. */
  static async open(dataSource: DataSource, snapshot?: string): Promise<SnapshotConnection> {
    const runner = dataSource.createQueryRunner('slave');
    await runner.connect();
    try {
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      if (snapshot) await runner.query(`SET TRANSACTION SNAPSHOT '${snapshot.replace(/'/g, "''")}'`);
      // Pages are read as they come: compiling a plan (JIT, seconds on a large table) never pays off.
      await runner.query('SET LOCAL jit = off');
      return new SnapshotConnection(runner);
    } catch (error) {
      await runner.release();
      throw error;
    }
  }

  /** Runs once the connection's previous query is done. */
  query: PageQuery = (sql, parameters) => {
    this.pending++;
    const result = this.last.then(() => {
      if (this.closing) throw new Error('The export was closed');
      return this.runner.query(sql, parameters) as Promise<any[]>;
    });
    this.last = result.catch(() => undefined).finally(() => this.pending--);
    return result;
  };

  /** Ends the transaction after the query in flight, if any, and gives the connection back. */
  async close(): Promise<void> {
    this.closing = true;
    await this.last.then(() => this.runner.query('ROLLBACK')).catch(() => undefined);
    await this.runner.release();
  }
}

export class CursorStream<Row = unknown> extends Readable {
  private cursor: SnapshotConnection | null = null;
  private children: SnapshotConnection | null = null;
  private reading = false;
  /** The pages after the one being pushed, already asked for, so PostgreSQL reads them while Node writes. */
  private readonly ahead: Array<Promise<Row[]>> = [];
  /** A short page was read: the pages after it are empty, none are asked for. */
  private lastPageRead = false;

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
      this.cursor = await SnapshotConnection.open(this.dataSource);
      await this.cursor.query(`DECLARE export_cursor NO SCROLL CURSOR FOR ${this.sql}`, this.parameters);
      if (this.completePage) {
        const [{ snapshot }] = await this.cursor.query('SELECT pg_export_snapshot() AS snapshot', []);
        this.children = await SnapshotConnection.open(this.dataSource, snapshot);
      }
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override async _read(): Promise<void> {
    if (this.reading || !this.cursor) return;
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

  private async fetchPage(): Promise<Row[]> {
    const { cursor, children } = this;
    if (!cursor) throw new Error('The export was closed');
    const rows: Row[] = await cursor.query(`FETCH ${PAGE_ROWS} FROM export_cursor`, []);
    if (rows.length < PAGE_ROWS) this.lastPageRead = true;
    if (rows.length && this.completePage && children) await this.completePage(rows, (sql, parameters) => (children.pending <= cursor.pending ? children : cursor).query(sql, parameters));
    return rows;
  }

  /** A page ahead, its failure reported when it is awaited (or never, if the stream is destroyed first). */
  private prefetch(): Promise<Row[]> {
    const page = this.fetchPage();
    page.catch(() => undefined);
    return page;
  }

  override async _destroy(error: Error | null, callback: (error?: Error | null) => void): Promise<void> {
    const connections = [this.cursor, this.children];
    this.cursor = this.children = null;
    try {
      await Promise.all(connections.map((connection) => connection?.close()));
    } finally {
      callback(error);
    }
  }
}
