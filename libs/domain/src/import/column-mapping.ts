/**
 * Header mapping: which column of the file feeds which notice column. The API proposes one from the headers; the
 * admin shows it and lets the registrar change it before running. Columns left unmapped are not touched: an update
 * keeps the stored value, a new notice gets the default. A mapped but empty cell clears the value.
 */
import { NOTICE_COLUMNS, noticeColumn, REQUIRED_COLUMNS, type FlatNotice, type NoticeKey } from './notice-fields';

/** File header → notice column name, or null for a column to ignore. */
export type ColumnMapping = Record<string, string | null>;

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const KNOWN = new Map<string, string>();
for (const c of NOTICE_COLUMNS) for (const alias of [c.name, ...c.aliases]) if (!KNOWN.has(normaliseHeader(alias))) KNOWN.set(normaliseHeader(alias), c.name);

/** Each header matched to a column by name or alias; a column is given to its first matching header only. */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<string>();
  const mapping: ColumnMapping = {};
  for (const header of headers) {
    const name = KNOWN.get(normaliseHeader(header)) ?? null;
    mapping[header] = name && !taken.has(name) ? name : null;
    if (name) taken.add(name);
  }
  return mapping;
}

/** Problems of a mapping for the given headers, by header (or by column for a missing required one); empty when usable. */
export function mappingErrors(headers: readonly string[], mapping: ColumnMapping): Record<string, string> {
  const errors: Record<string, string> = {};
  const used = new Map<string, string>();
  for (const header of Object.keys(mapping)) {
    if (!headers.includes(header)) errors[header] = 'is not a column of the file';
  }
  for (const header of headers) {
    const target = mapping[header] ?? null;
    if (target === null) continue;
    if (!noticeColumn(target)) errors[header] = `maps to "${target}", which is not a notice column (known: ${NOTICE_COLUMNS.map((c) => c.name).join(', ')})`;
    else if (used.has(target)) errors[header] = `maps to "${target}", already fed by the column "${used.get(target)}"`;
    else used.set(target, header);
  }
  for (const required of REQUIRED_COLUMNS) {
    if (![...used.keys()].includes(required)) errors[required] = 'is required: map a column of the file to it';
  }
  return errors;
}

/** A file's cells by position → the notice values they give, and the problems by file header. */
export interface RowReading {
  values: Partial<FlatNotice>;
  errors: Record<string, string>;
}

export interface CompiledMapping {
  headers: readonly string[];
  /** Position in the row and column for each mapped header. */
  cells: ReadonlyArray<{ index: number; header: string; column: string; key: NoticeKey }>;
  /** The notice keys the file gives (so an update only touches those). */
  keys: ReadonlySet<NoticeKey>;
}

export function compileMapping(headers: readonly string[], mapping: ColumnMapping): CompiledMapping {
  const cells = headers.flatMap((header, index) => {
    const column = mapping[header] ? noticeColumn(mapping[header] as string) : undefined;
    return column ? [{ index, header, column: column.name, key: column.key }] : [];
  });
  return { headers, cells, keys: new Set(cells.map((c) => c.key)) };
}

/** Reads one record (its cells in file order); the errors name the file's own column headers. */
export function readRow(mapping: CompiledMapping, record: readonly string[]): RowReading {
  const values: Partial<FlatNotice> = {};
  const errors: Record<string, string> = {};
  if (record.length !== mapping.headers.length) {
    errors['(row)'] = `has ${record.length} cells where the header has ${mapping.headers.length}`;
    return { values, errors };
  }
  for (const cell of mapping.cells) {
    const parsed = (noticeColumn(cell.column) as (typeof NOTICE_COLUMNS)[number]).parse(record[cell.index] ?? '');
    if ('error' in parsed) errors[cell.header] = parsed.error;
    else (values as Record<string, unknown>)[cell.key] = parsed.value;
  }
  return { values, errors };
}

/** "column: problem; column: problem", as the report and the registrar read it. */
export function describeRowErrors(errors: Record<string, string>): string {
  return Object.entries(errors)
    .map(([column, problem]) => (column === '(row)' ? `the row ${problem}` : `${column}: ${problem}`))
    .join('; ');
}
