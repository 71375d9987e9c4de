/**
 * The portal target in the worker: queue `portal`, its processor and jobs. Registered only when PORTAL_URL is set
 * (DESIGN.md §9: a target is on when configured); relies on the worker's BullModule.forRoot and TypeORM.
 */
import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import type { WorkerConfig } from '../config';
import { portalContextProvider, PORTAL_WORKER_CONFIG, type PortalWorkerSettings } from './portal.context';
import { PortalProcessor } from './portal.processor';
import { PushToPortalJob } from './push-to-portal.job';
import { WithdrawFromPortalJob } from './withdraw-from-portal.job';

@Module({})
export class PortalWorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    if (!config.PORTAL_URL) return { module: PortalWorkerModule };
    return {
      module: PortalWorkerModule,
      imports: [BullModule.registerQueue({ name: 'portal' })],
      providers: [
        { provide: PORTAL_WORKER_CONFIG, useValue: { concurrency: config.PORTAL_CONCURRENCY } satisfies PortalWorkerSettings },
        portalContextProvider(config),
        PushToPortalJob,
        WithdrawFromPortalJob,
        PortalProcessor,
      ],
    };
  }
}
