/**
 * Moves outbox rows (written in the same transaction as the change that caused them) to BullMQ. The job id is the
 * outbox id, so a row relayed twice (crash between add and mark) is still one job; a row whose queue is down stays
 * pending and is retried on the next pass, so nothing is lost while Redis is away.
 */
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { DEFAULT_JOB_OPTIONS, isQueueName, type QueueName } from './queues';

export interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  payload: Record<string, unknown>;
}

export interface RelayResult {
  sent: number;
  failed: number;
}

export class OutboxRelay {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queueFor: (name: QueueName) => Queue,
    private readonly batchSize = 100,
  ) {}

  async relayOnce(): Promise<RelayResult> {
    return this.dataSource.transaction(async (manager) => {
      // SKIP LOCKED lets several workers relay side by side without taking the same rows.
      const rows: OutboxRow[] = await manager.query(
        `SELECT id, queue, job_name, payload FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      let sent = 0;
      let failed = 0;
      for (const row of rows) {
        try {
          if (!isQueueName(row.queue)) throw new Error(`unknown queue "${row.queue}"`);
          await this.queueFor(row.queue).add(row.job_name, row.payload, { ...DEFAULT_JOB_OPTIONS, jobId: `outbox-${row.id}` });
          await manager.query('UPDATE outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1', [row.id]);
          sent++;
        } catch (error) {
          await manager.query('UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [
            row.id,
            error instanceof Error ? error.message : String(error),
          ]);
          failed++;
        }
      }
      return { sent, failed };
    });
  }
}
