/** Queue names and the typed payload of every job (DESIGN.md §7). Payloads carry ids only; handlers re-read state. */
export const QUEUES = ['media', 'packages', 'portal', 'commons', 'scheduler', 'imports'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface JobPayloads {
  /** Moves due scheduled works to publishing (repeated every minute, and on demand). */
  'scheduler.publish-due': Record<string, never>;
  /** Pushes (or re-pushes) a work's notice and allowed images to the portal. */
  'portal.push': { workId: string };
  /** Removes a withdrawn work from the portal. */
  'portal.withdraw': { workId: string };
  /** Uploads a work's HD image and description to Wikimedia Commons, or edits the description page. */
  'commons.push': { workId: string };
  /** Deletes the HD image, tiles and package of a work that is no longer Open Content. */
  'media.enforce-rights': { workId: string };
  /** Renders an image's derivatives (thumb, web, lowdef; HD and tiles for Open Content works) from its original. */
  'media.render': { mediaId: string };
  /** Builds (or rebuilds, or removes) the Open Content download package of a work. */
  'packages.build': { workId: string };
  /** Removes a deleted image's original and derivatives from storage. */
  'media.purge': { mediaId: string };
  /** Runs an uploaded CSV import of notices (upsert by museum + inventory number, per-row report). */
  'imports.run': { importId: string };
}

export type JobName = keyof JobPayloads;

export const JOB_QUEUE: { [name in JobName]: QueueName } = {
  'scheduler.publish-due': 'scheduler',
  'portal.push': 'portal',
  'portal.withdraw': 'portal',
  'commons.push': 'commons',
  'media.enforce-rights': 'media',
  'media.render': 'media',
  'packages.build': 'packages',
  'media.purge': 'media',
  'imports.run': 'imports',
};

/**
 * Options of every job the outbox relay hands to BullMQ: transient failures retry with exponential backoff (bad
 * input is thrown as UnrecoverableError by the handler and never retried); finished jobs are kept a while for the
 * admin's job list.
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 5000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;

export function isQueueName(value: string): value is QueueName {
  return (QUEUES as readonly string[]).includes(value);
}
