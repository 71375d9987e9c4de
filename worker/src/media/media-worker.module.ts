/**
 * The image side of the worker: queues `media` and `packages`, their processors and the storage driver chosen by
 * STORAGE_URL. Relies on the worker's BullModule.forRoot (Redis connection and queue prefix) and TypeORM.
 */
import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { configureSharp, createStorage } from '@oc/media';
import { BuildPackageJob, PackagesProcessor } from '../packages/packages.processor';
import { loadMediaWorkerConfig, MEDIA_STORAGE, MEDIA_WORKER_CONFIG, type MediaWorkerConfig } from './media.config';
import { EnforceRightsJob, PurgeMediaJob, RenderMediaJob } from './media.jobs';
import { MediaProcessor } from './media.processor';

@Module({})
export class MediaWorkerModule {
  static forRoot(config: MediaWorkerConfig = loadMediaWorkerConfig()): DynamicModule {
    configureSharp(config.MEDIA_VIPS_THREADS);
    return {
      module: MediaWorkerModule,
      imports: [BullModule.registerQueue({ name: 'media' }, { name: 'packages' })],
      providers: [
        { provide: MEDIA_WORKER_CONFIG, useValue: config },
        { provide: MEDIA_STORAGE, useFactory: () => createStorage(config.STORAGE_URL) },
        RenderMediaJob,
        EnforceRightsJob,
        PurgeMediaJob,
        MediaProcessor,
        BuildPackageJob,
        PackagesProcessor,
      ],
      exports: [MEDIA_STORAGE],
    };
  }
}
