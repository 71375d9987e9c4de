/** `npm run db:migrate | db:revert | db:reset | db:seed`: database chores from the command line. */
import { DEFAULT_DATABASE_URL } from './data-source';
import { resetDatabase, revertLastMigration, runMigrations } from './database-admin';
import { seedDemo } from './seed/seed-demo';

async function main(command: string | undefined): Promise<void> {
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  switch (command) {
    case 'migrate': {
      const applied = await runMigrations(url);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database schema is up to date.');
      return;
    }
    case 'revert':
      await revertLastMigration(url);
      console.log('Reverted the last migration.');
      return;
    case 'reset':
      console.log(`Reset ${new URL(url).pathname.slice(1)}; applied: ${(await resetDatabase(url)).join(', ')}`);
      return;
    case 'seed': {
      await runMigrations(url);
      const result = await seedDemo(url, { password: process.env.DEMO_PASSWORD });
      console.log(result.summary);
      return;
    }
    default:
      throw new Error(`Unknown command "${command}". Use migrate, revert, reset or seed.`);
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
