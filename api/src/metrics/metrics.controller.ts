import { Controller, ForbiddenException, Get, Header, Inject, Req, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { can } from '@oc/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { AuthUser } from '../common/current-user.decorator';
import { OptionalAuth } from '../common/public.decorator';
import { registry } from './metrics';

/**
 * `GET /metrics`: for a Prometheus scraper holding METRICS_TOKEN, or for a logged-in admin. Authentication is
 * optional at the guard so the scraper's static token can be checked here instead.
 */
@ApiExcludeController()
@OptionalAuth()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Header('Content-Type', registry.contentType)
  async metrics(@Req() req: Request & { user?: AuthUser }) {
    if (!req.headers.authorization) throw new UnauthorizedException('Metrics need METRICS_TOKEN or an admin token');
    if (!this.allowed(req)) throw new ForbiddenException('Metrics need METRICS_TOKEN or an admin token');
    return registry.metrics();
  }

  private allowed(req: Request & { user?: AuthUser }): boolean {
    const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
    const expected = this.config.METRICS_TOKEN;
    if (expected && token.length === expected.length && timingSafeEqual(Buffer.from(token), Buffer.from(expected))) return true;
    return !!req.user && can(req.user.roles, 'jobs:manage');
  }
}
