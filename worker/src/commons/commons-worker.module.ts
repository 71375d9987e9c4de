/**
 * The Wikimedia Commons target in the worker: queue `commons`, its processor and job. Registered only when
 * COMMONS_API_URL is set (with the bot password); images are read from the storage STORAGE_URL names.
 */
import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { createStorage, type MediaStorage } from '@oc/media';
import type { WorkerConfig } from '../config';
import { loadMediaWorkerConfig } from '../media/media.config';
import { commonsContextProvider, COMMONS_STORAGE, COMMONS_WORKER_CONFIG, type CommonsWorkerSettings } from './commons.context';
import { CommonsProcessor } from './commons.processor';
import { PushToCommonsJob } from './push-to-commons.job';

@Module({})
export class CommonsWorkerModule {
  static forRoot(config: WorkerConfig, storage?: MediaStorage): DynamicModule {
    if (!config.COMMONS_API_URL) return { module: CommonsWorkerModule };
    return {
      module: CommonsWorkerModule,
      imports: [BullModule.registerQueue({ name: 'commons' })],
      providers: [
        { provide: COMMONS_WORKER_CONFIG, useValue: { concurrency: config.COMMONS_CONCURRENCY } satisfies CommonsWorkerSettings },
        { provide: COMMONS_STORAGE, useFactory: () => storage ?? createStorage(loadMediaWorkerConfig().STORAGE_URL) },
        commonsContextProvider(config),
        PushToCommonsJob,
        CommonsProcessor,
      ],
    };
  }
}
