/**
 * Database housekeeping shared by the CLI, `npm start` and the test harness: create a database when missing,
 * run or revert migrations, reset, and clone a migrated template (one database per test file).
 */
import { Client } from 'pg';
import { createDataSource } from './data-source';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function withMaintenanceClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withMaintenanceClient(url, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    return true;
  });
}

export async function dropDatabase(url: string): Promise<void> {
  await withMaintenanceClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(databaseName(url))} WITH (FORCE)`));
}

/** Creates `target` as a copy of `templateUrl`'s database (which must have no open connections). */
export async function cloneDatabase(templateUrl: string, target: string): Promise<string> {
  const targetUrl = withDatabase(templateUrl, target);
  await withMaintenanceClient(templateUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(target)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(target)} TEMPLATE ${quoteIdent(databaseName(templateUrl))}`);
  });
  return targetUrl;
}

export async function runMigrations(url: string): Promise<string[]> {
  await ensureDatabase(url);
  const dataSource = await createDataSource(url).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

export async function revertLastMigration(url: string): Promise<void> {
  const dataSource = await createDataSource(url).initialize();
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export async function resetDatabase(url: string): Promise<string[]> {
  await dropDatabase(url);
  return runMigrations(url);
}

export { withDatabase };
