/**
 * The first schema: museums, people, works with their creators, dimensions and inscriptions, users, the audit
 * trail and the outbox (DESIGN.md §3). French full text ignores accents ("cezanne" finds "Cézanne") through an
 * unaccent-aware text search configuration; trigram indexes serve inventory numbers and names.
 */
import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764115200000 implements MigrationInterface {
  name = 'InitialSchema1764115200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE EXTENSION IF NOT EXISTS unaccent;
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      -- unaccent() is only STABLE; this wrapper pins the dictionary so it may be used in indexes and generated columns.
      CREATE FUNCTION oc_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

      CREATE TEXT SEARCH CONFIGURATION oc_french (COPY = french);
      ALTER TEXT SEARCH CONFIGURATION oc_french
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

      CREATE TABLE museum (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name_fr text NOT NULL,
        name_en text,
        name_es text,
        commons_institution text,
        portal_id text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX museum_name_idx ON museum (name_fr COLLATE "fr-x-icu");

      CREATE TABLE "user" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        roles text[] NOT NULL CHECK (roles <@ ARRAY['registrar','rights_manager','admin']::text[] AND cardinality(roles) > 0),
        active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX user_email_idx ON "user" (lower(email));
      CREATE INDEX user_display_name_idx ON "user" (display_name);

      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        display_name text NOT NULL,
        sort_name text NOT NULL,
        birth_date text CHECK (birth_date ~ '^-?[0-9]{1,4}(-[0-9]{2}(-[0-9]{2})?)?$'),
        death_date text CHECK (death_date ~ '^-?[0-9]{1,4}(-[0-9]{2}(-[0-9]{2})?)?$'),
        birth_place text,
        death_place text,
        died_for_france boolean NOT NULL DEFAULT false,
        wikidata_id text,
        commons_creator text,
        search_text text GENERATED ALWAYS AS (lower(oc_unaccent(display_name || ' ' || sort_name))) STORED,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        updated_by uuid REFERENCES "user"(id) ON DELETE SET NULL
      );
      CREATE INDEX person_search_trgm_idx ON person USING gin (search_text gin_trgm_ops);
      CREATE INDEX person_sort_name_idx ON person (sort_name COLLATE "fr-x-icu");
      CREATE INDEX person_display_name_idx ON person (display_name COLLATE "fr-x-icu");
      CREATE INDEX person_death_date_idx ON person (death_date);
      CREATE INDEX person_updated_at_idx ON person (updated_at);

      CREATE TABLE work (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        museum_id uuid NOT NULL REFERENCES museum(id),
        inventory_number text NOT NULL,
        title_fr text COLLATE "fr-x-icu" NOT NULL,
        title_en text,
        title_es text,
        object_type text,
        is_2d boolean NOT NULL DEFAULT true,
        dating_text text,
        dating_start_year integer,
        dating_end_year integer,
        techniques text,
        description_fr text,
        description_en text,
        description_es text,
        provenance text,
        keywords text[] NOT NULL DEFAULT '{}',
        anonymous boolean NOT NULL DEFAULT false,
        first_publication_year integer,
        -- Creators' names, kept by the API on every write of the work or of a person, so full text needs no join.
        creator_names text NOT NULL DEFAULT '',
        rights_status text CHECK (rights_status IN ('public_domain','in_copyright','unknown')),
        licence text CHECK (licence IN ('CC0','all_rights_reserved')),
        rights_override_reason text,
        credit_line text,
        us_rationale text,
        photo_licence_confirmed boolean NOT NULL DEFAULT false,
        rights_proposal jsonb,
        workflow_state text NOT NULL DEFAULT 'draft'
          CHECK (workflow_state IN ('draft','in_review','approved','scheduled','publishing','published','withdrawn')),
        publish_at timestamptz,
        submitted_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        submitted_at timestamptz,
        approved_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        approved_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        updated_by uuid REFERENCES "user"(id) ON DELETE SET NULL,
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('oc_french', coalesce(title_fr, '')), 'A') ||
          setweight(to_tsvector('oc_french', coalesce(title_en, '') || ' ' || coalesce(title_es, '')), 'B') ||
          setweight(to_tsvector('oc_french', creator_names), 'A') ||
          setweight(to_tsvector('simple', inventory_number), 'A') ||
          setweight(to_tsvector('oc_french', coalesce(description_fr, '')), 'C') ||
          setweight(to_tsvector('oc_french', coalesce(description_en, '') || ' ' || coalesce(description_es, '')), 'D')
        ) STORED,
        CONSTRAINT work_inventory_unique UNIQUE (museum_id, inventory_number),
        CONSTRAINT work_dating_order CHECK (dating_start_year IS NULL OR dating_end_year IS NULL OR dating_start_year <= dating_end_year)
      );
      CREATE INDEX work_search_idx ON work USING gin (search_vector);
      CREATE INDEX work_inventory_trgm_idx ON work USING gin (lower(inventory_number) gin_trgm_ops);
      CREATE INDEX work_museum_title_idx ON work (museum_id, title_fr);
      CREATE INDEX work_title_idx ON work (title_fr);
      CREATE INDEX work_inventory_idx ON work (inventory_number);
      CREATE INDEX work_updated_at_idx ON work (updated_at, id);
      CREATE INDEX work_created_at_idx ON work (created_at, id);
      CREATE INDEX work_dating_start_idx ON work (dating_start_year);
      CREATE INDEX work_dating_end_idx ON work (dating_end_year);
      CREATE INDEX work_object_type_idx ON work (object_type);
      CREATE INDEX work_rights_status_idx ON work (rights_status);
      CREATE INDEX work_workflow_state_idx ON work (workflow_state, updated_at);
      CREATE INDEX work_publish_at_idx ON work (publish_at) WHERE workflow_state = 'scheduled';

      CREATE TABLE work_creator (
        work_id uuid NOT NULL REFERENCES work(id) ON DELETE CASCADE,
        position integer NOT NULL,
        person_id uuid NOT NULL REFERENCES person(id),
        role text NOT NULL,
        PRIMARY KEY (work_id, position)
      );
      CREATE INDEX work_creator_person_idx ON work_creator (person_id, work_id);

      CREATE TABLE work_dimension (
        work_id uuid NOT NULL REFERENCES work(id) ON DELETE CASCADE,
        position integer NOT NULL,
        part text,
        type text NOT NULL,
        value numeric(12, 3) NOT NULL,
        unit text NOT NULL,
        PRIMARY KEY (work_id, position)
      );

      CREATE TABLE work_inscription (
        work_id uuid NOT NULL REFERENCES work(id) ON DELETE CASCADE,
        position integer NOT NULL,
        type text NOT NULL,
        text text NOT NULL,
        script text,
        PRIMARY KEY (work_id, position)
      );

      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        user_id uuid REFERENCES "user"(id) ON DELETE SET NULL,
        user_email text,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        diff jsonb NOT NULL DEFAULT '{}',
        comment text
      );
      CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, at);
      CREATE INDEX audit_event_user_idx ON audit_event (user_id, at);
      CREATE INDEX audit_event_action_idx ON audit_event (action, at);
      CREATE INDEX audit_event_at_idx ON audit_event (at);

      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        queue text NOT NULL,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      );
      CREATE INDEX outbox_pending_idx ON outbox (id) WHERE sent_at IS NULL;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE outbox, audit_event, work_inscription, work_dimension, work_creator, work, person, "user", museum;
      DROP TEXT SEARCH CONFIGURATION oc_french;
      DROP FUNCTION oc_unaccent(text);
    `);
  }
}
