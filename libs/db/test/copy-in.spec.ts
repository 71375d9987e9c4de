import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { copyIn, dropDatabase, ensureDatabase, withDatabase } from '../src';

const SERVER = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

describe('copyIn', () => {
  const url = withDatabase(SERVER, `oc_test_copy_in_${randomBytes(3).toString('hex')}`);
  let client: Client;

  beforeAll(async () => {
    await ensureDatabase(url);
    client = new Client({ connectionString: url });
    await client.connect();
    await client.query(`CREATE TABLE t (n int, label text CHECK (label IS DISTINCT FROM 'refused'), flag boolean, amount numeric, tags text[], doc jsonb)`);
  });
  afterAll(async () => {
    await client.end();
    await dropDatabase(url);
  });
  beforeEach(() => client.query('TRUNCATE t'));

  it('stores every value as given, whatever characters it holds', async () => {
    const awkward = 'tab\there, line\nbreak, cr\r, back\\slash, \\N, \\., "quotes", ; and , — éàç 日本 🎨';
    const rows = [
      [1, awkward, true, 12.5, ['a', 'b,c', 'd"e', 'f\\g', '{h}', 'NULL', awkward], { text: awkward, nested: { list: [1, 'x\ty'] } }],
      [2, '', false, 0, [], {}],
      [3, null, null, null, null, null],
      [4, '\\N', true, -0.001, [null, 'x'], { from: null, to: 'né' }],
    ];
    expect(await copyIn(client, 't', ['n', 'label', 'flag', 'amount', 'tags', 'doc'], rows)).toBe(4);
    const stored = (await client.query('SELECT n, label, flag, amount::float8 AS amount, tags, doc FROM t ORDER BY n')).rows;
    expect(stored).toEqual(rows.map(([n, label, flag, amount, tags, doc]) => ({ n, label, flag, amount, tags, doc })));
  });

  it('copies nothing for no rows, and writes a piece boundary in a long batch correctly', async () => {
    expect(await copyIn(client, 't', ['n'], [])).toBe(0);
    const rows = Array.from({ length: 5_000 }, (_, i) => [i, `ligne ${i}\t${'é'.repeat(i % 50)}`]);
    expect(await copyIn(client, 't', ['n', 'label'], rows)).toBe(5_000);
    const stored = (await client.query('SELECT n, label FROM t ORDER BY n')).rows;
    expect(stored).toEqual(rows.map(([n, label]) => ({ n, label })));
  });

  it('rejects with PostgreSQL’s error when a row is refused, and leaves the connection usable', async () => {
    await client.query('BEGIN');
    await expect(copyIn(client, 't', ['n', 'label'], [[1, 'kept?'], [2, 'refused']])).rejects.toThrow(/t_label_check/);
    await client.query('ROLLBACK');
    expect((await client.query('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(0);
    expect(await copyIn(client, 't', ['n', 'label'], [[3, 'after']])).toBe(1);
  });
});
