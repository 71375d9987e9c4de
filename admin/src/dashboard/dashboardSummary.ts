/** `GET /api/dashboard`: the admin home page's figures. */
import type { QueueRecord } from '../jobs/jobRecord';

export interface ScheduledPublication {
  id: string;
  titleFr: string;
  inventoryNumber: string;
  publishAt: string;
}

export interface DashboardSummary {
  worksByState: Record<string, number>;
  /** Keyed by rights status, and `undecided` for works with no decision yet. */
  worksByRights: Record<string, number>;
  failedJobs: number;
  queues: QueueRecord[];
  scheduledToday: ScheduledPublication[];
}
