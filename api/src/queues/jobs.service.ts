/**
 * What admins do with jobs: see counts per queue, list jobs by state with their error and the work they concern,
 * retry, remove, retry every failed job, pause and resume a queue.
 */
import { getQueueToken } from '@nestjs/bullmq';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Job, JobType, Queue } from 'bullmq';
import { isQueueName, QUEUES, type QueueName } from '@oc/jobs';
import type { ListResult } from '../common/list-query';

export const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'paused', 'prioritized', 'waiting-children'] as const;
export type JobState = (typeof JOB_STATES)[number];
const COUNTED: JobType[] = ['waiting', 'active', 'delayed', 'failed', 'completed', 'paused'];

export interface JobView {
  id: string;
  queue: QueueName;
  jobId: string;
  name: string;
  state: string;
  workId: string | null;
  data: unknown;
  progress: unknown;
  attemptsMade: number;
  failedReason: string | null;
  stacktrace: string[];
  returnValue: unknown;
  createdAt: string;
  processedAt: string | null;
  finishedAt: string | null;
}

export interface QueueView {
  id: QueueName;
  name: QueueName;
  paused: boolean;
  counts: Record<string, number>;
}

const iso = (ms: number | undefined) => (ms ? new Date(ms).toISOString() : null);

@Injectable()
export class JobsService {
  constructor(
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  queue(name: string): Queue {
    if (!isQueueName(name)) throw new NotFoundException(`No queue named "${name}"; queues: ${QUEUES.join(', ')}`);
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  async queues(): Promise<QueueView[]> {
    return Promise.all(
      QUEUES.map(async (name) => {
        const queue = this.queue(name);
        const [paused, counts] = await Promise.all([queue.isPaused(), queue.getJobCounts(...COUNTED)]);
        return { id: name, name, paused, counts };
      }),
    );
  }

  async list(queues: QueueName[], states: JobState[], offset: number, limit: number): Promise<ListResult<JobView>> {
    // Across queues, pages are cut after merging by creation time; fine for the handful of queues we have.
    const perQueue = await Promise.all(
      queues.map(async (name) => {
        const queue = this.queue(name);
        const [jobs, total] = await Promise.all([
          queue.getJobs(states as JobType[], 0, offset + limit - 1, false),
          queue.getJobCountByTypes(...(states as JobType[])),
        ]);
        return { jobs, total };
      }),
    );
    const all = perQueue.flatMap((q) => q.jobs).filter((j): j is Job => !!j).sort((a, b) => b.timestamp - a.timestamp);
    const page = all.slice(offset, offset + limit);
    const works = await this.worksOfMedia(page);
    return { rows: await Promise.all(page.map((job) => this.view(job, works))), total: perQueue.reduce((sum, q) => sum + q.total, 0) };
  }

  async get(id: string): Promise<JobView> {
    const job = await this.job(id);
    return this.view(job, await this.worksOfMedia([job]));
  }

  /** Image jobs carry a media id; the admin links a job to its work, so look the works up in one query. */
  private async worksOfMedia(jobs: Job[]): Promise<Map<string, string>> {
    const mediaIds = jobs.map((j) => (j.data as { mediaId?: unknown })?.mediaId).filter((id): id is string => typeof id === 'string');
    if (!mediaIds.length) return new Map();
    const rows: Array<{ id: string; work_id: string }> = await this.dataSource.query('SELECT id, work_id FROM media WHERE id = ANY($1::uuid[])', [mediaIds]);
    return new Map(rows.map((r) => [r.id, r.work_id]));
  }

  async retry(id: string): Promise<JobView> {
    const job = await this.job(id);
    const state = await job.getState();
    if (state !== 'failed' && state !== 'completed') throw new ConflictException(`Job ${id} is ${state}; only failed or completed jobs can be retried`);
    await job.retry(state);
    return this.view(job);
  }

  async remove(id: string): Promise<JobView> {
    const job = await this.job(id);
    const view = await this.view(job);
    if (view.state === 'active') throw new ConflictException(`Job ${id} is running; wait for it to finish or fail`);
    await job.remove();
    return view;
  }

  async retryAllFailed(name: string): Promise<{ queue: string; retried: number }> {
    const queue = this.queue(name);
    const retried = await queue.getJobCountByTypes('failed');
    await queue.retryJobs({ state: 'failed', count: 1000 });
    return { queue: name, retried };
  }

  async setPaused(name: string, paused: boolean): Promise<QueueView> {
    const queue = this.queue(name);
    if (paused) await queue.pause();
    else await queue.resume();
    return (await this.queues()).find((q) => q.name === name) as QueueView;
  }

  private async job(id: string): Promise<Job> {
    const separator = id.indexOf(':');
    if (separator < 1) throw new BadRequestException({ message: 'A job id looks like "<queue>:<job id>"', errors: { id: 'must look like <queue>:<job id>' } });
    const job = await this.queue(id.slice(0, separator)).getJob(id.slice(separator + 1));
    if (!job) throw new NotFoundException(`Job ${id} not found (it may have been removed)`);
    return job;
  }

  private async view(job: Job, worksOfMedia: Map<string, string> = new Map()): Promise<JobView> {
    const data = job.data as { workId?: unknown; mediaId?: unknown };
    return {
      id: `${job.queueName}:${job.id}`,
      queue: job.queueName as QueueName,
      jobId: String(job.id),
      name: job.name,
      state: await job.getState(),
      workId: typeof data?.workId === 'string' ? data.workId : ((typeof data?.mediaId === 'string' && worksOfMedia.get(data.mediaId)) || null),
      data: job.data,
      progress: job.progress,
      attemptsMade: job.attemptsMade,
      failedReason: job.failedReason ?? null,
      stacktrace: job.stacktrace ?? [],
      returnValue: job.returnvalue ?? null,
      createdAt: new Date(job.timestamp).toISOString(),
      processedAt: iso(job.processedOn),
      finishedAt: iso(job.finishedOn),
    };
  }
}
