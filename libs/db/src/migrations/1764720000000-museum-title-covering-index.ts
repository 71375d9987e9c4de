/**
 * The admin's most common list: a full-text search within one museum, sorted by title. When the search has many
 * hits its first pages are found by walking the works of the museum in title order and keeping those that match;
 * with the text vector and the inventory number in the index, that walk reads the index alone instead of a heap
 * page per work it passes (measured on 300,000 works, "portrait" in Carnavalet: 5,345 works passed, 8 → 1.7 ms).
 * It replaces (museum_id, title_fr), whose uses it covers; 69 MB instead of 6 MB on that collection.
 */
import { MigrationInterface, QueryRunner } from 'typeorm';

export class MuseumTitleCoveringIndex1764720000000 implements MigrationInterface {
  name = 'MuseumTitleCoveringIndex1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX work_museum_title_cover_idx ON work (museum_id, title_fr, id) INCLUDE (search_vector, inventory_number);
      DROP INDEX work_museum_title_idx;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX work_museum_title_idx ON work (museum_id, title_fr);
      DROP INDEX work_museum_title_cover_idx;
    `);
  }
}
