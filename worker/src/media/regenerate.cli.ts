/** `npm run media:regenerate -- --work <id> | --all`: requeues derivative rendering (see regenerate.ts). */
import 'reflect-metadata';
import { createDataSource, DEFAULT_DATABASE_URL } from '@oc/db';
import { regenerateDerivatives, type RegenerateScope } from './regenerate';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function scopeFrom(args: string[]): RegenerateScope {
  if (args.length === 1 && args[0] === '--all') return { all: true };
  if (args.length === 2 && args[0] === '--work' && UUID.test(args[1])) return { workId: args[1] };
  throw new Error('Usage: npm run media:regenerate -- --work <work id> | --all');
}

async function main(): Promise<void> {
  const scope = scopeFrom(process.argv.slice(2));
  const dataSource = await createDataSource(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL).initialize();
  try {
    const count = await regenerateDerivatives(dataSource, scope);
    console.log(`${count} image(s) queued for rendering; the worker picks them up through the outbox.`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
