/** Test accounts, one per role, created straight in the database with a known strong password. */
import { Client } from 'pg';
import { hashPassword } from '@oc/db';
import type { Role } from '@oc/domain';

export const TEST_PASSWORD = 'Test-Password-2026!';

export interface TestUser {
  id: string;
  email: string;
  roles: Role[];
}

let hash: Promise<string> | undefined;

export async function createTestUser(databaseUrl: string, roles: Role[], email: string, active = true): Promise<TestUser> {
  hash ??= hashPassword(TEST_PASSWORD);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `INSERT INTO "user" (email, display_name, password_hash, roles, active) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [email, email.split('@')[0], await hash, roles, active],
    );
    return { id: rows[0].id, email, roles };
  } finally {
    await client.end();
  }
}
