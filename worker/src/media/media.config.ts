/** The image worker's settings, validated at start with a message naming the bad variable. */
import { z } from 'zod';
import { parseStorageUrl } from '@oc/media';

const schema = z.object({
  STORAGE_URL: z
    .string()
    .min(1)
    .default('.data/media')
    .superRefine((value, ctx) => {
      try {
        parseStorageUrl(value);
      } catch (error) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message.replace(/^STORAGE_URL: /, '') });
      }
    }),
  /** Images rendered at once per worker process; each holds one decoded original in memory. */
  MEDIA_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  /** Originals above this many pixels are refused before decoding (decompression bombs). */
  MEDIA_MAX_PIXELS: z.coerce.number().int().min(1_000_000).default(250_000_000),
  /** libvips threads per image; by default one per core (see configureSharp). */
  MEDIA_VIPS_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  PACKAGES_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(1),
});

export type MediaWorkerConfig = z.infer<typeof schema>;

export function loadMediaWorkerConfig(env: NodeJS.ProcessEnv = process.env): MediaWorkerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return parsed.data;
}

export const MEDIA_WORKER_CONFIG = Symbol('MEDIA_WORKER_CONFIG');
export const MEDIA_STORAGE = Symbol('MEDIA_STORAGE');
