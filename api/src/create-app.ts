/**
 * Builds the HTTP application exactly as production runs it (validation, error shape, CORS, OpenAPI, the admin
 * SPA); `main.ts` listens on it and the tests drive it with supertest.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/config';

// Resolved from the working directory so the source run and the compiled build (dist/api/...) find the same folder.
const DEFAULT_ADMIN_DIST = join(process.cwd(), 'admin', 'dist');

export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.use(express.json({ limit: '2mb' }), rejectUnreadableBody);
  app.use(helmet({ contentSecurityPolicy: false, crossOriginResourcePolicy: { policy: 'same-site' } }));
  app.enableCors({
    origin: config.CORS_ORIGINS ? config.CORS_ORIGINS.split(',').map((o) => o.trim()) : false,
    exposedHeaders: ['Content-Range', 'Retry-After'],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.enableShutdownHooks();

  if (config.SWAGGER) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Open Content back office API')
        .setDescription('Notices, rights and publication of the museums’ Open Content programme. Lists follow the ra-data-simple-rest contract.')
        .setVersion('1')
        .addBearerAuth()
        .build(),
    );
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  }

  serveAdmin(app, config.ADMIN_DIST ?? DEFAULT_ADMIN_DIST);
  return app;
}

/** body-parser's own messages are parser internals; a client needs to know the body was not JSON, or too big. */
function rejectUnreadableBody(error: { type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction): void {
  if (error?.type === 'entity.parse.failed') res.status(400).json({ statusCode: 400, message: 'The request body is not valid JSON' });
  else if (error?.type === 'entity.too.large') res.status(413).json({ statusCode: 413, message: 'The request body is too large (2 MB at most)' });
  else next(error);
}

/** The built admin at `/`, with the SPA's client-side routes falling back to index.html. */
function serveAdmin(app: NestExpressApplication, dist: string): void {
  if (!existsSync(join(dist, 'index.html'))) return;
  const isApiPath = (path: string) => /^\/(api|metrics|public|admin\/queues)(\/|$)/.test(path);
  const files = express.static(dist, { index: false, maxAge: '1h', immutable: false });
  // API requests skip the static folder entirely (no file-system look-up on the hot path).
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => (isApiPath(req.path) ? next() : files(req, res, next)));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (req.method !== 'GET' || isApiPath(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(dist, 'index.html'));
  });
}
