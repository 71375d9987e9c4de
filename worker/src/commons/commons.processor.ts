/** Consumes the `commons` queue, COMMONS_CONCURRENCY uploads at a time (Commons asks bots to go gently). */
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { PushResult } from '@oc/connectors';
import { assertHandlersFor, dispatchPublicationJob, type PublicationHandlers } from '../publications/publication-dispatch';
import { COMMONS_WORKER_CONFIG, type CommonsWorkerSettings } from './commons.context';
import { PushToCommonsJob } from './push-to-commons.job';

@Processor('commons')
export class CommonsProcessor extends WorkerHost implements OnModuleInit, OnApplicationBootstrap {
  private readonly handlers: PublicationHandlers<'commons.push'>;

  constructor(
    @Inject(COMMONS_WORKER_CONFIG) private readonly settings: CommonsWorkerSettings,
    push: PushToCommonsJob,
  ) {
    super();
    this.handlers = { 'commons.push': (payload, job) => push.handle(payload, job) };
  }

  onModuleInit(): void {
    assertHandlersFor('commons', this.handlers);
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.settings.concurrency;
  }

  process(job: Job): Promise<PushResult> {
    return dispatchPublicationJob(this.handlers, job);
  }
}
