/** Consumes the `packages` queue: Open Content download packages, one class per job as for media. */
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import type { JobPayloads } from '@oc/jobs';
import { buildPackage, type JobOutcome, type MediaStorage } from '@oc/media';
import { MEDIA_STORAGE, MEDIA_WORKER_CONFIG, type MediaWorkerConfig } from '../media/media.config';
import { assertOneHandlerPerJob, JobHandlers, runHandler } from '../media/queue-handlers';

@Injectable()
export class BuildPackageJob {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
  ) {}

  handle(payload: JobPayloads['packages.build']): Promise<JobOutcome> {
    return buildPackage(this.dataSource, this.storage, payload.workId);
  }
}

@Processor('packages')
export class PackagesProcessor extends WorkerHost implements OnModuleInit, OnApplicationBootstrap {
  private readonly handlers: JobHandlers<'packages.build'>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MEDIA_WORKER_CONFIG) private readonly config: MediaWorkerConfig,
    build: BuildPackageJob,
  ) {
    super();
    this.handlers = { 'packages.build': (payload) => build.handle(payload) };
  }

  onModuleInit(): void {
    assertOneHandlerPerJob('packages', this.handlers);
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.PACKAGES_CONCURRENCY;
  }

  process(job: Job): Promise<JobOutcome> {
    return runHandler(this.dataSource, this.handlers, job);
  }
}
