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
  const xKeys = definedKeys(x as Record<string, unknown>);
  const yKeys = definedKeys(y as Record<string, unknown>);
  if (xKeys.length !== yKeys.length) return false;
  for (let i = 0; i < xKeys.length; i++) {
    if (xKeys[i] !== yKeys[i] || !sameJson((x as Record<string, unknown>)[xKeys[i]], (y as Record<string, unknown>)[yKeys[i]])) return false;
  }
  return true;
}

function jsonValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value;
}

/** JSON leaves out properties whose value is undefined. */
function definedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).filter((key) => record[key] !== undefined);
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
