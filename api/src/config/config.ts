/**
 * Configuration from environment variables, validated once at start-up: a bad value stops the process with a
 * message naming the variable, instead of failing later in a request.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { DEFAULT_DATABASE_URL } from '@oc/db';

const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url().default(DEFAULT_DATABASE_URL),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Lists count their matches exactly up to this many; above, Content-Range carries PostgreSQL's estimate. */
  LIST_EXACT_TOTAL: z.coerce.number().int().min(1).default(1000),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_TTL: z.string().regex(/^\d+[smhd]$/, 'must look like 15m, 8h or 1d').default('8h'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Namespaces the login-failure counters, so deployments (or test runs) sharing one Redis do not add up each other's. */
  LOGIN_THROTTLE_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i, 'may hold letters, digits, : _ -').default('login-fail'),
  CORS_ORIGINS: z.string().default(''),
  ADMIN_DIST: z.string().optional(),
  METRICS_TOKEN: z.string().min(16).optional(),
  SWAGGER: booleanString.default('true'),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i, 'may hold letters, digits, : _ -').default('bull'),
  STORAGE_URL: z.string().min(1).default('.data/media'),
  MEDIA_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1).default(2 * 1024 ** 3),
  PORTAL_URL: z.string().url().optional(),
  PORTAL_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  COMMONS_API_URL: z.string().url().optional(),
  COMMONS_USERNAME: z.string().optional(),
  COMMONS_PASSWORD: z.string().optional(),
  /** Where the public API is reached from outside: the base of the URLs in notices and IIIF manifests. */
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
  /** Requests per minute and client address on /public/v1. */
  PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
});

export type AppConfig = Omit<z.infer<typeof schema>, 'JWT_SECRET'> & { JWT_SECRET: string };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  if (config.PORTAL_URL && !config.PORTAL_SECRET) throw new ConfigError('Invalid configuration:\n  PORTAL_SECRET: required when PORTAL_URL is set');
  if (config.COMMONS_API_URL && !(config.COMMONS_USERNAME && config.COMMONS_PASSWORD)) {
    throw new ConfigError('Invalid configuration:\n  COMMONS_USERNAME, COMMONS_PASSWORD: required when COMMONS_API_URL is set (a bot password)');
  }
  if (!config.JWT_SECRET && config.NODE_ENV === 'production') {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: required in production (at least 32 characters)');
  }
  // Outside production a per-process secret is fine: tokens simply do not survive a restart.
  return { ...config, JWT_SECRET: config.JWT_SECRET ?? randomBytes(32).toString('hex') };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
