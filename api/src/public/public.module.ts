/** The public Open Content API: its controller, rules and rate limit (PUBLIC_RATE_LIMIT requests a minute per address). */
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MediaModule } from '../media/media.module';
import { PublicController } from './public.controller';
import { PublicCorsMiddleware } from './public-cors.middleware';
import { PublicService } from './public.service';
import { PublicWorksRepository } from './public-works.repository';

@Module({
  imports: [
    MediaModule,
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ ttl: 60_000, limit: config.PUBLIC_RATE_LIMIT }],
        errorMessage: `Too many requests to the public API: at most ${config.PUBLIC_RATE_LIMIT} a minute from one address`,
      }),
    }),
  ],
  controllers: [PublicController],
  providers: [PublicService, PublicWorksRepository],
})
export class PublicModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(PublicCorsMiddleware).forRoutes({ path: 'public/*path', method: RequestMethod.ALL });
  }
}
