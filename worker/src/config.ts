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
});

export type WorkerConfig = z.infer<typeof schema>;

export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}

export const WORKER_CONFIG = Symbol('WORKER_CONFIG');
