/**
 * Full text within one museum, the admin's most common search: a GIN index on (museum_id, search_vector) applies
 * the museum inside the full-text index instead of intersecting a 100,000-entry bitmap of the museum's works
 * (measured on 300,000 works: page + count from 15–28 ms to 5–10 ms). `work_search_idx` stayed for other searches until 1764633600000 showed this index serves them too.
 */
import { MigrationInterface, QueryRunner } from 'typeorm';

export class MuseumSearchIndex1764547200000 implements MigrationInterface {
  name = 'MuseumSearchIndex1764547200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS btree_gin;
      CREATE INDEX work_museum_search_idx ON work USING gin (museum_id, search_vector);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX work_museum_search_idx');
  }
}
