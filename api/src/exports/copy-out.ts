/**
 * A query's rows as `;`-separated CSV that PostgreSQL writes itself (`COPY (…) TO STDOUT`), streamed from a pooled
 * connection of its own in a read-only transaction. pg-copy-streams stops reading the socket while the reader is
 * behind, so a slow client slows the statement down instead of filling the heap.
 */
import { once } from 'node:events';
import { finished, type Readable } from 'node:stream';
import type { Pool, PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { QueryFailedError } from 'typeorm';

/** node-postgres keeps the backend's process id from the start of the connection (BackendKeyData); its types omit it. */
const backendPid = (client: PoolClient) => (client as PoolClient & { processID: number }).processID;

export interface CopyOut {
  /** `head`, then PostgreSQL's bytes. */
  body: Readable;
  /** Settles once the connection is back in the pool: the rows copied, or null when the copy did not finish. */
  copied: Promise<number | null>;
}

/**
 * Starts the copy, `settings` (`SET LOCAL …`) first. Resolves once PostgreSQL has sent its first bytes (or ended),
 * so a statement that fails before any row rejects, and the caller can still answer with an error; `head` goes out
 * with those first bytes. `signal` aborts the wait for them (the client went away): the statement is cancelled then,
 * rather than when it first writes, which for a whole collection comes after seconds of joins and sorting.
 */
export async function copyOut(pool: Pool, query: string, settings: readonly string[], head: string, signal?: AbortSignal): Promise<CopyOut> {
  const client = await pool.connect();
  let settle!: (rows: number | null) => void;
  const copied = new Promise<number | null>((resolve) => (settle = resolve));
  let copy: ReturnType<typeof copyTo> | undefined;
  let released = false;
  // An error leaves the connection in the middle of the protocol: the pool then closes it, and PostgreSQL ends the
  // backend and rolls its transaction back. That is also how a copy the reader gave up on is stopped.
  const release = (error?: Error) => {
    if (released) return;
    released = true;
    client.off('error', release);
    client.release(error);
    settle(error ? null : copy?.rowCount ?? null);
  };
  client.on('error', release);
  try {
    await client.query(['BEGIN READ ONLY', ...settings].join('; '));
    copy = client.query(copyTo(`COPY (${query}) TO STDOUT WITH (FORMAT csv, DELIMITER ';')`));
    // Waits without reading: the first bytes stay in the stream, `head` is put before them.
    await once(copy, 'readable', { signal });
  } catch (error) {
    const gone = signal?.aborted ?? false;
    if (gone) {
      // The copy now fails as asked (cancelled, then its connection closed): nobody waits for those errors any more.
      copy?.on('error', () => undefined);
      // A backend busy joining and sorting reads nothing from its socket, so closing the connection alone would not stop it.
      await pool.query('SELECT pg_cancel_backend($1)', [backendPid(client)]).catch(() => undefined);
    }
    release(error as Error);
    // Else wrapped as TypeORM wraps its own queries' errors, so the error filter answers as it does for those.
    throw gone ? error : new QueryFailedError(query, [], error as Error);
  }
  const body = copy;
  body.unshift(Buffer.from(head));
  finished(body, (error) => {
    if (error) return release(error);
    // pg sends COMMIT once the copy's command is complete: nothing to commit, but the connection goes back to the
    // pool with no transaction open.
    client.query('COMMIT').then(() => release(), release);
  });
  return { body, copied };
}
