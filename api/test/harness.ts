/**
 * Starts the real API (same factory as production) on a fresh database cloned from the migrated template, with
 * one user per role, and gives tests a supertest agent plus tokens.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { Role } from '@oc/domain';
import { createTestDatabase, createTestUser, TEST_PASSWORD, TestDatabase, TestUser } from '@oc/testing';
import { loadConfig } from '../src/config/config';
import { createApp } from '../src/create-app';

export const ALL_ROLES: Role[] = ['registrar', 'rights_manager', 'admin'];

export interface TestApi {
  app: INestApplication;
  http: ReturnType<typeof request>;
  db: TestDatabase;
  users: Record<Role, TestUser>;
  tokens: Record<Role, string>;
  /** Creates an extra user (unique email) and returns it with a token. */
  addUser(roles: Role[], options?: { active?: boolean }): Promise<TestUser & { token: string }>;
  login(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

let sequence = 0;

export async function startTestApi(label: string, env: Record<string, string> = {}): Promise<TestApi> {
  const db = await createTestDatabase(label);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    ADMIN_DIST: '/nonexistent',
    STORAGE_URL: mkdtempSync(join(tmpdir(), 'oc-test-media-')),
    // Every test API comes from 127.0.0.1: its own counters, so failures of other files and runs never lock it out.
    LOGIN_THROTTLE_PREFIX: `login-fail:${db.name}`,
    ...env,
  });
  const app = await createApp(config);
  await app.init();
  const http = request(app.getHttpServer());
  // Emails carry the database name so login throttling (kept in the shared Redis) never leaks between files.
  const emailFor = (name: string) => `${name}+${db.name}-${++sequence}@example.org`;

  const login = async (email: string, password = TEST_PASSWORD) => {
    const response = await http.post('/api/auth/login').send({ email, password });
    if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.accessToken as string;
  };

  const users = {} as Record<Role, TestUser>;
  const tokens = {} as Record<Role, string>;
  for (const role of ALL_ROLES) {
    users[role] = await createTestUser(db.url, [role], emailFor(role));
    tokens[role] = await login(users[role].email);
  }

  return {
    app,
    http,
    db,
    users,
    tokens,
    login,
    async addUser(roles, options = {}) {
      const user = await createTestUser(db.url, roles, emailFor(roles.join('-')), options.active ?? true);
      return { ...user, token: options.active === false ? '' : await login(user.email) };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
