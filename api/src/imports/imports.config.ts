/** Settings of CSV imports, validated when the module starts with a message naming the bad variable. */
import { z } from 'zod';

const schema = z.object({
  /** Largest CSV file accepted (300,000 notices take about 150 MB). */
  IMPORT_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1).default(1024 ** 3),
});

export type ImportsConfig = z.infer<typeof schema>;

export function loadImportsConfig(env: NodeJS.ProcessEnv = process.env): ImportsConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return parsed.data;
}

export const IMPORTS_CONFIG = Symbol('IMPORTS_CONFIG');
export const IMPORT_STORAGE = Symbol('IMPORT_STORAGE');
