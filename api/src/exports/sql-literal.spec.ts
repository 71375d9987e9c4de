import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@oc/testing';
import { inlineParameters, sqlLiteral } from './sql-literal';

const HOSTILE = [
  "O'Brien",
  "'); DROP TABLE work; --",
  'a\\b',
  "\\'; SELECT 1; --",
  'costs $1 and $2',
  '$$ dollar $$',
  '"quoted"',
  'semi;colon',
  'line\nbreak\r\nand tab\t',
  'Œuvre à l’été — 漢字 🎨 مرحبا',
  '',
];

describe('sqlLiteral', () => {
  it.each([
    ['a string', "O'Brien", "'O''Brien'"],
    ['a string with a backslash (an escape string, whatever standard_conforming_strings says)', 'a\\b', String.raw` E'a\\b'`],
    ['a number, quoted so a minus sign cannot start a comment', -5, "'-5'"],
    ['a decimal', 65.5, "'65.5'"],
    ['a boolean', true, "'true'"],
    ['a date, as an instant', new Date('2026-11-26T08:00:00.000Z'), "'2026-11-26T08:00:00.000Z'"],
    ['strings as an array', ['a', 'b"c', 'd\\e'], String.raw` E'{"a","b\\"c","d\\\\e"}'`],
    ['null', null, 'NULL'],
    ['undefined', undefined, 'NULL'],
  ])('writes %s', (_label, value, expected) => {
    expect(sqlLiteral(value)).toBe(expected);
  });

  it.each([
    ['NaN', NaN],
    ['an infinite number', Infinity],
    ['an invalid date', new Date('nope')],
    ['an object', { a: 1 }],
    ['an array of numbers', [1, 2]],
  ])('refuses %s', (_label, value) => {
    expect(() => sqlLiteral(value)).toThrow(/cannot be written as an SQL value/);
  });
});

describe('inlineParameters', () => {
  it('replaces each placeholder once, so a value holding $1 stays text', () => {
    expect(inlineParameters('a = $1 AND b = $2 AND c = $10', ['$2', 'x', 1, 2, 3, 4, 5, 6, 7, 'ten'])).toBe("a = '$2' AND b = 'x' AND c = 'ten'");
  });

  it('leaves alone what is not a placeholder', () => {
    expect(inlineParameters('SELECT a$1, $1', ['x'])).toBe("SELECT a$1, 'x'");
  });

  it('refuses a placeholder without a value', () => {
    expect(() => inlineParameters('a = $1 AND b = $2', ['x'])).toThrow('No value for $2: 1 given');
  });
});

describe('inlined values read back by PostgreSQL', () => {
  let db: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    db = await createTestDatabase('sql_literal');
    client = new Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });
  const one = async (sql: string, parameters: unknown[]) => (await client.query(inlineParameters(sql, parameters))).rows[0];

  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))('gives back the string %s as it was', async (_label, text) => {
    expect(await one('SELECT $1::text AS v, $1 = $2 AS same', [text, text])).toEqual({ v: text, same: true });
  });

  it('gives back an array of hostile strings, item for item', async () => {
    expect(await one('SELECT $1::text[] AS v', [HOSTILE])).toEqual({ v: HOSTILE });
  });

  it('infers types from where the literal stands, as for a bind parameter', async () => {
    const id = '0b3c7f5e-6d2a-4a0e-9a57-1f2d3c4b5a69';
    const row = await one(
      `SELECT $1::uuid = ANY($2) AS "inArray", 1880 >= $3 AS "year", $4 + 1 AS "negative", now() > $5 AS "date", $6 AND true AS "flag", $7::text IS NULL AS "null"`,
      [id, [id], 1879, -5, new Date('2000-01-01T00:00:00Z'), true, null],
    );
    expect(row).toEqual({ inArray: true, year: true, negative: -4, date: true, flag: true, null: true });
  });

  it('runs an injection attempt as the text it is', async () => {
    const hostile = "x'); SELECT pg_sleep(10); --";
    expect(await one("SELECT count(*)::int AS n FROM (VALUES ('a'), ('b')) t(v) WHERE v = $1 OR v = 'a'", [hostile])).toEqual({ n: 1 });
  });
});
