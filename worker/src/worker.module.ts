import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { dataSourceOptions } from '@oc/db';
import { WORKER_CONFIG, type WorkerConfig } from './config';
import { OutboxRelayService } from './outbox-relay.service';

@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL } }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL), extra: { max: 5, application_name: 'open-content-worker' } }),
      ],
      providers: [{ provide: WORKER_CONFIG, useValue: config }, OutboxRelayService],
    };
  }
}
