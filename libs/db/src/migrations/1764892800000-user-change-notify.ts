/**
 * The API keeps the accounts it authenticates in memory (api/src/users/active-users.ts) rather than reading the user
 * row on every request. So that a disabled account or a changed role still takes effect at once, in every API process,
 * whoever changes the row, each change that matters to authentication is announced on `USER_CHANGED_CHANNEL`, with
 * the user's id, when its transaction commits.
 */
import { MigrationInterface, QueryRunner } from 'typeorm';

export const USER_CHANGED_CHANNEL = 'oc_user_changed';

export class UserChangeNotify1764892800000 implements MigrationInterface {
  name = 'UserChangeNotify1764892800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION notify_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${USER_CHANGED_CHANNEL}', (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
        RETURN NULL;
      END $$;
      -- A login's last_login_at, a password or a version bump alone change nothing the API keeps.
      CREATE TRIGGER user_changed_update AFTER UPDATE ON "user" FOR EACH ROW
        WHEN ((OLD.id, OLD.email, OLD.display_name, OLD.roles, OLD.active) IS DISTINCT FROM (NEW.id, NEW.email, NEW.display_name, NEW.roles, NEW.active))
        EXECUTE FUNCTION notify_user_changed();
      CREATE TRIGGER user_changed_insert_delete AFTER INSERT OR DELETE ON "user" FOR EACH ROW EXECUTE FUNCTION notify_user_changed();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TRIGGER user_changed_update ON "user"; DROP TRIGGER user_changed_insert_delete ON "user"; DROP FUNCTION notify_user_changed()');
  }
}
