/**
 * The `ra-data-simple-rest` list contract: `?filter={json}&range=[start,end]&sort=["field","ASC"]` in, a JSON array
 * and `Content-Range: <resource> start-end/total` out. Filters are validated by a class-validator class per
 * resource; unknown filters or sort fields are a 400 naming them.
 */
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Response } from 'express';
import { fieldErrorsException, flattenValidationErrors } from './validation';

export const MAX_PAGE_SIZE = 1000;

export interface ListSpec<F extends object> {
  filterClass: new () => F;
  /** API sort field → SQL expression (trusted, never from input). */
  sorts: Record<string, string>;
  defaultSort: [string, 'ASC' | 'DESC'];
}

export interface ListQuery<F> {
  filter: F;
  offset: number;
  limit: number;
  sortField: string;
  sortExpression: string;
  order: 'ASC' | 'DESC';
}

export interface RawListQuery {
  filter?: string;
  range?: string;
  sort?: string;
}

function parseJson(field: string, text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw fieldErrorsException({ [field]: 'must be valid JSON' });
  }
}

export function parseListQuery<F extends object>(raw: RawListQuery, spec: ListSpec<F>): ListQuery<F> {
  const known = new Set(['filter', 'range', 'sort']);
  const unknown = Object.keys(raw).filter((key) => !known.has(key));
  if (unknown.length) throw fieldErrorsException(Object.fromEntries(unknown.map((k) => [k, 'is not a known query parameter'])));

  const filterJson = parseJson('filter', raw.filter) ?? {};
  if (typeof filterJson !== 'object' || Array.isArray(filterJson) || filterJson === null) {
    throw fieldErrorsException({ filter: 'must be a JSON object' });
  }
  const filter = plainToInstance(spec.filterClass, filterJson);
  const errors = validateSync(filter, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true, validationError: { target: false } });
  if (errors.length) throw fieldErrorsException(flattenValidationErrors(errors, 'filter'));

  const ids = (filter as { id?: unknown[] }).id;
  const range = parseJson('range', raw.range) ?? [0, Math.max(Array.isArray(ids) ? ids.length : 25, 1) - 1];
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0) || range[1] < range[0]) {
    throw fieldErrorsException({ range: 'must be [start, end] with whole numbers 0 ≤ start ≤ end' });
  }
  const limit = range[1] - range[0] + 1;
  if (limit > MAX_PAGE_SIZE) throw fieldErrorsException({ range: `must not ask for more than ${MAX_PAGE_SIZE} rows` });

  const sort = parseJson('sort', raw.sort) ?? spec.defaultSort;
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string') {
    throw fieldErrorsException({ sort: 'must be ["field", "ASC" | "DESC"]' });
  }
  const sortExpression = spec.sorts[sort[0]];
  if (!sortExpression) {
    throw fieldErrorsException({ sort: `cannot sort by "${sort[0]}"; sortable fields: ${Object.keys(spec.sorts).join(', ')}` });
  }
  const order = String(sort[1]).toUpperCase();
  if (order !== 'ASC' && order !== 'DESC') throw fieldErrorsException({ sort: 'order must be ASC or DESC' });

  return { filter, offset: range[0], limit, sortField: sort[0], sortExpression, order };
}

export interface ListResult<T> {
  rows: T[];
  total: number;
}

export function sendList<T>(res: Response, resource: string, offset: number, result: ListResult<T>): T[] {
  const end = result.rows.length ? offset + result.rows.length - 1 : offset;
  res.setHeader('Content-Range', `${resource} ${offset}-${end}/${result.total}`);
  return result.rows;
}

/** As sendList, for rows that are already JSON texts: the body is their array, written without parsing them. */
export function sendJsonList(res: Response, resource: string, offset: number, result: ListResult<string>): string {
  res.type('application/json');
  return `[${sendList(res, resource, offset, result).join(',')}]`;
}
