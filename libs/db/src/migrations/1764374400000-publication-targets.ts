/**
 * What the publication targets need (issue 5): Commons categories per museum (added to every file uploaded for its
 * works), a note per publication row (a file found already on Commons, a push skipped), and the indexes of the
 * admin's publication list.
 */
import { MigrationInterface, QueryRunner } from 'typeorm';

export class PublicationTargets1764374400000 implements MigrationInterface {
  name = 'PublicationTargets1764374400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE museum ADD COLUMN commons_categories text[] NOT NULL DEFAULT '{}';
      ALTER TABLE publication ADD COLUMN note text;
      CREATE INDEX publication_target_state_idx ON publication (target, state, updated_at);
      CREATE INDEX publication_updated_at_idx ON publication (updated_at, work_id);
      CREATE INDEX work_published_idx ON work (title_fr, id) WHERE workflow_state IN ('publishing', 'published');
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP INDEX work_published_idx;
      DROP INDEX publication_updated_at_idx;
      DROP INDEX publication_target_state_idx;
      ALTER TABLE publication DROP COLUMN note;
      ALTER TABLE museum DROP COLUMN commons_categories;
    `);
  }
}
