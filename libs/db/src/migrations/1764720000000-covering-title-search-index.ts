/**
 * Full text in one museum sorted by title, the admin's most common list, walks `work_museum_title_idx` and drops the
 * works that do not match: for a frequent word ("portrait" in Carnavalet, 300,000 works) the first page passes some
 * 5,000 works, each a visit to the table (~1 µs): 7 of the request's 10 ms in PostgreSQL. This index carries what
 * that test reads (the lexemes and the inventory number), so the walk stays in the index (index-only scan: 1.5 ms).
 *
 * A btree entry holds at most 2,704 bytes, and a notice may have 60,000 characters of description: the index only
 * holds the works whose entry fits, which is nearly all of them (`SEARCH_ENTRY_FITS`); the others are in a second,
 * small index in the same order, and the list reads both and merges them (works.repository.ts). The bound: a
 * tsvector takes at most its text length plus 6 bytes per lexeme (a 4-byte entry and an alignment byte against
 * the quotes and colon of its text), so with the title and inventory number the entry stays under 2,100 bytes.
 */
import { MigrationInterface, QueryRunner } from 'typeorm';

/** True for the works in `work_museum_title_search_idx`; a query must state it as written to use that index. */
export const SEARCH_ENTRY_FITS =
  '(octet_length(w.title_fr) + octet_length(w.inventory_number) + octet_length(w.search_vector::text) + 6 * length(w.search_vector) <= 2000)';

const fits = SEARCH_ENTRY_FITS.replace(/\bw\./g, '');

export class CoveringTitleSearchIndex1764720000000 implements MigrationInterface {
  name = 'CoveringTitleSearchIndex1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX work_museum_title_search_idx ON work (museum_id, title_fr, id) INCLUDE (inventory_number, search_vector) WHERE ${fits};
      CREATE INDEX work_museum_title_long_idx ON work (museum_id, title_fr, id) WHERE NOT ${fits};
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX work_museum_title_long_idx; DROP INDEX work_museum_title_search_idx');
  }
}
