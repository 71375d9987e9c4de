/**
 * Consumes the `scheduler` queue, and registers the every-minute job scheduler at start (an upsert, so N workers
 * still make one schedule). On-demand runs arrive as ordinary jobs on the same queue.
 */
import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap } from '@nestjs/common';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { WORKER_CONFIG, type WorkerConfig } from '../config';
import { PublishDueJob } from './publish-due.job';

@Processor('scheduler')
export class SchedulerProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectQueue('scheduler') private readonly queue: Queue,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    private readonly publishDue: PublishDueJob,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler('publish-due', { every: this.config.SCHEDULER_EVERY_MS }, { name: 'scheduler.publish-due', data: {} });
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === 'scheduler.publish-due') return this.publishDue.handle(job.data);
    throw new UnrecoverableError(`No handler for job "${job.name}" on the scheduler queue`);
  }
}
