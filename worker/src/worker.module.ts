import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { dataSourceOptions } from '@oc/db';
import { bullConnection } from '@oc/jobs';
import { WORKER_CONFIG, type WorkerConfig } from './config';
import { MediaWorkerModule } from './media/media-worker.module';
import { ImportsWorkerModule } from './imports/imports-worker.module';
import { OutboxRelayService } from './outbox-relay.service';
import { PortalWorkerModule } from './portal/portal-worker.module';
import { CommonsWorkerModule } from './commons/commons-worker.module';
import { PublishDueJob } from './scheduler/publish-due.job';
import { SchedulerProcessor } from './scheduler/scheduler.processor';

@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL } }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL), extra: { max: 5, application_name: 'open-content-worker' } }),
        BullModule.forRoot({ connection: bullConnection(config.REDIS_URL), prefix: config.QUEUE_PREFIX }),
        BullModule.registerQueue({ name: 'scheduler' }),
        MediaWorkerModule.forRoot(),
        ImportsWorkerModule,
        PortalWorkerModule.forRoot(config),
        CommonsWorkerModule.forRoot(config),
      ],
      providers: [{ provide: WORKER_CONFIG, useValue: config }, OutboxRelayService, PublishDueJob, SchedulerProcessor],
    };
  }
}
