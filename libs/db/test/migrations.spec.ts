import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import { dropDatabase, MIGRATIONS, revertLastMigration, runMigrations, seedDemo, withDatabase } from '../src';

const SERVER = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('migrations and demo seed', () => {
  const url = withDatabase(SERVER, `oc_test_migrations_${randomBytes(3).toString('hex')}`);
  afterAll(() => dropDatabase(url));

  it('migrates a new database, reverts every migration back to nothing, and migrates again', async () => {
    expect(await runMigrations(url)).toEqual(MIGRATIONS.map((m) => m.name));
    expect(await runMigrations(url)).toEqual([]);
    for (let i = 0; i < MIGRATIONS.length; i++) await revertLastMigration(url);
    const tables = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
    expect(tables[0].n).toBe(0);
    expect(await runMigrations(url)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('has an index for every filter and sort the works list offers', async () => {
    const indexes = (await query<{ indexdef: string }>(url, `SELECT indexdef FROM pg_indexes WHERE tablename = 'work'`)).map((r) => r.indexdef);
    for (const column of ['search_vector', 'museum_id', 'object_type', 'rights_status', 'workflow_state', 'updated_at', 'created_at', 'title_fr', 'inventory_number', 'dating_start_year', 'dating_end_year']) {
      expect(indexes.some((def) => def.includes(`(${column}`) || def.includes(`, ${column}`) || def.includes(`lower(${column}`))).toBe(true);
    }
  });

  it('seeds the demo idempotently and ignores accents in full text', async () => {
    const first = await seedDemo(url, { password: 'Demo-Password-2026' });
    await seedDemo(url, { password: 'Demo-Password-2026' });
    expect(first.generatedPassword).toBe(false);
    const [counts] = await query<{ museums: number; works: number; people: number; users: number }>(
      url,
      `SELECT (SELECT count(*)::int FROM museum) AS museums, (SELECT count(*)::int FROM work) AS works,
              (SELECT count(*)::int FROM person) AS people, (SELECT count(*)::int FROM "user") AS users`,
    );
    expect(counts).toEqual({ museums: 14, works: 23, people: 22, users: 3 });
    const found = await query<{ title_fr: string }>(url, `SELECT title_fr FROM work WHERE search_vector @@ websearch_to_tsquery('oc_french', 'cezanne')`);
    expect(found.map((r) => r.title_fr)).toEqual(["Portrait d'Ambroise Vollard"]);
    const generated = await seedDemo(url);
    expect(generated.generatedPassword).toBe(true);
    expect(generated.summary).toContain(generated.password);
  });
});
