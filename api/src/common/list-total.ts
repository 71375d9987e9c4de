/**
 * The total a list reports in `Content-Range`, without counting every match of a large result: exact up to a
 * limit, PostgreSQL's own estimate beyond it. Counting 20,000 full-text matches exactly visits a heap row per match
 * (~40 ms of PostgreSQL per page on 300,000 works, more than the page itself); admins page through the first few
 * pages of such results, where "about 17,600" serves as well as "19,751".
 */
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface ListTotal {
  value: number;
  exact: boolean;
}

/** The filtered rows of `qb` are counted up to `exactUpTo`; above that, the planner's row estimate is taken. */
export async function listTotal<T extends ObjectLiteral>(manager: EntityManager, qb: SelectQueryBuilder<T>, exactUpTo: number): Promise<ListTotal> {
  const [matches, parameters] = qb.clone().select('1').orderBy().getQueryAndParameters();
  const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM (${matches} LIMIT ${exactUpTo + 1}) capped`, parameters);
  if (n <= exactUpTo) return { value: n, exact: true };
  const [{ 'QUERY PLAN': plan }] = await manager.query(`EXPLAIN (FORMAT JSON) ${matches}`, parameters);
  const estimate = Math.round(Number(plan[0].Plan['Plan Rows']));
  return { value: Math.max(estimate, exactUpTo + 1), exact: false };
}

/**
 * An estimated total corrected by what a page has shown: a short page is the end, so the total becomes exact; a
 * full page reaching past the estimate may have more behind it, so the admin can still page on.
 */
export function settleTotal(total: ListTotal, offset: number, limit: number, rows: number): number {
  if (total.exact || rows === 0) return total.value;
  if (rows < limit) return offset + rows;
  return Math.max(total.value, offset + rows + 1);
}
