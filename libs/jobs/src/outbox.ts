/**
 * The producer used by the API and the worker: a job request is an outbox row written with the caller's
 * EntityManager, in the same transaction as the change that causes it; the worker's relay hands it to BullMQ.
 */
import type { EntityManager } from 'typeorm';
import { JOB_QUEUE, type JobName, type JobPayloads } from './queues';

export async function enqueue<N extends JobName>(manager: EntityManager, name: N, payload: JobPayloads[N]): Promise<void> {
  await manager.query('INSERT INTO outbox (queue, job_name, payload) VALUES ($1, $2, $3)', [JOB_QUEUE[name], name, payload]);
}
