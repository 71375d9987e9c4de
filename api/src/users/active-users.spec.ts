import { Client } from 'pg';
import { createTestDatabase, createTestUser, type TestDatabase, type TestUser } from '@oc/testing';
import type { AuthUser } from '../common/current-user.decorator';
import { ActiveUsers } from './active-users';

/** Polls `check` until it holds; the notification and the reconnection arrive on their own time. */
async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`still not true after ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('ActiveUsers (a real PostgreSQL, LISTEN/NOTIFY)', () => {
  let db: TestDatabase;
  let sql: Client;
  let users: ActiveUsers;
  let alice: TestUser;
  let bob: TestUser;
  let reads: string[];

  /** The account as the API reads it, counting the reads. */
  const read = async (id: string): Promise<AuthUser | null> => {
    reads.push(id);
    const { rows } = await sql.query('SELECT id, email, display_name AS "displayName", roles FROM "user" WHERE id = $1 AND active', [id]);
    return rows[0] ?? null;
  };
  const readsOf = (id: string) => reads.filter((r) => r === id).length;

  beforeAll(async () => {
    db = await createTestDatabase('active_users');
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    alice = await createTestUser(db.url, ['registrar'], 'alice@example.org');
    bob = await createTestUser(db.url, ['registrar'], 'bob@example.org');
    users = new ActiveUsers({ DATABASE_URL: db.url }, { heartbeatMs: 200, heartbeatTimeoutMs: 2_000 });
    await users.onModuleInit();
  });

  afterAll(async () => {
    await users?.onModuleDestroy();
    await sql?.end();
    await db?.drop();
  });

  beforeEach(() => {
    reads = [];
  });

  it('reads an account once while it listens to changes', async () => {
    expect(users.isListening).toBe(true);
    users.forget(alice.id);
    expect((await users.get(alice.id, read))?.roles).toEqual(['registrar']);
    expect((await users.get(alice.id, read))?.roles).toEqual(['registrar']);
    expect(readsOf(alice.id)).toBe(1);
  });

  it('hears a role change or a disabled account committed by another connection', async () => {
    await users.get(alice.id, read);
    await sql.query(`UPDATE "user" SET roles = '{rights_manager}' WHERE id = $1`, [alice.id]);
    await eventually(async () => (await users.get(alice.id, read))?.roles[0] === 'rights_manager', 'the new role is seen');
    await sql.query('UPDATE "user" SET active = false WHERE id = $1', [alice.id]);
    await eventually(async () => (await users.get(alice.id, read)) === null, 'the disabled account is refused');
    const before = readsOf(alice.id);
    expect(await users.get(alice.id, read)).toBeNull();
    expect(readsOf(alice.id)).toBe(before); // "no such active account" is kept too
    await sql.query(`UPDATE "user" SET active = true, roles = '{registrar}' WHERE id = $1`, [alice.id]);
    await eventually(async () => (await users.get(alice.id, read))?.roles[0] === 'registrar', 'the account is back');
  });

  it('hears nothing of a change that does not matter to authentication (a login)', async () => {
    await users.get(alice.id, read);
    await users.get(bob.id, read);
    await sql.query('UPDATE "user" SET last_login_at = now() WHERE id = $1', [alice.id]);
    // Notifications arrive in commit order: once Bob's change is heard, a notification for Alice's login would have been.
    await sql.query(`UPDATE "user" SET display_name = 'Bob B.' WHERE id = $1`, [bob.id]);
    await eventually(async () => (await users.get(bob.id, read))?.displayName === 'Bob B.', "Bob's change is heard");
    const before = readsOf(alice.id);
    await users.get(alice.id, read);
    expect(readsOf(alice.id)).toBe(before);
  });

  it('hears a deleted account', async () => {
    const carol = await createTestUser(db.url, ['admin'], 'carol@example.org');
    expect(await users.get(carol.id, read)).not.toBeNull();
    await sql.query('DELETE FROM "user" WHERE id = $1', [carol.id]);
    await eventually(async () => (await users.get(carol.id, read)) === null, 'the deleted account is refused');
  });

  it('does not keep a read that was under way when the account changed', async () => {
    users.forget(alice.id);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowRead = async (id: string) => {
      const user = await read(id); // the row as it was before the change
      await gate;
      return user;
    };
    const pending = users.get(alice.id, slowRead);
    await eventually(() => readsOf(alice.id) === 1, 'the slow read started');
    users.forget(alice.id); // the change lands while the read is under way
    release();
    await pending;
    await users.get(alice.id, read);
    expect(readsOf(alice.id)).toBe(2);
  });

  it('reads every time while its connection is lost, and keeps accounts again once reconnected', async () => {
    await users.get(alice.id, read);
    await sql.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'open-content-api-listen' AND datname = current_database()");
    await eventually(() => !users.isListening, 'the lost connection is noticed');
    // A change made while nobody listens must not be missed: nothing kept is used meanwhile.
    await sql.query(`UPDATE "user" SET roles = '{admin}' WHERE id = $1`, [alice.id]);
    const before = readsOf(alice.id);
    expect((await users.get(alice.id, read))?.roles).toEqual(['admin']);
    expect((await users.get(alice.id, read))?.roles).toEqual(['admin']);
    expect(readsOf(alice.id)).toBe(before + 2);
    await eventually(() => users.isListening, 'the connection is back');
    const after = readsOf(alice.id);
    await users.get(alice.id, read);
    await users.get(alice.id, read);
    expect(readsOf(alice.id)).toBe(after + 1);
  });

  it('treats a connection that stops answering as lost (no error comes from a silent peer)', async () => {
    await eventually(() => users.isListening, 'listening');
    await users.get(alice.id, read);
    // The listener's next heartbeat gets no answer, as from a peer gone without closing the connection.
    const query = Client.prototype.query;
    const silence = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
      if (args[0] === 'SELECT 1') return new Promise(() => undefined);
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query);
    try {
      await eventually(() => !users.isListening, 'the silent connection is given up');
      const before = readsOf(alice.id);
      await users.get(alice.id, read);
      expect(readsOf(alice.id)).toBe(before + 1);
    } finally {
      silence.mockRestore();
    }
    await eventually(() => users.isListening, 'a new connection listens');
  });
});
