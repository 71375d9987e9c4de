/** Worker configuration from the environment, validated at start with a message naming the bad variable. */
import { z } from 'zod';
import { DEFAULT_DATABASE_URL } from '@oc/db';

const schema = z.object({
  DATABASE_URL: z.string().url().default(DEFAULT_DATABASE_URL),
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OUTBOX_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  QUEUE_PREFIX: z.string().regex(/^[a-z0-9:_-]+$/i).default('bull'),
  SCHEDULER_EVERY_MS: z.coerce.number().int().min(1000).default(60_000),
  PORTAL_URL: z.string().url().optional(),
  COMMONS_API_URL: z.string().url().optional(),
  PORTAL_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  PORTAL_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
  PORTAL_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(16),
  COMMONS_USERNAME: z.string().optional(),
  COMMONS_PASSWORD: z.string().optional(),
  /** Files above this size go up in chunks through the upload stash. */
  COMMONS_CHUNK_THRESHOLD_BYTES: z.coerce.number().int().min(1024).default(20 * 1024 ** 2),
  COMMONS_CHUNK_BYTES: z.coerce.number().int().min(1024).default(5 * 1024 ** 2),
  COMMONS_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** Categories added to every uploaded file (comma-separated), besides the museum's own. */
  COMMONS_CATEGORIES: z.string().default(''),
  /** Structured Data on Commons (wbeditentity) after each upload: needs WikibaseMediaInfo on the wiki. */
  COMMONS_SDC: z.enum(['true', 'false']).default('false'),
  /** Where the public API is reached from outside: image, manifest and package URLs sent to the targets. */
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
});

export type WorkerConfig = z.infer<typeof schema>;

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  if (parsed.data.PORTAL_URL && !parsed.data.PORTAL_SECRET) throw new Error('Invalid configuration:\n  PORTAL_SECRET: required when PORTAL_URL is set');
  if (parsed.data.COMMONS_API_URL && !(parsed.data.COMMONS_USERNAME && parsed.data.COMMONS_PASSWORD)) {
    throw new Error('Invalid configuration:\n  COMMONS_USERNAME, COMMONS_PASSWORD: required when COMMONS_API_URL is set (a bot password)');
  }
  return parsed.data;
}

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
