/** Consumes the `portal` queue: pushes and withdrawals, PORTAL_CONCURRENCY at a time (they mostly wait on HTTP). */
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { PushResult } from '@oc/connectors';
import { assertHandlersFor, dispatchPublicationJob, type PublicationHandlers } from '../publications/publication-dispatch';
import { PORTAL_WORKER_CONFIG, type PortalWorkerSettings } from './portal.context';
import { PushToPortalJob } from './push-to-portal.job';
import { WithdrawFromPortalJob } from './withdraw-from-portal.job';

@Processor('portal')
export class PortalProcessor extends WorkerHost implements OnModuleInit, OnApplicationBootstrap {
  private readonly handlers: PublicationHandlers<'portal.push' | 'portal.withdraw'>;

  constructor(
    @Inject(PORTAL_WORKER_CONFIG) private readonly settings: PortalWorkerSettings,
    push: PushToPortalJob,
    withdraw: WithdrawFromPortalJob,
  ) {
    super();
    this.handlers = { 'portal.push': (payload) => push.handle(payload), 'portal.withdraw': (payload) => withdraw.handle(payload) };
  }

  onModuleInit(): void {
    assertHandlersFor('portal', this.handlers);
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.settings.concurrency;
  }

  process(job: Job): Promise<PushResult> {
    return dispatchPublicationJob(this.handlers, job);
  }
}
