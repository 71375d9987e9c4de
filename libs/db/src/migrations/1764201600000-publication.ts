/**
 * Publication per work and target (DESIGN.md §3), and who recorded the rights decision and when: approval needs a
 * recorded decision, and a change of rights after approval sends the work back to review.
 */
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Publication1764201600000 implements MigrationInterface {
  name = 'Publication1764201600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE work
        ADD COLUMN rights_decided_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        ADD COLUMN rights_decided_at timestamptz;
      CREATE INDEX work_in_review_idx ON work (submitted_at, id) WHERE workflow_state = 'in_review';

      CREATE TABLE publication (
        work_id uuid NOT NULL REFERENCES work(id) ON DELETE CASCADE,
        target text NOT NULL CHECK (target IN ('portal', 'commons')),
        state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'pushing', 'succeeded', 'failed', 'withdrawn')),
        external_ref text,
        external_url text,
        content_hash text,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        pushed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (work_id, target)
      );
      CREATE INDEX publication_state_idx ON publication (state, updated_at);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE publication;
      DROP INDEX work_in_review_idx;
      ALTER TABLE work DROP COLUMN rights_decided_by, DROP COLUMN rights_decided_at;
    `);
  }
}
