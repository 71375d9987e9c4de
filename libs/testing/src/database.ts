/**
 * One real PostgreSQL database per test file, cloned from a template migrated once per run (immich's habit):
 * tests never share rows, and cloning costs a few hundred milliseconds instead of a full migration.
 */
import { randomBytes } from 'node:crypto';
import { cloneDatabase, dropDatabase, runMigrations, withDatabase } from '@oc/db';

export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEMPLATE_URL = withDatabase(TEST_SERVER_URL, 'oc_test_template');

export async function prepareTemplateDatabase(): Promise<void> {
  await dropDatabase(TEMPLATE_URL);
  await runMigrations(TEMPLATE_URL);
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `oc_test_${label.toLowerCase().replace(/[^a-z0-9]+/g, '_').slice(0, 30)}_${randomBytes(3).toString('hex')}`;
  const url = await cloneDatabase(TEMPLATE_URL, name);
  return { url, name, drop: () => dropDatabase(url) };
}
