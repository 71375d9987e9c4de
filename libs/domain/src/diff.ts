/**
 * Field-by-field difference between two versions of a record, as the audit trail stores it:
 * `{ "title.fr": { from, to } }`. Nested plain objects are flattened one path segment at a time; arrays and
 * scalars are compared by value and recorded whole, because a registrar reads "creators" as one field.
 */
export type FieldChange = { from: unknown; to: unknown };
export type RecordDiff = Record<string, FieldChange>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

/**
 * Whether two values read the same once stored as JSON (undefined and non-finite numbers as null, dates as ISO
 * text, object keys in order), without serialising them: the import compares every row of a file this way.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  const x = jsonValue(a);
  const y = jsonValue(b);
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameJson(x[i], y[i])) return false;
    return true;
  }
  return sameRecord(x as Record<string, unknown>, y as Record<string, unknown>);
}

/** Same defined keys in the same order with the same values (JSON leaves out properties whose value is undefined). */
function sameRecord(x: Record<string, unknown>, y: Record<string, unknown>): boolean {
  const xKeys = Object.keys(x);
  const yKeys = Object.keys(y);
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < xKeys.length && x[xKeys[i]] === undefined) i++;
    while (j < yKeys.length && y[yKeys[j]] === undefined) j++;
    if (i === xKeys.length || j === yKeys.length) return i === xKeys.length && j === yKeys.length;
    if (xKeys[i] !== yKeys[j] || !sameJson(x[xKeys[i]], y[yKeys[j]])) return false;
    i++;
    j++;
  }
}

function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value;
}

export function diffRecords(before: Record<string, unknown> | null, after: Record<string, unknown> | null, prefix = ''): RecordDiff {
  const diff: RecordDiff = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const from = before?.[key];
    const to = after?.[key];
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(from) || isPlainObject(to)) {
      Object.assign(
        diff,
        diffRecords(isPlainObject(from) ? from : null, isPlainObject(to) ? to : null, path),
      );
    } else if (!sameJson(from, to)) {
      diff[path] = { from: normalise(from), to: normalise(to) };
    }
  }
  return diff;
}
