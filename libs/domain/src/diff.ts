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
    } else if (JSON.stringify(normalise(from)) !== JSON.stringify(normalise(to))) {
      diff[path] = { from: normalise(from), to: normalise(to) };
    }
  }
  return diff;
}
