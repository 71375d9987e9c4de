/** Queue names and the typed payload of every job (DESIGN.md §7). Payloads carry ids only; handlers re-read state. */
export const QUEUES = ['media', 'packages', 'portal', 'commons', 'scheduler'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface JobPayloads {
  'scheduler.publish-due': Record<string, never>;
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUE: Record<JobName, QueueName> = {
  'scheduler.publish-due': 'scheduler',
};

export function isQueueName(value: string): value is QueueName {
  return (QUEUES as readonly string[]).includes(value);
}
