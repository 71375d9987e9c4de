/**
 * Runs a constant statement as a named prepared statement on the connection `manager` uses (its transaction's, or
 * one from the pool): PostgreSQL parses and plans it once per connection instead of on every request. Meant for the
 * hot, fixed statements (the works' JSON view plans in more time than it runs; the user read on every request).
 */
import { EntityManager, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/** `name` stands for `text` on every connection: one name, one text. */
export async function preparedQuery<T>(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const target: PgQueryable = manager.queryRunner ? await manager.queryRunner.connect() : (manager.connection.driver as PostgresDriver).master;
  try {
    return (await target.query({ name, text, values })).rows as T[];
  } catch (error) {
    // The error filter turns database errors into 4xx answers when they come as TypeORM's, like every other query.
    throw new QueryFailedError(text, values, error as Error);
  }
}
