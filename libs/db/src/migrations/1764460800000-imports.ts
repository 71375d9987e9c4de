/**
 * Bulk imports of notices from CSV (issue 6): one row per uploaded file, with its header mapping, progress and
 * counts; the file itself and the per-row report live in storage. An index serves the import's batch lookups of
 * people by name.
 */
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Imports1764460800000 implements MigrationInterface {
  name = 'Imports1764460800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL,
        bytes bigint NOT NULL,
        source_key text NOT NULL,
        report_key text,
        delimiter text NOT NULL CHECK (delimiter IN (';', ',')),
        headers jsonb NOT NULL,
        mapping jsonb NOT NULL,
        status text NOT NULL DEFAULT 'uploaded' CHECK (status IN ('uploaded', 'queued', 'running', 'succeeded', 'failed')),
        error text,
        total_rows integer,
        processed_rows integer NOT NULL DEFAULT 0,
        created_count integer NOT NULL DEFAULT 0,
        updated_count integer NOT NULL DEFAULT 0,
        unchanged_count integer NOT NULL DEFAULT 0,
        rejected_count integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        created_by_email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      CREATE INDEX import_job_created_at_idx ON import_job (created_at, id);
      CREATE INDEX import_job_status_idx ON import_job (status, created_at);
      CREATE INDEX person_display_name_lower_idx ON person (lower(display_name));
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX person_display_name_lower_idx; DROP TABLE import_job;`);
  }
}
