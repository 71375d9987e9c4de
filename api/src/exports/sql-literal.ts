/**
 * Bind parameters written into the SQL text, for the statements that cannot take any (COPY). Each value becomes a
 * quoted literal of the text pg would have sent for it: an untyped literal, whose type PostgreSQL infers from where
 * it stands exactly as for an untyped parameter (`'{"a","b"}'` is a uuid[] beside `= ANY(…)`, `'1880'` an integer).
 * Quoting is pg's `escapeLiteral`, so no value can end its literal early.
 */
import { escapeLiteral } from 'pg';

/** `$1`, `$2`…: not part of an identifier (`a$1`) or of a longer number (`$12` is not `$1` then 2). */
const PLACEHOLDER = /(?<![\w$])\$(\d+)(?!\d)/g;

/**
 * `sql` with each `$n` replaced by `parameters[n - 1]` as a literal, in one pass (a value holding `$1` stays text).
 * The text must hold `$n` only as placeholders, as a query builder's output does.
 */
export function inlineParameters(sql: string, parameters: readonly unknown[]): string {
  return sql.replace(PLACEHOLDER, (_placeholder, n: string) => {
    const index = Number(n) - 1;
    if (index >= parameters.length) throw new Error(`No value for $${n}: ${parameters.length} given`);
    return sqlLiteral(parameters[index]);
  });
}

export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return escapeLiteral(value);
  if (typeof value === 'boolean') return value ? `'true'` : `'false'`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} cannot be written as an SQL value`);
    // Quoted like the rest: a bare -5 after a minus sign would start a comment.
    return `'${value}'`;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('An invalid date cannot be written as an SQL value');
    return `'${value.toISOString()}'`;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return escapeLiteral(arrayText(value));
  throw new Error(`A ${typeof value} cannot be written as an SQL value here`);
}

/** PostgreSQL's array text of strings: each item double-quoted, with `\` and `"` backslashed inside. */
function arrayText(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}
