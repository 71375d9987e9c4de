/** The job queues as the API shows them to admins (`/api/queues`, `/api/jobs`, DESIGN.md §7). */

/** How often the Jobs page reads the queues again: jobs move on their own. */
export const JOBS_REFRESH_MS = 3000;

export const JOB_COUNTS = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type JobCount = (typeof JOB_COUNTS)[number];

export interface QueueRecord {
  id: string;
  name: string;
  paused: boolean;
  counts: Partial<Record<JobCount | 'paused', number>>;
}

export interface JobRecord {
  /** `<queue>:<job id>`. */
  id: string;
  queue: string;
  name: string;
  state: string;
  /** The work the job concerns, when its payload names one. */
  workId: string | null;
  data: { mediaId?: string } & Record<string, unknown>;
  attemptsMade: number;
  failedReason: string | null;
  /** One per failed attempt. */
  stacktrace: string[];
  createdAt: string;
  finishedAt: string | null;
}
