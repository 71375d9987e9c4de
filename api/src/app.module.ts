import { DynamicModule, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { dataSourceOptions } from '@oc/db';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { APP_CONFIG, type AppConfig } from './config/config';
import { HealthModule } from './health/health.module';
import { MetricsController } from './metrics/metrics.controller';
import { HttpMetricsMiddleware } from './metrics/metrics';
import { MuseumsModule } from './museums/museums.module';
import { PeopleModule } from './people/people.module';
import { RedisModule } from './redis/redis.module';
import { UsersModule } from './users/users.module';
import { WorksModule } from './works/works.module';
import { ExportsModule } from './exports/exports.module';
import { ImportsModule } from './imports/imports.module';
import { BulkUpdateModule } from './works/bulk-update.module';
import { RightsModule } from './rights/rights.module';
import { WorkflowModule } from './workflow/workflow.module';
import { QueuesModule } from './queues/queues.module';
import { MediaModule } from './media/media.module';
import { PublicModule } from './public/public.module';
import { PublicationsModule } from './publications/publications.module';

@Module({})
export class AppModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password'],
            autoLogging: { ignore: (req) => req.url === '/api/health' },
            transport: config.NODE_ENV === 'development' && process.stdout.isTTY ? { target: 'pino-pretty' } : undefined,
          },
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL), extra: { max: config.DATABASE_POOL_SIZE, application_name: 'open-content-api' } }),
        RedisModule,
        AuditModule,
        AuthModule,
        UsersModule,
        MuseumsModule,
        PeopleModule,
        ExportsModule,
        WorksModule,
        BulkUpdateModule,
        ImportsModule,
        RightsModule,
        WorkflowModule,
        QueuesModule,
        MediaModule,
        PublicModule,
        PublicationsModule,
        HealthModule,
      ],
      controllers: [MetricsController],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
