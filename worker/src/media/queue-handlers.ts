/**
 * Dispatch shared by the media and packages processors: every job name routed to a queue has exactly one handler
 * (checked when the worker starts), bad input fails at once with UnrecoverableError, anything else is left to
 * BullMQ's retries with backoff — and an image whose last attempt failed says so on its row.
 */
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import type { DataSource } from 'typeorm';
import { JOB_QUEUE, type JobName, type JobPayloads, type QueueName } from '@oc/jobs';
import { InvalidImage, markMediaFailed, type JobOutcome } from '@oc/media';

/** Handlers for the named jobs, each typed by its payload; which names belong to a queue is checked at start. */
export type JobHandlers<N extends JobName> = { [K in N]: (payload: JobPayloads[K], job: Job) => Promise<JobOutcome> };

export function assertOneHandlerPerJob(queue: QueueName, handlers: Record<string, unknown>): void {
  const expected = (Object.keys(JOB_QUEUE) as JobName[]).filter((name) => JOB_QUEUE[name] === queue);
  const missing = expected.filter((name) => !handlers[name]);
  const extra = Object.keys(handlers).filter((name) => !expected.includes(name as JobName));
  if (missing.length || extra.length) {
    throw new Error(`Queue "${queue}": ${missing.length ? `no handler for ${missing.join(', ')}` : ''}${extra.length ? ` handlers for unknown jobs ${extra.join(', ')}` : ''}`);
  }
}

export async function runHandler(dataSource: DataSource, handlers: Record<string, (payload: any, job: Job) => Promise<JobOutcome>>, job: Job): Promise<JobOutcome> {
  const handler = handlers[job.name];
  if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${job.queueName}"`);
  try {
    return await handler(job.data, job);
  } catch (error) {
    if (error instanceof InvalidImage) throw new UnrecoverableError(error.message);
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (lastAttempt && job.name === 'media.render') {
      const message = error instanceof Error ? error.message : String(error);
      await markMediaFailed(dataSource, job.data.mediaId, `Rendering failed after ${job.attemptsMade + 1} attempt(s): ${message}`);
    }
    throw error;
  }
}
