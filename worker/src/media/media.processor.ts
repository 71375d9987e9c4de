/** Consumes the `media` queue (derivatives, rights enforcement, purge) with MEDIA_CONCURRENCY jobs at a time. */
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import type { JobOutcome } from '@oc/media';
import { MEDIA_WORKER_CONFIG, type MediaWorkerConfig } from './media.config';
import { EnforceRightsJob, PurgeMediaJob, RenderMediaJob } from './media.jobs';
import { assertOneHandlerPerJob, JobHandlers, runHandler } from './queue-handlers';

@Processor('media')
export class MediaProcessor extends WorkerHost implements OnModuleInit, OnApplicationBootstrap {
  private readonly handlers: JobHandlers<'media.render' | 'media.enforce-rights' | 'media.purge'>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEDIA_WORKER_CONFIG) private readonly config: MediaWorkerConfig,
    render: RenderMediaJob,
    enforceRights: EnforceRightsJob,
    purge: PurgeMediaJob,
  ) {
    super();
    this.handlers = {
      'media.render': (payload, job) => render.handle(payload, job),
      'media.enforce-rights': (payload) => enforceRights.handle(payload),
      'media.purge': (payload) => purge.handle(payload),
    };
  }

  onModuleInit(): void {
    assertOneHandlerPerJob('media', this.handlers);
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.MEDIA_CONCURRENCY;
  }

  process(job: Job): Promise<JobOutcome> {
    return runHandler(this.dataSource, this.handlers, job);
  }
}
