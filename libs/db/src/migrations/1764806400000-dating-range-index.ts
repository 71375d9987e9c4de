/**
 * The dating filter (dateFrom/dateTo, in the admin's list, its export and the public API) asks whether a work's
 * dating overlaps a period. It compared `coalesce(end, start) >= from` and `coalesce(start, end) <= to`, which the
 * plain year indexes cannot answer; nothing sorts by the end year, so its index served nothing. The filter is now a
 * range overlap (`&&`), which this GiST index answers with both bounds at once; works without any dating year are
 * outside it, as they are outside every period.
 */
import { MigrationInterface, QueryRunner } from 'typeorm';

/** Works with a dating year; a query must state it as written to use `work_dating_range_idx`. */
export const DATING_KNOWN = '(w.dating_start_year IS NOT NULL OR w.dating_end_year IS NOT NULL)';
/** A work's dating as a closed range of years, a missing end standing for the other. */
export const WORK_DATING_RANGE = "int4range(coalesce(w.dating_start_year, w.dating_end_year), coalesce(w.dating_end_year, w.dating_start_year), '[]')";

const bare = (sql: string) => sql.replace(/\bw\./g, '');

export class DatingRangeIndex1764806400000 implements MigrationInterface {
  name = 'DatingRangeIndex1764806400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE INDEX work_dating_range_idx ON work USING gist ((${bare(WORK_DATING_RANGE)})) WHERE ${bare(DATING_KNOWN)};
      DROP INDEX work_dating_end_idx;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX work_dating_end_idx ON work (dating_end_year); DROP INDEX work_dating_range_idx');
  }
}
