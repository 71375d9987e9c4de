/**
 * Images (DESIGN.md §3, §6): one `media` row per uploaded original, deduplicated by sha256, with at most one primary
 * image per work; one `derivative` row per rendered kind (the tiles row points at the pyramid's folder).
 */
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Media1764288000000 implements MigrationInterface {
  name = 'Media1764288000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE media (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        work_id uuid NOT NULL REFERENCES work(id) ON DELETE CASCADE,
        storage_key text NOT NULL,
        sha256 text NOT NULL CONSTRAINT media_sha256_unique UNIQUE,
        sha1 text NOT NULL,
        mime text NOT NULL,
        width integer,
        height integer,
        bytes bigint NOT NULL,
        colour_space text,
        bit_depth integer,
        photographer_credit text,
        caption text,
        is_primary boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','processing','ready','failed')),
        error text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES "user"(id) ON DELETE SET NULL
      );
      CREATE UNIQUE INDEX media_one_primary_per_work ON media (work_id) WHERE is_primary;
      CREATE INDEX media_work_idx ON media (work_id, created_at);
      CREATE INDEX media_status_idx ON media (status, updated_at);

      CREATE TABLE derivative (
        media_id uuid NOT NULL REFERENCES media(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('thumb','web','web_webp','lowdef','hd','tiles')),
        storage_key text NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        bytes bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (media_id, kind)
      );
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE derivative, media');
  }
}
