/**
 * Moves outbox rows (written in the same transaction as the change that caused them) to BullMQ. The job id is made
 * from the row (outboxJobId), so a row relayed twice (crash between add and mark) is still one job; a row whose queue
 * is down stays pending and is retried on the next pass, so nothing is lost while Redis is away.
 */
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { DEFAULT_JOB_OPTIONS, isQueueName, type QueueName } from './queues';

export interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  payload: Record<string, unknown>;
  /** created_at in microseconds since the epoch. */
  stamp: string;
}

/**
 * The outbox id alone is not enough: after a database is reset (or when two databases share a Redis), ids start
 * again at 1, and BullMQ silently drops a job whose id it still holds (completed jobs are kept for a week), so the
 * new rows' jobs never ran. The row's creation time, to the microsecond, tells them apart.
 */
/** SQL for an outbox row's `stamp` (see OutboxRow), from `created_at`. */
export const OUTBOX_STAMP_SQL = '(extract(epoch FROM created_at) * 1000000)::bigint::text';

export function outboxJobId(row: Pick<OutboxRow, 'id' | 'stamp'>): string {
  return `outbox-${row.id}-${row.stamp}`;
}

export interface RelayResult {
  sent: number;
  failed: number;
  /** Whether the pass took a full batch: more rows may be waiting, so the caller should pass again at once. */
  full: boolean;
}

export class OutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queueFor: (name: QueueName) => Queue,
    private readonly batchSize = 500,
  ) {}

  async relayOnce(): Promise<RelayResult> {
    return this.dataSource.transaction(async (manager) => {
      // SKIP LOCKED lets several workers relay side by side without taking the same rows.
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, queue, job_name, payload, ${OUTBOX_STAMP_SQL} AS stamp
         FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      const byQueue = new Map<QueueName, OutboxRow[]>();
      const errors = new Map<string, string[]>();
      const keep = (message: string, ids: string[]) => errors.set(message, [...(errors.get(message) ?? []), ...ids]);
      for (const row of rows) {
        if (isQueueName(row.queue)) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
        else keep(`unknown queue "${row.queue}"`, [row.id]);
      }
      const sentIds: string[] = [];
      // One pipelined call per queue; a queue that is down keeps its rows for the next pass, the others go on.
      for (const [queue, queued] of byQueue) {
        try {
          await this.queueFor(queue).addBulk(queued.map((row) => ({ name: row.job_name, data: row.payload, opts: { ...DEFAULT_JOB_OPTIONS, jobId: outboxJobId(row) } })));
          sentIds.push(...queued.map((row) => row.id));
        } catch (error) {
          keep(error instanceof Error ? error.message : String(error), queued.map((row) => row.id));
        }
      }
      if (sentIds.length) {
        await manager.query('UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = ANY($1::bigint[])', [sentIds]);
      }
      for (const [message, ids] of errors) {
        await manager.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])', [ids, message]);
      }
      return { sent: sentIds.length, failed: rows.length - sentIds.length, full: rows.length === this.batchSize };
    });
  }
}
