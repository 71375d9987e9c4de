/**
 * Dispatch shared by the `portal` and `commons` processors: each job name of the queue has exactly one handler
 * (checked at start); a target's refusal (PublicationRefused: 4xx, ineligible work) becomes BullMQ's
 * UnrecoverableError so it is not retried; anything else is thrown as is and retried with exponential backoff.
 */
import { Job, UnrecoverableError } from 'bullmq';
import { PublicationRefused, type PushResult } from '@oc/connectors';
import { JOB_QUEUE, type JobName, type JobPayloads, type QueueName } from '@oc/jobs';

export type PublicationHandlers<N extends JobName> = { [K in N]: (payload: JobPayloads[K], job: Job) => Promise<PushResult> };

export function assertHandlersFor(queue: QueueName, handlers: Record<string, unknown>): void {
  const expected = (Object.keys(JOB_QUEUE) as JobName[]).filter((name) => JOB_QUEUE[name] === queue).sort();
  const given = Object.keys(handlers).sort();
  if (expected.join() !== given.join()) throw new Error(`Queue "${queue}" expects handlers for ${expected.join(', ')}, has ${given.join(', ')}`);
}

export async function dispatchPublicationJob(handlers: Record<string, (payload: any, job: Job) => Promise<PushResult>>, job: Job): Promise<PushResult> {
  const handler = handlers[job.name];
  if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}" on queue "${job.queueName}"`);
  try {
    return await handler(job.data, job);
  } catch (error) {
    if (error instanceof PublicationRefused) throw new UnrecoverableError(error.message);
    throw error;
  }
}
