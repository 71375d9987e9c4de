/**
 * One real PostgreSQL database per test file, cloned from a migrated template (immich's habit): tests never share
 * rows, and cloning costs a fraction of a migration. The template's name carries a hash of the migrations' code, so
 * a changed migration gets a fresh template, and concurrent jest projects can share it safely.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { cloneDatabase, dropDatabase, MIGRATIONS, runMigrations, withDatabase } from '@oc/db';

export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const schemaHash = createHash('sha256')
  .update(MIGRATIONS.map((m) => `${m.name}\n${m.prototype.up.toString()}\n${m.prototype.down.toString()}`).join('\n'))
  .digest('hex')
  .slice(0, 12);

export const TEMPLATE_URL = withDatabase(TEST_SERVER_URL, `oc_test_template_${schemaHash}`);

async function databaseExists(name: string): Promise<boolean> {
  const client = new Client({ connectionString: withDatabase(TEST_SERVER_URL, 'postgres') });
  await client.connect();
  try {
    return !!(await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  } finally {
    await client.end();
  }
}

export async function prepareTemplateDatabase(): Promise<void> {
  const templateName = new URL(TEMPLATE_URL).pathname.slice(1);
  if (await databaseExists(templateName)) return;
  // Build under a private name and rename at the end, so nobody ever clones a half-migrated template.
  const buildingUrl = withDatabase(TEST_SERVER_URL, `${templateName}_b${randomBytes(3).toString('hex')}`);
  await runMigrations(buildingUrl);
  const client = new Client({ connectionString: withDatabase(TEST_SERVER_URL, 'postgres') });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${new URL(buildingUrl).pathname.slice(1)}" RENAME TO "${templateName}"`);
  } catch (error) {
    if ((error as { code?: string }).code !== '42P04') throw error; // another run won the race: use theirs
    await dropDatabase(buildingUrl);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  await prepareTemplateDatabase();
  const name = `oc_test_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30)}_${randomBytes(3).toString('hex')}`;
  const url = await cloneDatabase(TEMPLATE_URL, name);
  return { url, name, drop: () => dropDatabase(url) };
}
