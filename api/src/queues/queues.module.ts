/**
 * The API's side of the job queues: BullMQ queue handles for every queue (to inspect, retry, remove, pause), the
 * admin's jobs endpoints, and bull-board at /admin/queues behind the API's own login (admins only).
 */
import { BullBoardModule } from '@bull-board/nestjs';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { bullConnection, QUEUES } from '@oc/jobs';
import { AuthModule } from '../auth/auth.module';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { UsersModule } from '../users/users.module';
import { UsersService } from '../users/users.service';
import { adminOnlyMiddleware } from './admin-only.middleware';
import { DashboardController } from './dashboard.controller';
import { JobsController } from './jobs.controller';
import { JobsService } from './jobs.service';
import { QueueMetrics } from './queue-metrics';

export const BULL_BOARD_ROUTE = '/admin/queues';

@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ connection: bullConnection(config.REDIS_URL), prefix: config.QUEUE_PREFIX }),
    }),
    ...QUEUES.map((name) => BullModule.registerQueue({ name })),
    BullBoardModule.forRootAsync({
      imports: [AuthModule, UsersModule],
      inject: [JwtService, UsersService],
      useFactory: (jwt: JwtService, users: UsersService) => ({
        route: BULL_BOARD_ROUTE,
        adapter: ExpressAdapter,
        middleware: adminOnlyMiddleware(jwt, users),
        boardOptions: { uiConfig: { boardTitle: 'Open Content — files d’attente' } },
      }),
    }),
    ...QUEUES.map((name) => BullBoardModule.forFeature({ name, adapter: BullMQAdapter })),
  ],
  controllers: [JobsController, DashboardController],
  providers: [JobsService, QueueMetrics],
  exports: [JobsService],
})
export class QueuesModule {}
